/**
 * A fresh, migrated database for one integration test file, on the backend the run asks for:
 *
 *   TEST_DATABASE=pglite (default)  an in-memory PGlite loaded from a golden copy: the migrations are
 *                                   applied once into a PGlite data directory whose dump is kept in
 *                                   the OS temp dir (keyed by a hash of the migrations and the PGlite
 *                                   version); each call loads a clean copy of it (~0.6 s instead of
 *                                   ~3.5 s for initdb + migrate).
 *   TEST_DATABASE=postgres          a new database on the server at TEST_DATABASE_URL, created from a
 *                                   migrated template database (CREATE DATABASE … TEMPLATE), dropped
 *                                   on close.
 *
 * `scripts/test.js` runs the integration suite once per backend and exports TEST_DATABASE_URL for both.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { MIGRATIONS_FOLDER, migrateDatabase, wrapPglite, wrapPostgres, type Database, type DatabaseKind } from './database.js';

export function testDatabaseKind(env: NodeJS.ProcessEnv = process.env): DatabaseKind {
  const kind = env.TEST_DATABASE ?? 'pglite';
  if (kind !== 'pglite' && kind !== 'postgres') {
    throw new Error(`TEST_DATABASE must be "pglite" or "postgres" (found "${kind}")`);
  }
  return kind;
}

/** A clean, migrated database on the backend chosen by TEST_DATABASE. Close it in afterAll. */
export function createTestDatabase(): Promise<Database> {
  return testDatabaseKind() === 'postgres' ? createPostgresTestDatabase() : createPgliteTestDatabase();
}

/** A hash of everything that decides the migrated schema: migration files and the PGlite version. */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  const files = readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.sql')).sort();
  for (const name of files) hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json')));
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pgliteVersion = (JSON.parse(readFileSync(join(dirname(pgliteEntry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  return hash.update(pgliteVersion).digest('hex').slice(0, 16);
}

// --- PGlite -------------------------------------------------------------------------------------

const goldenDir = join(tmpdir(), 'traguardo-test-db');

/** The path of the golden dump, created (migrated) on first use; safe when several processes race. */
export async function pgliteGoldenCopy(): Promise<string> {
  const file = join(goldenDir, `golden-${migrationsFingerprint()}.tar`);
  if (existsSync(file)) return file;
  const client = await PGlite.create();
  try {
    await migrateDatabase(wrapPglite(client));
    const dump = await client.dumpDataDir('none');
    mkdirSync(goldenDir, { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    removeStaleGoldenCopies(file);
  } finally {
    await client.close();
  }
  return file;
}

/** Golden copies of earlier migration levels (40 MB each) are of no further use. */
function removeStaleGoldenCopies(current: string): void {
  for (const name of readdirSync(goldenDir)) {
    const path = join(goldenDir, name);
    if (path !== current && /^golden-[0-9a-f]+\.tar$/.test(name)) rmSync(path, { force: true });
  }
}

export async function createPgliteTestDatabase(): Promise<Database> {
  const golden = readFileSync(await pgliteGoldenCopy());
  const client = await PGlite.create({ loadDataDir: new Blob([golden]) });
  return wrapPglite(client);
}

// --- PostgreSQL ---------------------------------------------------------------------------------

export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set: these tests need a PostgreSQL server. Run them with `npm test` ' +
        '(it starts a throwaway cluster) or set TEST_DATABASE_URL=postgres://user@host:port/postgres',
    );
  }
  return url;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template database once per migrations fingerprint (under an advisory lock). */
async function ensureTemplate(url: string): Promise<string> {
  const template = `traguardo_tpl_${migrationsFingerprint()}`;
  await withAdmin(url, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(727274)');
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (found.rowCount) return;
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const pool = new pg.Pool({ connectionString: withDatabaseName(url, building), max: 1 });
      try {
        await migrateDatabase(wrapPostgres(pool));
      } finally {
        await pool.end();
      }
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(727274)');
    }
  });
  return template;
}

/**
 * Waits (up to 5 s) until no session is connected to the database: pg's Pool.end() resolves before its
 * clients' connections have closed, and a client that DROP … WITH (FORCE) terminates meanwhile emits an
 * unhandled error ("terminating connection due to administrator command").
 */
async function waitForDisconnections(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await admin.query<{ sessions: number }>(
      'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1', [name]);
    if ((rows[0]?.sessions ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A fresh migrated database on the test server, by URL (for a child process such as the CLI). */
export async function createPostgresTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = testDatabaseUrl();
  const template = await ensureTemplate(url);
  const name = `traguardo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(url, (admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: withDatabaseName(url, name),
    drop: () => withAdmin(url, async (admin) => {
      await waitForDisconnections(admin, name);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }),
  };
}

export async function createPostgresTestDatabase(): Promise<Database> {
  const { url, drop } = await createPostgresTestDatabaseUrl();
  const database = wrapPostgres(new pg.Pool({ connectionString: url, max: 5 }));
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}
