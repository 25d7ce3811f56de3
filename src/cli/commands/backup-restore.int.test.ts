/**
 * The real `traguardo demo`, `backup` and `restore` commands as child processes: the demo data loaded
 * into the backend of this run (TEST_DATABASE: an embedded PGlite in DATA_DIR, or a PostgreSQL database
 * via DATABASE_URL), backed up to a file, restored into the other backend. Needs TEST_DATABASE_URL in
 * every run (scripts/test.js provides it).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { count } from 'drizzle-orm';
import { openDatabase } from '../../server/db/database.js';
import { users } from '../../server/db/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDatabaseUrl, testDatabaseKind } from '../../server/db/test-database.js';

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

async function countUsers(env: Record<string, string>): Promise<number> {
  if (!env.DATABASE_URL) {
    const database = await openDatabase({ database: { kind: 'pglite', dataDir: join(env.DATA_DIR!, 'pglite') } });
    try {
      return (await database.db.select({ n: count() }).from(users))[0]!.n;
    } finally {
      await database.close();
    }
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

const sourceKind = testDatabaseKind();
const targetKind = sourceKind === 'pglite' ? 'postgres' : 'pglite';

describe(`traguardo demo and backup on ${sourceKind}, restore on ${targetKind}`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'traguardo-cli-backup-'));
  const file = join(folder, 'demo.sql');
  const embedded = { DATA_DIR: join(folder, 'data'), SESSION_SECRET: 's'.repeat(40) };
  let server: { url: string; drop(): Promise<void> };
  let source: Record<string, string>;
  let target: Record<string, string>;

  beforeAll(async () => {
    server = await createPostgresTestDatabaseUrl();
    const onServer = { ...embedded, DATABASE_URL: server.url };
    [source, target] = sourceKind === 'pglite' ? [embedded, onServer] : [onServer, embedded];
  });
  afterAll(async () => { await server?.drop(); });

  it('loads the demo data and backs it up to a file', async () => {
    const demo = await traguardo(source, 'demo');
    expect(demo, demo.stderr).toMatchObject({ code: 0 });
    expect(demo.stdout).toContain('Dati dimostrativi caricati');
    expect(demo.stdout).toContain('admin, stp, sg, dirigente, referente, validatore, oiv, lettore');
    const backup = await traguardo(source, 'backup', file);
    expect(backup.code, backup.stderr).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('-- traguardo-backup\n-- format: 1\n')).toBe(true);
  }, 240_000);

  it('restores it into the other backend', async () => {
    const restore = await traguardo(target, 'restore', file);
    expect(restore, restore.stderr).toMatchObject({ code: 0 });
    expect(restore.stdout).toContain('Ripristino completato');
    expect(await countUsers(target)).toBe(8);
  }, 240_000);

  it('refuses to restore over data without --force, and replaces it with --force', async () => {
    const refused = await traguardo(target, 'restore', file);
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('Il database contiene già dei dati: usare --force per sostituirli.');
    expect(refused.stderr).toContain('use --force to replace it');
    const forced = await traguardo(target, 'restore', file, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(await countUsers(target)).toBe(8);
    const missing = await traguardo(target, 'restore', join(folder, 'nope.sql'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('File non trovato');
  }, 240_000);
});
