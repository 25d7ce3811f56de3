/**
 * Writes a backup (see backup-format.ts) of the whole database, read in one repeatable-read,
 * read-only transaction so that every table comes from the same moment.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Queryable } from '../db/database.js';
import { BACKUP_FORMAT_VERSION, formatHeader, quoteIdentifier, quoteText, sqlLiteral } from './backup-format.js';
import { backupTables, migrationLevel, tableColumns, type BackupTable } from './backup-tables.js';

const ROWS_PER_STATEMENT = 100;

export interface BackupSummary { rows: Record<string, number>; migrations: { count: number; lastHash: string } }

async function tableStatements(tx: Queryable, table: BackupTable): Promise<{ lines: string[]; count: number }> {
  const columns = await tableColumns(tx, table.name);
  const order = table.primaryKey.map(quoteIdentifier).join(', ') || '1';
  const rows = await queryRows<{ row: Record<string, unknown> }>(tx, sql.raw(
    `SELECT to_jsonb(t) AS row FROM ${quoteIdentifier(table.name)} t ORDER BY ${order}`,
  ));
  const head = `INSERT INTO ${quoteIdentifier(table.name)} (${columns.map((column) => quoteIdentifier(column.name)).join(', ')}) VALUES `;
  const lines: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const tuples = rows.slice(start, start + ROWS_PER_STATEMENT)
      .map(({ row }) => `(${columns.map((column) => sqlLiteral(row[column.name], column.isJson)).join(', ')})`);
    lines.push(`${head}${tuples.join(', ')};`);
  }
  for (const column of columns.filter((candidate) => candidate.serial)) {
    const max = `(SELECT max(${quoteIdentifier(column.name)}) FROM ${quoteIdentifier(table.name)})`;
    lines.push(`SELECT setval(pg_get_serial_sequence(${quoteText(quoteIdentifier(table.name))}, ${quoteText(column.name)}), COALESCE(${max}, 1), ${max} IS NOT NULL);`);
  }
  return { lines, count: rows.length };
}

/** The backup as text lines (header first), and what it holds. */
export async function buildBackup(db: Db): Promise<{ lines: string[]; summary: BackupSummary }> {
  return db.transaction(async (tx) => {
    const migrations = await migrationLevel(tx);
    const rows: Record<string, number> = {};
    const body: string[] = [];
    for (const table of backupTables()) {
      const { lines, count } = await tableStatements(tx, table);
      rows[table.name] = count;
      body.push(`-- ${table.name}: ${count}`, ...lines);
    }
    const header = formatHeader({ format: BACKUP_FORMAT_VERSION, migrations, created: new Date().toISOString(), rows });
    return { lines: [header, ...body], summary: { rows, migrations } };
  }, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** Writes the backup to `file` (through a temporary file, renamed at the end: never half a backup). */
export async function writeBackup(db: Db, file: string): Promise<BackupSummary> {
  const { lines, summary } = await buildBackup(db);
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8', mode: 0o600 });
  try {
    for (const line of lines) {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    await rename(partial, file);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  return summary;
}
