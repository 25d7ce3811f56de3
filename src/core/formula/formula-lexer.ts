/**
 * The lexer of the canonical formula language: source text → tokens with spans.
 * A time reference (`@t`, `@t-1`, `@2019`) is one token and admits no inner spaces, so that
 * `A@t-1` (A one year back) and `A@t - 1` (A minus one) stay distinct.
 */
import type { FormulaError, SourceSpan, TimeRef } from './formula-ast.js';
import { formulaErrors } from './formula-errors.js';

export type BinaryOp = '+' | '-' | '*' | '/';

export type Token =
  | { type: 'number'; value: number; text: string; span: SourceSpan }
  | { type: 'code'; text: string; span: SourceSpan }
  | { type: 'name'; text: string; span: SourceSpan }
  | { type: 'param'; name: string; text: string; span: SourceSpan }
  | { type: 'time'; time: TimeRef; text: string; span: SourceSpan }
  | { type: 'op'; op: BinaryOp; text: string; span: SourceSpan }
  | { type: 'lparen' | 'rparen' | 'comma' | 'eof'; text: string; span: SourceSpan };

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: FormulaError };

const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CODE = /[A-Za-z_][A-Za-z0-9_.]*/y;
const PARAM = /\$([A-Za-z_][A-Za-z0-9_]*)/y;
const TIME = /@(?:([tT])(?:([+-])(\d{1,3}))?|(\d{4}))(?![A-Za-z0-9_.])/y;
const TIME_WORD = /@[^\s()+\-*/,[\]]*/y;
const WHITESPACE = /\s/;

function matchAt(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(source);
}

function lexTime(source: string, index: number): Token | FormulaError {
  const m = matchAt(TIME, source, index);
  if (!m) {
    const word = matchAt(TIME_WORD, source, index)?.[0] ?? '@';
    return formulaErrors.invalidTimeReference({ start: index, end: index + word.length }, word);
  }
  const span = { start: index, end: index + m[0].length };
  if (m[4] !== undefined) return { type: 'time', time: { kind: 'absolute', year: Number(m[4]) }, text: m[0], span };
  const offset = m[3] === undefined ? 0 : Number(m[3]) * (m[2] === '-' ? -1 : 1);
  return { type: 'time', time: { kind: 'relative', offset: offset === 0 ? 0 : offset }, text: m[0], span };
}

/** Reads `[name]` (with `]]` standing for one `]`); the name is trimmed and inner spaces collapsed. */
function lexName(source: string, index: number): Token | FormulaError {
  let text = '';
  let i = index + 1;
  for (;;) {
    const close = source.indexOf(']', i);
    if (close < 0) return formulaErrors.unclosedMeasureName({ start: index, end: source.length });
    text += source.slice(i, close);
    if (source[close + 1] === ']') {
      text += ']';
      i = close + 2;
      continue;
    }
    const span = { start: index, end: close + 1 };
    const name = text.replace(/\s+/g, ' ').trim();
    if (name === '') return formulaErrors.emptyMeasureName(span);
    return { type: 'name', text: name, span };
  }
}

function lexNumber(source: string, index: number): Token | FormulaError {
  const m = matchAt(NUMBER, source, index);
  const text = m?.[0] ?? '';
  const end = index + text.length;
  const next = source[end];
  if (next === '.') {
    const bad = /[\d.]*/y;
    bad.lastIndex = index;
    const badText = bad.exec(source)?.[0] ?? text;
    return formulaErrors.invalidNumber({ start: index, end: index + badText.length }, badText);
  }
  return { type: 'number', value: Number(text), text, span: { start: index, end } };
}

const SINGLE: Record<string, Token['type']> = { '(': 'lparen', ')': 'rparen', ',': 'comma' };

function lexOne(source: string, index: number): Token | FormulaError {
  const char = source[index] as string;
  const span = { start: index, end: index + 1 };
  if (char === '+' || char === '-' || char === '*' || char === '/') return { type: 'op', op: char, text: char, span };
  const single = SINGLE[char];
  if (single) return { type: single, text: char, span } as Token;
  if (char === '[') return lexName(source, index);
  if (char === '@') return lexTime(source, index);
  if (char >= '0' && char <= '9') return lexNumber(source, index);
  if (char === '.') return formulaErrors.invalidNumber(span, char);
  if (char === '$') {
    const m = matchAt(PARAM, source, index);
    if (!m) return formulaErrors.invalidParameter(span);
    return { type: 'param', name: m[1] as string, text: m[0], span: { start: index, end: index + m[0].length } };
  }
  const code = matchAt(CODE, source, index);
  if (code) return { type: 'code', text: code[0], span: { start: index, end: index + code[0].length } };
  return formulaErrors.unexpectedCharacter(span, char);
}

/** True when `text` can be written as a measure code (otherwise it needs the bracketed name form). */
export function isMeasureCode(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(text);
}

function isError(value: Token | FormulaError): value is FormulaError {
  return 'message' in value;
}

export function lexFormula(source: string): LexResult {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    if (WHITESPACE.test(source[index] as string)) {
      index += 1;
      continue;
    }
    const token = lexOne(source, index);
    if (isError(token)) return { ok: false, error: token };
    tokens.push(token);
    index = token.span.end;
  }
  tokens.push({ type: 'eof', text: '', span: { start: source.length, end: source.length } });
  return { ok: true, tokens };
}
