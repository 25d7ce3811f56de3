/**
 * The open data as CSV tables: results (every scored item), indicators (formula, unit, baseline,
 * target per plan year), nodes, values and the policy (one setting per row). UTF-8 with a byte order
 * mark so Excel reads the accents; by default `,` separates cells and `.` decimals, with the Italian
 * option `;` and `,` (numbers are written in full, never with thousands separators or exponents).
 * Text cells starting with = + - @, tab or carriage return are prefixed with `'` so a spreadsheet
 * never runs them as formulas (CSV injection); numbers are numbers and are left alone.
 */
import { Decimal } from 'decimal.js';
import type { OpenDataDocument } from './open-data.js';
import { TABLES, type CsvCell, type CsvTable } from './open-data-tables.js';

export const OPEN_DATA_TABLES = ['results', 'indicators', 'nodes', 'values', 'policy'] as const;
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number];

export interface OpenDataCsvOptions {
  /** en: `,` and `1234.5` (default); it: `;` and `1234,5`, Italian headers. */
  locale?: 'en' | 'it';
  /** Byte order mark for Excel (default true). */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function quoted(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell: text neutralised against formulas, numbers in full with the locale's decimal mark. */
export function formatCsvCell(cell: CsvCell, locale: 'en' | 'it'): string {
  const separator = locale === 'it' ? ';' : ',';
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const text = Number.isFinite(cell) ? new Decimal(cell).toFixed() : '';
    return locale === 'it' ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'boolean') return locale === 'it' ? (cell ? 'SI' : 'NO') : String(cell);
  return quoted(FORMULA_START.test(cell) ? `'${cell}` : cell, separator);
}

export function tableOf(document: OpenDataDocument, table: OpenDataTable): CsvTable {
  return TABLES[table](document);
}

export function openDataCsv(document: OpenDataDocument, table: OpenDataTable, options: OpenDataCsvOptions = {}): string {
  const locale = options.locale ?? 'en';
  const separator = locale === 'it' ? ';' : ',';
  const { headers, rows } = tableOf(document, table);
  const lines = [headers.map((header) => formatCsvCell(header[locale], locale)), ...rows.map((row) => row.map((cell) => formatCsvCell(cell, locale)))];
  const body = lines.map((cells) => cells.join(separator)).join('\r\n') + '\r\n';
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}
