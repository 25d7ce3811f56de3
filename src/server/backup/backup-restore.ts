/**
 * Restores a backup into a migrated database, in one transaction: the file is checked first (format,
 * migration level, only INSERT and setval statements), then the rows are inserted table by table. The
 * audit log is restored by INSERT (its trigger only forbids UPDATE, DELETE and TRUNCATE). A database
 * that already holds data is refused unless `force`, which first empties every table (the triggers of
 * the append-only tables are disabled for that TRUNCATE only, inside the same transaction).
 */
import { readFile } from 'node:fs/promises';
import { count, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import { queryRows, type Database, type Tx } from '../db/database.js';
import { fail, ok, type Result } from '../services/result.js';
import { BACKUP_FORMAT_VERSION, isBackupStatement, parseHeader, quoteIdentifier } from './backup-format.js';
import { backupTables, migrationLevel } from './backup-tables.js';

export type RestoreError = 'not_a_backup' | 'format_unsupported' | 'migration_mismatch' | 'unexpected_statement' | 'not_empty';

export interface RestoreSummary { rows: Record<string, number> }

export interface RestoreOptions { force?: boolean }

function allTables(): string[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable)).map((table) => getTableName(table));
}

async function isEmpty(tx: Tx): Promise<boolean> {
  for (const table of (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable))) {
    const [row] = await tx.select({ n: count() }).from(table);
    if (row!.n > 0) return false;
  }
  return true;
}

/** Empties every table; append-only and immutable tables have their triggers off for this statement only. */
async function emptyEverything(tx: Tx): Promise<void> {
  const tables = allTables().map(quoteIdentifier);
  for (const table of tables) await tx.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`));
  await tx.execute(sql.raw(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`));
  for (const table of tables) await tx.execute(sql.raw(`ALTER TABLE ${table} ENABLE TRIGGER USER`));
}

/** Checks the text and returns its statements, or why it cannot be restored here. */
function readStatements(text: string): Result<{ statements: string[]; header: NonNullable<ReturnType<typeof parseHeader>> }, RestoreError> {
  const lines = text.split('\n');
  const header = parseHeader(lines);
  if (!header) return fail('not_a_backup');
  if (header.format !== BACKUP_FORMAT_VERSION) return fail('format_unsupported', { detail: `format ${header.format}` });
  const statements = lines.filter((line) => line !== '' && !line.startsWith('--'));
  const wrong = statements.findIndex((line) => !isBackupStatement(line));
  if (wrong >= 0) return fail('unexpected_statement', { detail: statements[wrong]!.slice(0, 80) });
  return ok({ statements, header });
}

export async function restoreBackup(database: Database, file: string, options: RestoreOptions = {}): Promise<Result<RestoreSummary, RestoreError>> {
  const read = readStatements(await readFile(file, 'utf8'));
  if (!read.ok) return read;
  const { statements, header } = read.value;
  const level = await migrationLevel(database.db);
  if (level.count !== header.migrations.count || level.lastHash !== header.migrations.lastHash) {
    return fail('migration_mismatch', { detail: `backup ${header.migrations.count}, database ${level.count}` });
  }
  return database.db.transaction(async (tx) => {
    if (!(await isEmpty(tx))) {
      if (!options.force) return fail('not_empty');
      await emptyEverything(tx);
    }
    for (const statement of statements) await tx.execute(sql.raw(statement));
    const rows: Record<string, number> = {};
    for (const table of backupTables()) {
      const [row] = await queryRows<{ n: number }>(tx, sql.raw(`SELECT count(*)::int AS n FROM ${quoteIdentifier(table.name)}`));
      rows[table.name] = row!.n;
    }
    return ok({ rows });
  });
}

/** Bilingual messages of the restore errors (CLI and API). */
export const restoreMessages: Record<RestoreError, { it: string; en: string }> = {
  not_a_backup: { it: 'Il file non è un backup di Traguardo.', en: 'The file is not a Traguardo backup.' },
  format_unsupported: { it: 'Versione del formato di backup non supportata.', en: 'Unsupported backup format version.' },
  migration_mismatch: {
    it: 'Il backup è di una versione dello schema diversa da quella del database: aggiornare prima il programma.',
    en: 'The backup comes from a different schema version than the database: upgrade the program first.',
  },
  unexpected_statement: { it: 'Il file contiene istruzioni che un backup non contiene.', en: 'The file holds statements a backup never contains.' },
  not_empty: {
    it: 'Il database contiene già dei dati: usare --force per sostituirli.',
    en: 'The database already holds data: use --force to replace it.',
  },
};
