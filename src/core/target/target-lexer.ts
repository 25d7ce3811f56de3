/**
 * The lexer of the target language. It keeps every token's span in the original text and accepts the
 * spellings found in the documents: `>=`, `=>`, `≥`, `\geq` (a LaTeX remnant, with its `$`), `–` dashes.
 * A sign belongs to a number only where a value starts (at the beginning, after an operator or a
 * dash), so `85%-90%` is a range and `>= -5%` a signed growth.
 */
import type { SourceSpan } from '../formula/formula-ast.js';
import type { ComparisonOp } from './target-ast.js';

export type TargetToken =
  | { type: 'op'; op: ComparisonOp; text: string; span: SourceSpan }
  | { type: 'number'; sign: '' | '+' | '-'; digits: string; text: string; span: SourceSpan }
  | { type: 'date'; day: number; month: number; year: number; text: string; span: SourceSpan }
  | { type: 'percent' | 'dash' | 'punct' | 'other'; text: string; span: SourceSpan }
  | { type: 'word'; norm: string; text: string; span: SourceSpan };

const OPERATORS: Array<[RegExp, ComparisonOp]> = [
  [/(?:>=|=>|≥|\\geq?)/y, '>='],
  [/(?:<=|=<|≤|\\leq?)/y, '<='],
  [/(?:==|=)/y, '='],
  [/>/y, '>'],
  [/</y, '<'],
];
const DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/y;
const NUMBER = /([+-]?)(\d+(?:[.,]\d+)*)/y;
const WORD = /\p{L}[\p{L}\p{M}'’]*\.?/uy;
const DASH = /[-–—]+/y;
const SKIPPED = /[\s$]/;

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** Lowercase, without accents and without a trailing dot: `Sì` → `si`, `N.` → `n`, `Giugno` → `giugno`. */
export function normaliseWord(text: string): string {
  if (/^[A-Za-z]+$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.'’]+$/, '').toLowerCase();
}

function startsValue(previous: TargetToken | undefined): boolean {
  return previous === undefined || previous.type === 'op' || previous.type === 'dash' || previous.type === 'other';
}

const OPERATOR_START = new Set(['>', '<', '=', '≥', '≤', '\\']);

function lexOperator(text: string, index: number): TargetToken | undefined {
  for (const [pattern, op] of OPERATORS) {
    const m = matchAt(pattern, text, index);
    if (m) return { type: 'op', op, text: m[0], span: { start: index, end: index + m[0].length } };
  }
  return undefined;
}

function lexNumeric(text: string, index: number, previous: TargetToken | undefined): TargetToken | undefined {
  const date = matchAt(DATE, text, index);
  if (date) {
    const span = { start: index, end: index + date[0].length };
    return { type: 'date', day: Number(date[1]), month: Number(date[3]), year: Number(date[4]), text: date[0], span };
  }
  const number = matchAt(NUMBER, text, index);
  if (number && (number[1] === '' || startsValue(previous))) {
    const span = { start: index, end: index + number[0].length };
    return { type: 'number', sign: number[1] as '' | '+' | '-', digits: number[2] as string, text: number[0], span };
  }
  return undefined;
}

function lexOne(text: string, index: number, previous: TargetToken | undefined): TargetToken {
  const char = text[index] as string;
  const span = (length: number) => ({ start: index, end: index + length });
  const op = OPERATOR_START.has(char) ? lexOperator(text, index) : undefined;
  if (op) return op;
  const numeric = (char >= '0' && char <= '9') || char === '+' || char === '-' ? lexNumeric(text, index, previous) : undefined;
  if (numeric) return numeric;
  if (char === '%') return { type: 'percent', text: char, span: span(1) };
  if (char === '€') return { type: 'word', norm: 'euro', text: char, span: span(1) };
  const dash = matchAt(DASH, text, index);
  if (dash) return { type: 'dash', text: dash[0], span: span(dash[0].length) };
  const word = matchAt(WORD, text, index);
  if (word) return { type: 'word', norm: normaliseWord(word[0]), text: word[0], span: span(word[0].length) };
  if (char === '.' || char === ';') return { type: 'punct', text: char, span: span(1) };
  return { type: 'other', text: char, span: span(1) };
}

export function lexTarget(text: string): TargetToken[] {
  const tokens: TargetToken[] = [];
  let index = 0;
  while (index < text.length) {
    if (SKIPPED.test(text[index] as string)) {
      index += 1;
      continue;
    }
    const token = lexOne(text, index, tokens[tokens.length - 1]);
    tokens.push(token);
    index = token.span.end;
  }
  return tokens;
}
