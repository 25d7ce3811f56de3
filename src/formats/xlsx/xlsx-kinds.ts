/**
 * The kinds of column of the plan workbook: how a model value is written into a cell and how a cell
 * is read back, with a bilingual message when it cannot be. Users type into these cells, so reading
 * is lenient where there is no doubt (a code typed as a number, a date typed as 30/04/2026, SI/NO for
 * yes/no, Italian decimals in text) and strict otherwise.
 */
import type { CardLink } from '../../core/evaluation/card.schema.js';
import { parseItalianNumber } from '../../core/target/italian-number.js';
import { describeCell, encodeCellText, type PlainCell } from './xlsx-cells.js';

export type Bilingual = { it: string; en: string };

export type CellKind =
  | 'text' | 'code' | 'integer' | 'number' | 'boolean' | 'date' | 'value' | 'codes' | 'links'
  | { enum: readonly string[] };

/** A model value as it travels between the plan and a cell. */
export type FieldValue = string | number | boolean | string[] | CardLink[] | undefined;

export type CellRead = { ok: true; value: FieldValue } | { ok: false; message: Bilingual };

/** What the writer puts into a cell for a model value. */
export type WrittenCell = string | number | boolean | Date | undefined;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ITALIAN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function expected(what: Bilingual, found: PlainCell): CellRead {
  const value = describeCell(found);
  return { ok: false, message: { it: `atteso ${what.it}, trovato ${value.it}.`, en: `expected ${what.en}, found ${value.en}.` } };
}

// --- lists of codes ----------------------------------------------------------------------------

/** `A; B; C`, with `\;`, `\=` and `\\` for those characters inside a code. */
function escapeItem(text: string): string {
  return text.replace(/[\\;=]/g, (char) => `\\${char}`);
}

function splitItems(text: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length) current += text[++i];
    else if (char === ';') { items.push(current); current = ''; } else current += char === '=' ? '\u0000=' : char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function writeLinks(links: readonly CardLink[]): string {
  return links.map((link) => {
    if (typeof link === 'string') return escapeItem(link);
    return `${escapeItem(link.code)}=${link.weight === undefined ? '' : String(link.weight)}`;
  }).join('; ');
}

function readLinks(text: string): CellRead {
  const links: CardLink[] = [];
  for (const item of splitItems(text)) {
    const [code = '', ...rest] = item.split('\u0000=');
    const cleanCode = code.replaceAll('\u0000', '').trim();
    if (rest.length === 0) { links.push(cleanCode); continue; }
    const weightText = rest.join('=').replaceAll('\u0000', '').trim();
    if (weightText === '') { links.push({ code: cleanCode }); continue; }
    const weight = readNumberText(weightText);
    if (weight === undefined) {
      return { ok: false, message: { it: `peso non valido "${weightText}" per ${cleanCode}: atteso codice=peso, es. kpi1=40.`, en: `invalid weight "${weightText}" for ${cleanCode}: expected code=weight, e.g. kpi1=40.` } };
    }
    links.push({ code: cleanCode, weight });
  }
  return { ok: true, value: links };
}

// --- numbers, dates, booleans ------------------------------------------------------------------

function readNumberText(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  const sign = trimmed.startsWith('-') ? -1 : 1;
  const digits = trimmed.replace(/^[+-]/, '');
  const parsed = parseItalianNumber(digits);
  return parsed.ok ? sign * parsed.value : undefined;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoOf(date) : undefined;
}

function readDateCell(cell: PlainCell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoOf(cell);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466) return isoOf(new Date(EXCEL_EPOCH_MS + cell * 86_400_000));
  if (typeof cell !== 'string') return undefined;
  const iso = ISO_DATE.exec(cell.trim());
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const italian = ITALIAN_DATE.exec(cell.trim());
  return italian ? validDate(Number(italian[3]), Number(italian[2]), Number(italian[1])) : undefined;
}

const TRUE_WORDS = new Set(['si', 'sì', 'vero', 'true', 'yes', 's', 'x']);
const FALSE_WORDS = new Set(['no', 'falso', 'false', 'n']);

function readBooleanCell(cell: PlainCell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return cell === 1;
  if (typeof cell !== 'string') return undefined;
  const word = cell.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
}

function readNumberCell(cell: PlainCell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  return typeof cell === 'string' ? readNumberText(cell) : undefined;
}

/** A measured value: a number, yes/no, or a date. */
function readValueCell(cell: PlainCell): number | boolean | string | undefined {
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (cell instanceof Date) return readDateCell(cell);
  return readDateCell(cell) ?? readBooleanCell(cell) ?? readNumberCell(cell);
}

// --- the kinds -------------------------------------------------------------------------------------

const WHAT: Record<Exclude<CellKind, { enum: readonly string[] }>, Bilingual> = {
  text: { it: 'un testo', en: 'a text' },
  code: { it: 'un codice', en: 'a code' },
  integer: { it: 'un numero intero', en: 'a whole number' },
  number: { it: 'un numero', en: 'a number' },
  boolean: { it: 'SI o NO', en: 'YES or NO (SI/NO)' },
  date: { it: 'una data (gg/mm/aaaa)', en: 'a date (dd/mm/yyyy)' },
  value: { it: 'un numero, SI/NO o una data', en: 'a number, YES/NO or a date' },
  codes: { it: 'un elenco di codici separati da ";"', en: 'a list of codes separated by ";"' },
  links: { it: 'un elenco "codice=peso" separato da ";"', en: 'a list of "code=weight" separated by ";"' },
};

function readText(cell: PlainCell, trim: boolean): string | undefined {
  if (typeof cell === 'string') return trim ? cell.trim() : cell;
  if (typeof cell === 'number') return String(cell);
  return undefined;
}

/** Reads a non-empty cell as a value of the kind. */
export function readKind(kind: CellKind, cell: PlainCell): CellRead {
  const found = (value: FieldValue): CellRead => (value === undefined ? expected(typeof kind === 'object' ? enumWhat(kind.enum) : WHAT[kind], cell) : { ok: true, value });
  if (typeof kind === 'object') {
    const text = readText(cell, true);
    return found(text !== undefined && kind.enum.includes(text) ? text : undefined);
  }
  switch (kind) {
    case 'text': return found(readText(cell, false));
    case 'code': return found(readText(cell, true));
    case 'integer': { const n = readNumberCell(cell); return found(n !== undefined && Number.isInteger(n) ? n : undefined); }
    case 'number': return found(readNumberCell(cell));
    case 'boolean': return found(readBooleanCell(cell));
    case 'date': return found(readDateCell(cell));
    case 'value': return found(readValueCell(cell));
    case 'codes': { const text = readText(cell, false); return found(text === undefined ? undefined : splitItems(text).map((item) => item.replaceAll('\u0000', ''))); }
    case 'links': { const text = readText(cell, false); return text === undefined ? found(undefined) : readLinks(text); }
  }
}

function enumWhat(values: readonly string[]): Bilingual {
  const list = values.join(', ');
  return { it: `uno dei valori ${list}`, en: `one of ${list}` };
}

function dateCell(iso: string): Date | string {
  const match = ISO_DATE.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : iso;
}

/** Writes a model value into a cell of the kind; undefined leaves the cell empty. */
export function writeKind(kind: CellKind, value: FieldValue): WrittenCell {
  if (value === undefined) return undefined;
  if (kind === 'boolean') return value === true ? 'SI' : 'NO';
  if (kind === 'date' && typeof value === 'string') return dateCell(value);
  if (kind === 'value' && typeof value === 'string') return dateCell(value);
  if (kind === 'codes' && Array.isArray(value)) return encodeCellText((value as string[]).map(escapeItem).join('; '));
  if (kind === 'links' && Array.isArray(value)) return encodeCellText(writeLinks(value as CardLink[]));
  if (typeof value === 'string') return encodeCellText(value);
  return value as number | boolean;
}

/** The Excel number format of a kind's cells. */
export function numberFormatOf(kind: CellKind): string | undefined {
  if (kind === 'date') return 'dd/mm/yyyy';
  if (kind === 'text' || kind === 'code' || kind === 'codes' || kind === 'links' || typeof kind === 'object') return '@';
  return undefined;
}

/** The values a list-validated column offers (enums and yes/no). */
export function choicesOf(kind: CellKind): readonly string[] | undefined {
  if (typeof kind === 'object') return kind.enum;
  return kind === 'boolean' ? ['SI', 'NO'] : undefined;
}

/** Describes the kind for the instructions sheet. */
export function describeKind(kind: CellKind): Bilingual {
  return typeof kind === 'object' ? enumWhat(kind.enum) : WHAT[kind];
}
