/**
 * Opening the database: embedded PGlite (file-backed, the default) or a PostgreSQL server (pg Pool).
 * Both give the same Drizzle API over the same schema; code takes a `Db` (or a `Tx` inside a
 * transaction) and never asks which backend it runs on.
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import * as schema from './schema.js';
import type { AppConfig, DatabaseConfig } from '../config.js';

export type Schema = typeof schema;
/** The Drizzle database, whichever the backend. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction: the same query API, committed or rolled back as a whole. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database itself or a transaction. */
export type Queryable = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database =
  | { kind: 'pglite'; db: Db; client: PGlite; close(): Promise<void> }
  | { kind: 'postgres'; db: Db; client: pg.Pool; close(): Promise<void> };

/** Where drizzle-kit writes the migrations (schema.ts → SQL) and the migrator reads them. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
/** The table the Drizzle migrator keeps its bookkeeping in (schema `drizzle`). */
export const MIGRATIONS_TABLE = '__drizzle_migrations';

export async function openDatabase(config: Pick<AppConfig, 'database'> | { database: DatabaseConfig }): Promise<Database> {
  const target = config.database;
  if (target.kind === 'postgres') return wrapPostgres(new pg.Pool({ connectionString: target.url, max: 10 }));
  mkdirSync(target.dataDir, { recursive: true });
  return wrapPglite(await PGlite.create(target.dataDir));
}

/** Wraps an open PGlite instance (file-backed or in memory). */
export function wrapPglite(client: PGlite): Database {
  const db: PgliteDatabase<Schema> = drizzlePglite({ client, schema });
  return { kind: 'pglite', db: db as Db, client, close: () => client.close() };
}

/** Wraps a pg Pool. */
export function wrapPostgres(pool: pg.Pool): Database {
  const db: NodePgDatabase<Schema> = drizzlePg({ client: pool, schema });
  return { kind: 'postgres', db: db as Db, client: pool, close: () => pool.end() };
}

/** Applies the pending migrations (idempotent: applied ones are skipped). */
export async function migrateDatabase(database: Database): Promise<void> {
  const options = { migrationsFolder: MIGRATIONS_FOLDER, migrationsTable: MIGRATIONS_TABLE };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as PgliteDatabase<Schema>, options);
  } else {
    await migratePg(database.db as NodePgDatabase<Schema>, options);
  }
}

/** Runs `work` in one transaction: everything it writes is committed together, or nothing on error. */
export function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

/** Runs a raw SQL query and returns its rows (both drivers answer with `{ rows }`). */
export async function queryRows<Row extends Record<string, unknown>>(db: Queryable, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
