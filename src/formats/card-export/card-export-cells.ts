/**
 * The cells of an indicator row of the objective cards: the indicator cell (code, name, description,
 * type), the formula cell (measures by code, or `[codice]` placeholders, joined by / + * and
 * parentheses, with their names, descriptions and source), the value cell and the target cells.
 */
import type { Indicator, IndicatorUnit } from '../../core/plan/plan.schema.js';
import { parseItalianNumber } from '../tree-export/italian-number.js';
import { flat } from './card-export-text.js';
import { splitNameAndDescription } from './name-description.js';

export interface IndicatorCell {
  code: string | null;
  name: string;
  description?: string;
  type?: Indicator['type'];
}

export interface FormulaTerm {
  /** The code as written; null for a `[codice]` placeholder or a prose term. */
  code: string | null;
  placeholder: boolean;
  name: string;
  description?: string;
}

export type FormulaToken = { kind: 'term'; term: FormulaTerm } | { kind: 'op'; op: '/' | '+' | '*' | '(' | ')' };

export interface FormulaCell {
  tokens: FormulaToken[];
  /** True when every term is a measure written by code or by a `[codice]` placeholder. */
  coded: boolean;
  source?: string;
  text: string;
}

const TYPES: Record<string, NonNullable<Indicator['type']>> = {
  volume: 'volume', efficacia: 'efficacy', efficienza: 'efficiency', qualita: 'quality',
  'indicatori dfp': 'dfp_common', dfp: 'dfp_common', pareto: 'pareto_benchmark',
};
const PLACEHOLDER = /^\[\s*codice\s*\]?/i;
const TIPOLOGIA = /\(\s*Tipologia\s*:\s*([^)]*)\)/i;
const FONTE = /\(\s*Fonte\s+([^)]*)\)/gi;

/** A code as the application writes them: `Med_Conc`, `C2.7.2_02`, `S1.1.a`, `DataCustomerSat`, `Dip-Form`. */
export function isCodeLike(token: string): boolean {
  if (!/^[A-Za-z_][\w.%\-]*$/.test(token) || /^\d/.test(token)) return false;
  return /[_\d]/.test(token) || /\p{Ll}\p{Lu}/u.test(token) || /-\p{Lu}/u.test(token);
}

function typeOf(text: string): Indicator['type'] {
  const key = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  return TYPES[key] ?? 'other';
}

/** Splits `DFP 1.3 rest`, `Med_Conc rest` or `[codice] rest` into the code and the rest. */
export function leadingCode(text: string): { code: string | null; placeholder: boolean; rest: string } {
  const trimmed = text.trim();
  const placeholder = PLACEHOLDER.exec(trimmed);
  if (placeholder) return { code: null, placeholder: true, rest: trimmed.slice(placeholder[0].length).trim() };
  const dfp = /^([A-Z]{2,5}\s+\d+(?:\.\d+)+)(?:\s+|$)/.exec(trimmed);
  if (dfp) return { code: dfp[1] as string, placeholder: false, rest: trimmed.slice(dfp[0].length) };
  const first = /^(\S+)(?:\s+|$)/.exec(trimmed);
  if (first && isCodeLike(first[1] as string)) return { code: first[1] as string, placeholder: false, rest: trimmed.slice(first[0].length) };
  return { code: null, placeholder: false, rest: trimmed };
}

export function parseIndicatorCell(cell: string, bold: readonly string[]): IndicatorCell & { placeholder: boolean } {
  const type = TIPOLOGIA.exec(cell);
  const withoutType = cell.replace(TIPOLOGIA, ' ').replace(/\s+$/, '');
  const { code, placeholder, rest } = leadingCode(withoutType);
  const body = rest.replace(/^-\s+/, '');
  const base = { code, placeholder, ...(type ? { type: typeOf(type[1] as string) } : {}) };
  const boldName = bold.map(flat).find((segment) => segment !== code && body.includes(segment) && !TIPOLOGIA.test(segment));
  if (boldName !== undefined) {
    const description = flat(body.slice(body.indexOf(boldName) + boldName.length));
    return { ...base, name: boldName, ...(description === '' ? {} : { description }) };
  }
  const split = splitNameAndDescription(body);
  return { ...base, name: flat(split.name), ...(split.description ? { description: flat(split.description) } : {}) };
}

function parseTerm(text: string): FormulaTerm {
  const { code, placeholder, rest } = leadingCode(text);
  if (code === null && !placeholder) return { code: null, placeholder: false, name: flat(text) };
  const split = splitNameAndDescription(rest);
  return { code, placeholder, name: flat(split.name), ...(split.description ? { description: flat(split.description) } : {}) };
}

/** Operators are recognised only with spaces around them, so `mediazioni/conciliazioni` and `(TI+TD)` stay inside names. */
export function parseFormulaCell(cell: string): FormulaCell {
  const sources = [...cell.matchAll(FONTE)].map((match) => flat(match[1] as string));
  const text = cell.replace(FONTE, ' ').trim();
  const tokens: FormulaToken[] = [];
  for (const piece of text.split(/(?<=^|\s)([/+*()])(?=\s|$)/)) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    if (/^[/+*()]$/.test(trimmed)) tokens.push({ kind: 'op', op: trimmed as '/' | '+' | '*' | '(' | ')' });
    else tokens.push({ kind: 'term', term: parseTerm(trimmed) });
  }
  const terms = tokens.flatMap((token) => (token.kind === 'term' ? [token.term] : []));
  const coded = terms.length > 0 && terms.every((term) => term.code !== null || term.placeholder);
  return { tokens, coded, text: flat(text), ...(sources.length > 0 ? { source: sources[sources.length - 1] } : {}) };
}

const UNIT_WORDS: Record<string, IndicatorUnit> = { 'n.': 'number', n: 'number', '%': 'percent', gg: 'days', giorni: 'days', euro: 'euro', '€': 'euro' };

/** The "Valore 2020" cell: a baseline value and/or a unit (`18,00 N.`, `%`, `gg`). */
export function parseValueCell(cell: string): { value?: number; text?: string; unit?: IndicatorUnit } {
  const text = flat(cell);
  if (text === '') return {};
  const match = /^([+-]?[\d.,]+)?\s*(N\.?|%|gg|giorni|euro|€)?$/i.exec(text);
  if (!match) return { text };
  const value = match[1] === undefined ? null : parseItalianNumber(match[1]);
  const unit = match[2] === undefined ? undefined : UNIT_WORDS[match[2].toLowerCase()];
  return {
    ...(value === null ? {} : { value, text }),
    ...(unit === undefined ? {} : { unit }),
  };
}

/** A target as the card writes it, in the target language: `>= % 100,00 %` → `>= 100,00%`, `>= 8,00 N.` kept. */
export function normalizeTarget(cell: string): string {
  return flat(cell)
    .replace(/^(>=|<=|=>|=<|>|<|=)\s*%\s*/, '$1 ')
    .replace(/(\d)\s+%/g, '$1%')
    .trim();
}

export function unitOfTarget(target: string): IndicatorUnit | undefined {
  if (/^entro\b|\d{1,2}\/\d{1,2}\/\d{4}/i.test(target)) return 'date';
  if (/%/.test(target)) return 'percent';
  if (/\bgg\b/i.test(target)) return 'days';
  if (/\bN\.?$/.test(target)) return 'number';
  return undefined;
}
