/**
 * Helpers shared by the assembly of a plan from the workbook's records: dropping empty fields,
 * binding a produced item's field paths to the cells they came from, and attaching child rows (a
 * target, a budget line, a card objective) to their parent by code with a located error when the
 * parent does not exist.
 */
import type { CellMap, XlsxIssues } from './xlsx-issues.js';
import type { FieldValue } from './xlsx-kinds.js';
import type { FlatRecord } from './xlsx-plan-rows.js';
import type { LocatedRecord } from './xlsx-sheet-reader.js';

export type Json = Record<string, unknown>;

/** Records per sheet (by the layout's Italian sheet name). */
export type SheetInput = Map<string, LocatedRecord[]>;

export interface AssemblyContext {
  sheets: SheetInput;
  cells: CellMap;
  issues: XlsxIssues;
}

export function recordsOf(context: AssemblyContext, sheet: string): LocatedRecord[] {
  return context.sheets.get(sheet) ?? [];
}

/** A copy without the keys whose value is undefined (the plan model omits absent fields). */
export function compact<T extends Json>(object: T): T {
  const result: Json = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
  return result as T;
}

/** True when at least one of the keys has a value. */
export function anyOf(values: FlatRecord, keys: readonly string[]): boolean {
  return keys.some((key) => values[key] !== undefined);
}

/** Binds an item's path to its row and each sub-path to the cell of a column. */
export function bind(context: AssemblyContext, path: string, record: LocatedRecord, fields: Record<string, string> = {}): void {
  context.cells.set(path, record.place(''));
  for (const [sub, key] of Object.entries(fields)) context.cells.set(`${path}.${sub}`, record.place(key));
}

export function text(value: FieldValue): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: FieldValue): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

export function list(value: FieldValue): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

const ACT_FIELDS = ['Kind', 'Number', 'Date', 'Body', 'Note'];

/** An act from the prefixed columns (`actKind`, `actNumber`…), bound to its cells; undefined when all are empty. */
export function actOf(context: AssemblyContext, record: LocatedRecord, prefix: string, path: string): Json | undefined {
  const values = record.values;
  if (!anyOf(values, ACT_FIELDS.map((field) => `${prefix}${field}`))) return undefined;
  bind(context, path, record, Object.fromEntries(ACT_FIELDS.map((field) => [field.toLowerCase(), `${prefix}${field}`])));
  return compact({
    kind: values[`${prefix}Kind`], number: values[`${prefix}Number`], date: values[`${prefix}Date`],
    body: values[`${prefix}Body`], note: values[`${prefix}Note`],
  });
}

/** Items by code, reporting duplicates at the code cell (the first one wins). */
export function indexByCode<T>(context: AssemblyContext, records: readonly LocatedRecord[], build: (record: LocatedRecord, index: number) => T, what: { it: string; en: string }): Map<string, T> {
  const byCode = new Map<string, T>();
  for (const record of records) {
    const code = text(record.values.code);
    if (code === undefined) continue;
    if (byCode.has(code)) {
      context.issues.error('xlsx_duplicate_code', record.place('code'), { it: `${what.it} "${code}" compare più volte: vale la prima riga.`, en: `${what.en} "${code}" appears more than once: the first row counts.` });
      continue;
    }
    byCode.set(code, build(record, byCode.size));
  }
  return byCode;
}

/** The parent of a child row by the code in one of its columns; a located error when it is unknown. */
export function parentOf<T>(context: AssemblyContext, record: LocatedRecord, key: string, parents: ReadonlyMap<string, T>, sheet: { it: string; en: string }): T | undefined {
  const code = text(record.values[key]);
  if (code === undefined) return undefined;
  const parent = parents.get(code);
  if (parent === undefined) {
    context.issues.error('xlsx_unknown_parent', record.place(key), { it: `"${code}" non è nel foglio ${sheet.it}.`, en: `"${code}" is not in the ${sheet.en} sheet.` });
  }
  return parent;
}
