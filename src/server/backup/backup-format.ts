/**
 * The backup file format (version 1): a portable, plain-text SQL dump that both PGlite and a PostgreSQL
 * server read back.
 *
 *   -- traguardo-backup
 *   -- format: 1
 *   -- migrations: <count> <hash of the last migration>
 *   -- created: <ISO timestamp>
 *   -- rows: entities=1 org_units=24 …
 *   INSERT INTO "entities" ("id", "code", …) VALUES ('…', 'DEMO', …), (…);
 *   …
 *   SELECT setval(pg_get_serial_sequence('"audit_log"', 'id'), …);
 *
 * One statement per line (line breaks inside values are written as E'…\n…' escapes), tables in
 * foreign-key order, so a restore can check every line before running it.
 */
export const BACKUP_MAGIC = '-- traguardo-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: number;
  migrations: { count: number; lastHash: string };
  created: string;
  rows: Record<string, number>;
}

export function formatHeader(header: BackupHeader): string {
  const rows = Object.entries(header.rows).map(([table, n]) => `${table}=${n}`).join(' ');
  return [
    BACKUP_MAGIC,
    `-- format: ${header.format}`,
    `-- migrations: ${header.migrations.count} ${header.migrations.lastHash}`,
    `-- created: ${header.created}`,
    `-- rows: ${rows}`,
  ].join('\n');
}

/** Reads the header from the first lines; undefined when the text is not a Traguardo backup. */
export function parseHeader(lines: string[]): BackupHeader | undefined {
  if (lines[0] !== BACKUP_MAGIC) return undefined;
  const field = (name: string) => lines.slice(1, 8).find((line) => line.startsWith(`-- ${name}: `))?.slice(name.length + 5);
  const format = Number(field('format'));
  const [count, lastHash] = (field('migrations') ?? '').split(' ');
  const created = field('created');
  const rowsText = field('rows');
  if (!Number.isInteger(format) || !count || lastHash === undefined || !created || rowsText === undefined) return undefined;
  const rows = Object.fromEntries(rowsText.split(' ').filter(Boolean).map((pair) => {
    const [table, n] = pair.split('=');
    return [table!, Number(n)];
  }));
  return { format, migrations: { count: Number(count), lastHash }, created, rows };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal on one line: '…' with '' for quotes, or E'…' when it holds line breaks or backslashes. */
export function quoteText(text: string): string {
  if (!/[\\\n\r\t]/.test(text)) return `'${text.replaceAll("'", "''")}'`;
  const escaped = text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t');
  return `E'${escaped}'`;
}

/**
 * A column value, as read with `to_jsonb(row)`, as an SQL literal. jsonb columns get their JSON text
 * (cast to jsonb); others: NULL, TRUE/FALSE, numbers as written, everything else (text, uuid, dates,
 * timestamps with their offset) as a quoted literal the column's type parses.
 */
export function sqlLiteral(value: unknown, isJson: boolean): string {
  if (value === null || value === undefined) return 'NULL';
  if (isJson) return `${quoteText(JSON.stringify(value))}::jsonb`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : quoteText(String(value));
  if (typeof value === 'string') return quoteText(value);
  throw new TypeError(`unexpected value in a non-json column: ${JSON.stringify(value)}`);
}

/** True for the statements a backup may contain (a restore runs nothing else). */
export function isBackupStatement(line: string): boolean {
  return /^INSERT INTO "[a-z_]+" \(/.test(line) || /^SELECT setval\(pg_get_serial_sequence\('"[a-z_]+"', '[a-z_]+'\), /.test(line);
}
