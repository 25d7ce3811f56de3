/**
 * Reads one worksheet of the plan workbook into located records: headers matched by their Italian
 * or English name (case and spaces ignored), every cell read by its column's kind, and every problem
 * located by sheet, row and column. Empty rows are skipped; unknown columns are reported and ignored.
 */
import type ExcelJS from 'exceljs';
import { readCellValue, type PlainCell } from './xlsx-cells.js';
import type { SheetLocation, XlsxIssues } from './xlsx-issues.js';
import { readKind } from './xlsx-kinds.js';
import type { ColumnSpec, SheetSpec } from './xlsx-layout.js';
import type { FlatRecord } from './xlsx-plan-rows.js';

export interface LocatedRecord {
  row: number;
  values: FlatRecord;
  /** Where a column's cell of this record is (or the row, for an unknown key). */
  place(key: string): SheetLocation;
}

export function normaliseHeader(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function columnByHeader(spec: SheetSpec): Map<string, ColumnSpec> {
  const byHeader = new Map<string, ColumnSpec>();
  for (const column of spec.columns) {
    byHeader.set(normaliseHeader(column.header.it), column);
    byHeader.set(normaliseHeader(column.header.en), column);
  }
  return byHeader;
}

function cellText(cell: PlainCell): string {
  if (cell === undefined) return '';
  if (!(cell instanceof Date)) return String(cell);
  // A date cell whose serial number is out of range gives an invalid Date: read it as unreadable text.
  return Number.isNaN(cell.getTime()) ? 'data non valida / invalid date' : cell.toISOString().slice(0, 10);
}

interface Placed { column: ColumnSpec; header: string; letter: string }

/** Reads a cell, reporting formulas without saved results and error values; undefined when empty. */
function plainCell(cell: ExcelJS.Cell, location: SheetLocation, issues: XlsxIssues): PlainCell {
  const reading = readCellValue(cell.value);
  if (reading.note === 'formula_without_result') {
    issues.warn('xlsx_formula_without_result', location, {
      it: `la formula =${reading.formula ?? ''} non ha un valore salvato e non viene calcolata: la cella è letta come vuota.`,
      en: `the formula =${reading.formula ?? ''} has no saved value and is not evaluated: the cell is read as empty.`,
    });
  } else if (reading.note === 'error_value') {
    issues.error('xlsx_error_value', location, { it: 'la cella contiene un errore di Excel (es. #N/D, #RIF!).', en: 'the cell holds an Excel error value (e.g. #N/A, #REF!).' });
  }
  const value = reading.value;
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** Reads one cell by its column's kind into the record; reports a missing required value. */
function readInto(record: FlatRecord, placed: Placed, cell: ExcelJS.Cell, location: SheetLocation, issues: XlsxIssues): void {
  const value = plainCell(cell, location, issues);
  if (value === undefined) {
    if (placed.column.required) issues.error('xlsx_required', location, { it: 'valore obbligatorio mancante.', en: 'required value missing.' });
    return;
  }
  const read = readKind(placed.column.kind, value);
  if (read.ok) record[placed.column.key] = read.value;
  else issues.error('xlsx_cell_invalid', location, read.message);
}

function headerPlaces(sheet: ExcelJS.Worksheet, spec: SheetSpec, issues: XlsxIssues): Map<number, Placed> | undefined {
  const byHeader = columnByHeader(spec);
  const placed = new Map<number, Placed>();
  const seen = new Set<string>();
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, index) => {
    const header = cellText(readCellValue(cell.value).value).trim();
    if (header === '') return;
    const column = byHeader.get(normaliseHeader(header));
    const location = { sheet: sheet.name, row: 1, column: header, cell: cell.address };
    if (!column) {
      issues.warn('xlsx_unknown_column', location, { it: `colonna "${header}" sconosciuta: ignorata.`, en: `unknown column "${header}": ignored.` });
    } else if (seen.has(column.key)) {
      issues.error('xlsx_duplicate_column', location, { it: `la colonna "${header}" compare due volte.`, en: `the column "${header}" appears twice.` });
    } else {
      seen.add(column.key);
      placed.set(index, { column, header, letter: cell.address.replace(/\d+$/, '') });
    }
  });
  const missing = spec.columns.filter((column) => column.required && !seen.has(column.key));
  for (const column of missing) {
    issues.error('xlsx_missing_column', { sheet: sheet.name, row: 1 }, {
      it: `manca la colonna obbligatoria "${column.header.it}".`, en: `the required column "${column.header.it}" (${column.header.en}) is missing.`,
    });
  }
  return missing.length > 0 ? undefined : placed;
}

function isEmptyRow(row: ExcelJS.Row, columns: Iterable<number>): boolean {
  for (const index of columns) {
    const value = readCellValue(row.getCell(index).value).value;
    if (value !== undefined && !(typeof value === 'string' && value.trim() === '')) return false;
  }
  return true;
}

/** Reads a table sheet: one record per non-empty row below the headers. */
export function readTableSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec, issues: XlsxIssues): LocatedRecord[] {
  const placed = headerPlaces(sheet, spec, issues);
  if (!placed) return [];
  const records: LocatedRecord[] = [];
  const byKey = new Map([...placed.values()].map((place) => [place.column.key, place]));
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1 || isEmptyRow(row, placed.keys())) return;
    const values: FlatRecord = {};
    const place = (key: string): SheetLocation => {
      const where = byKey.get(key);
      return where ? { sheet: sheet.name, row: r, column: where.header, cell: `${where.letter}${r}` } : { sheet: sheet.name, row: r };
    };
    for (const [index, where] of placed) readInto(values, where, row.getCell(index), place(where.column.key), issues);
    records.push({ row: r, values, place });
  });
  return records;
}

/** Reads a field sheet (`Campo | Valore`): one record, each field on its own row. */
export function readFieldSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec, issues: XlsxIssues): LocatedRecord {
  const byHeader = columnByHeader(spec);
  const values: FlatRecord = {};
  const rows = new Map<string, number>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const label = cellText(readCellValue(row.getCell(1).value).value).trim();
    const column = byHeader.get(normaliseHeader(label));
    if (!column) return;
    if (rows.has(column.key)) {
      issues.error('xlsx_duplicate_field', { sheet: sheet.name, row: r, column: label }, { it: `il campo "${label}" compare due volte.`, en: `the field "${label}" appears twice.` });
      return;
    }
    rows.set(column.key, r);
    const location = { sheet: sheet.name, row: r, column: label, cell: `B${r}` };
    readInto(values, { column, header: label, letter: 'B' }, row.getCell(2), location, issues);
  });
  for (const column of spec.columns) {
    if (column.required && !rows.has(column.key)) {
      issues.error('xlsx_missing_field', { sheet: sheet.name }, { it: `manca il campo obbligatorio "${column.header.it}".`, en: `the required field "${column.header.it}" (${column.header.en}) is missing.` });
    }
  }
  const place = (key: string): SheetLocation => {
    const r = rows.get(key);
    const column = spec.columns.find((candidate) => candidate.key === key);
    return r === undefined ? { sheet: sheet.name } : { sheet: sheet.name, row: r, column: column?.header.it, cell: `B${r}` };
  };
  return { row: 1, values, place };
}
