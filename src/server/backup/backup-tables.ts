/**
 * Which tables a backup holds, in an order that satisfies every foreign key (parents first), read from
 * the Drizzle schema. Sessions are left out: a restored installation starts with everyone logged out.
 */
import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import { queryRows, type Queryable } from '../db/database.js';

export const EXCLUDED_TABLES = new Set(['sessions']);

export interface BackupTable {
  name: string;
  /** Primary-key columns (database names), the dump's row order. */
  primaryKey: string[];
}

function tableConfigs() {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable)).map((table) => getTableConfig(table));
}

/** Parents before children (a topological order of the foreign keys; ties by name). */
export function backupTables(): BackupTable[] {
  const configs = tableConfigs().filter((config) => !EXCLUDED_TABLES.has(config.name));
  const parents = new Map(configs.map((config) => [config.name, new Set(
    config.foreignKeys.map((key) => getTableName(key.reference().foreignTable)).filter((name) => name !== config.name),
  )]));
  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < configs.length) {
    const ready = configs.filter((config) => !placed.has(config.name) && [...parents.get(config.name)!].every((name) => placed.has(name) || EXCLUDED_TABLES.has(name)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (ready.length === 0) throw new Error('foreign keys form a cycle between tables');
    for (const config of ready) {
      placed.add(config.name);
      const primaryKey = config.columns.filter((column) => column.primary).map((column) => column.name);
      ordered.push({ name: config.name, primaryKey });
    }
  }
  return ordered;
}

export interface ColumnInfo { name: string; isJson: boolean; serial: boolean }

/** The columns of a table as the database has them, in their order. */
export async function tableColumns(db: Queryable, table: string): Promise<ColumnInfo[]> {
  const rows = await queryRows<{ column_name: string; data_type: string; column_default: string | null }>(db, sql`
    SELECT column_name, data_type, column_default FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`);
  return rows.map((row) => ({
    name: row.column_name,
    isJson: row.data_type === 'jsonb' || row.data_type === 'json',
    serial: row.column_default?.startsWith('nextval(') ?? false,
  }));
}

/** How far the database is migrated: the number of migrations applied and the hash of the last. */
export async function migrationLevel(db: Queryable): Promise<{ count: number; lastHash: string }> {
  const rows = await queryRows<{ hash: string }>(db, sql`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at, id`);
  return { count: rows.length, lastHash: rows.at(-1)?.hash ?? '-' };
}
