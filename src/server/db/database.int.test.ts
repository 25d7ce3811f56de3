import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';
import { entities } from './schema.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER, migrateDatabase, queryRows, withTransaction, type Database } from './database.js';
import { createTestDatabase, testDatabaseKind } from './test-database.js';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };

/** Every table the Drizzle schema declares. */
const expectedTables = Object.values(schema).filter((value) => is(value, PgTable)).map((table) => getTableName(table as PgTable)).sort();

describe(`migrations on ${testDatabaseKind()}`, () => {
  let database: Database;
  beforeAll(async () => { database = await createTestDatabase(); });
  afterAll(async () => { await database?.close(); });

  it('creates every table of the schema on the chosen backend', async () => {
    expect(database.kind).toBe(testDatabaseKind());
    const rows = await queryRows<{ table_name: string }>(database.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(expectedTables);
    expect(expectedTables).toContain('audit_log');
    expect(expectedTables.length).toBeGreaterThanOrEqual(20);
  });

  it('records every migration of the journal and applying them again changes nothing', async () => {
    await migrateDatabase(database);
    const rows = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    expect(rows[0]?.n).toBe(journal.entries.length);
    expect(journal.entries.length).toBeGreaterThanOrEqual(3);
  });

  it('installs the append-only triggers on audit_log', async () => {
    const rows = await queryRows<{ tgname: string }>(database.db,
      sql`SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(rows.map((row) => row.tgname)).toEqual(['audit_log_no_truncate', 'audit_log_no_update_delete']);
  });

  it('commits a transaction as a whole and rolls it back as a whole', async () => {
    await withTransaction(database.db, async (tx) => {
      await tx.insert(entities).values({ code: 'TX1', name: 'Ente uno' });
    });
    await expect(withTransaction(database.db, async (tx) => {
      await tx.insert(entities).values({ code: 'TX2', name: 'Ente due' });
      await tx.insert(entities).values({ code: 'TX1', name: 'Duplicato' });
    })).rejects.toThrow();
    const rows = await database.db.select({ code: entities.code }).from(entities).orderBy(entities.code);
    expect(rows.map((row) => row.code)).toEqual(['TX1']);
  });
});
