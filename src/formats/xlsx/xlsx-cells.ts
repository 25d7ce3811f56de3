/**
 * What a cell holds, as the reader sees it: exceljs gives formulas, rich text, hyperlinks and error
 * values as objects; here every cell becomes a plain string, number, boolean or date. A formula is
 * never evaluated: its cached result (what Excel last computed and saved) is taken, and a formula
 * without one is reported. Text is written with Excel's escapes for characters XML cannot hold
 * (`_x000D_` for a carriage return), so the round trip keeps every character.
 */
export type PlainCell = string | number | boolean | Date | undefined;

export type CellNote = 'formula_without_result' | 'error_value';

export interface CellReading {
  value: PlainCell;
  /** Set when the cell needed attention: a formula with no saved result, or an error value (#N/A…). */
  note?: CellNote;
  /** The formula text, for messages. */
  formula?: string;
}

type CellObject = Record<string, unknown>;

function richText(value: CellObject): string | undefined {
  const runs = value.richText;
  if (!Array.isArray(runs)) return undefined;
  return runs.map((run) => (typeof (run as CellObject).text === 'string' ? (run as CellObject).text as string : '')).join('');
}

function resultOf(result: unknown): PlainCell {
  if (result === null || result === undefined) return undefined;
  if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' || result instanceof Date) return result;
  if (typeof result === 'object') return richText(result as CellObject);
  return undefined;
}

function formulaCell(value: CellObject): CellReading {
  const formula = String(value.formula ?? value.sharedFormula ?? '');
  const result = value.result;
  if (result !== null && typeof result === 'object' && 'error' in (result as CellObject)) return { value: undefined, note: 'error_value', formula };
  const plain = resultOf(result);
  return plain === undefined ? { value: undefined, note: 'formula_without_result', formula } : { value: plain, formula };
}

/** Reads an exceljs cell value into a plain value (formulas as their cached results). */
export function readCellValue(raw: unknown): CellReading {
  if (raw === null || raw === undefined) return { value: undefined };
  if (typeof raw === 'string') return { value: raw };
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return { value: raw };
  if (typeof raw !== 'object') return { value: undefined };
  const value = raw as CellObject;
  if ('formula' in value || 'sharedFormula' in value) return formulaCell(value);
  if ('error' in value) return { value: undefined, note: 'error_value' };
  const rich = richText(value);
  if (rich !== undefined) return { value: rich };
  if (typeof value.text === 'string') return { value: value.text };
  if (value.text !== null && typeof value.text === 'object') return { value: richText(value.text as CellObject) ?? '' };
  return { value: undefined };
}

// Characters XML 1.0 cannot carry (controls other than tab and line feed, the carriage return that
// XML parsers normalise away, and DEL, which exceljs drops) are written as `_xHHHH_`, as Excel does;
// an underscore that starts `_x` and four hex digits in the text itself is written `_x005F_`, so it is
// not read as an escape. exceljs decodes these escapes when it reads a workbook.
const LITERAL_ESCAPE_START = /_(?=x[0-9A-F]{4})/g;
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g;

export function encodeCellText(text: string): string {
  return text
    .replace(LITERAL_ESCAPE_START, '_x005F_')
    .replace(UNSAFE, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** A cell's value as short text for a message. */
export function describeCell(value: PlainCell): { it: string; en: string } {
  if (value === undefined) return { it: 'una cella vuota', en: 'an empty cell' };
  if (value instanceof Date) {
    // A date-formatted cell holding a number no calendar has (e.g. 100025569) arrives as an invalid Date.
    if (Number.isNaN(value.getTime())) return { it: 'una data non valida', en: 'an invalid date' };
    return { it: `la data ${value.toISOString().slice(0, 10)}`, en: `the date ${value.toISOString().slice(0, 10)}` };
  }
  if (typeof value === 'boolean') return { it: value ? 'VERO' : 'FALSO', en: value ? 'TRUE' : 'FALSE' };
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return { it: text, en: text };
}
