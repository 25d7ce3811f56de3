/**
 * The real `traguardo demo`, `backup` and `restore` commands as child processes: the demo data loaded
 * into an embedded PGlite database (DATA_DIR), backed up to a file, restored into a PostgreSQL server
 * database (DATABASE_URL). Needs TEST_DATABASE_URL in every run (scripts/test.js provides it).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDatabaseUrl } from '../../server/db/test-database.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
interface Run { code: number; stdout: string; stderr: string }

function traguardo(env: Record<string, string>, ...args: string[]): Promise<Run> {
  // Only what the command needs: the test runner's own variables (vite sets BASE_URL=/) stay out.
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'traguardo.js'), ...args], { cwd: root, env: { ...base, ...env } }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

async function countUsers(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe('traguardo demo, backup and restore', () => {
  const folder = mkdtempSync(join(tmpdir(), 'traguardo-cli-backup-'));
  const embedded = { DATA_DIR: join(folder, 'data'), SESSION_SECRET: 's'.repeat(40) };
  const file = join(folder, 'demo.sql');
  let server: { url: string; drop(): Promise<void> };

  beforeAll(async () => { server = await createPostgresTestDatabaseUrl(); });
  afterAll(async () => { await server?.drop(); });

  it('loads the demo data into the embedded database, once', async () => {
    const first = await traguardo(embedded, 'demo');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('Dati dimostrativi caricati');
    expect(first.stdout).toContain('admin, stp, sg, dirigente, referente, validatore, oiv, lettore');
    const again = await traguardo(embedded, 'demo');
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('Dati dimostrativi già presenti');
  }, 180_000);

  it('backs it up to a file and restores it into a PostgreSQL server', async () => {
    const backup = await traguardo(embedded, 'backup', file);
    expect(backup.code).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('-- traguardo-backup\n-- format: 1\n')).toBe(true);
    const restore = await traguardo({ ...embedded, DATABASE_URL: server.url }, 'restore', file);
    expect(restore).toMatchObject({ code: 0 });
    expect(restore.stdout).toContain('Ripristino completato');
    expect(await countUsers(server.url)).toBe(8);
  }, 180_000);

  it('refuses to restore over data without --force, and replaces it with --force', async () => {
    const refused = await traguardo({ ...embedded, DATABASE_URL: server.url }, 'restore', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Il database contiene già dei dati: usare --force per sostituirli.');
    expect(refused.stderr).toContain('use --force to replace it');
    const forced = await traguardo({ ...embedded, DATABASE_URL: server.url }, 'restore', file, '--force');
    expect(forced.code).toBe(0);
    expect(await countUsers(server.url)).toBe(8);
    const missing = await traguardo({ ...embedded, DATABASE_URL: server.url }, 'restore', join(folder, 'nope.sql'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('File non trovato');
  }, 180_000);
});
