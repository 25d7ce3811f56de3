/**
 * The lexer of the Italian prose formulas. Measure names are free text, so the decisions are about
 * which characters are operators:
 *  - a known measure name is one piece of text, whatever it contains;
 *  - `/` or `-` glued between a letter and a lower-case letter (`eventi/iniziative`) is part of a name;
 *  - `(t)`, `(t-1)`, `(n-1)` are time suffixes; `anno corrente`, `anno precedente`, `anno 2019`,
 *    `anno n-1` at the end of an operand are time phrases.
 */
import type { SourceSpan, TimeRef } from '../formula/formula-ast.js';

export interface KnownMeasure { code: string; name: string }

export type ProseToken =
  | { type: 'text'; text: string; span: SourceSpan; glued: Array<{ char: string; text: string }> }
  | { type: 'op'; op: '+' | '-' | '*' | '/'; span: SourceSpan }
  | { type: 'lparen' | 'rparen'; span: SourceSpan }
  | { type: 'time'; time: TimeRef; span: SourceSpan };

const TIME_SUFFIX = /\(\s*[tn]\s*(?:([+-])\s*(\d{1,2}))?\s*\)/iy;
const TIME_PHRASE = /anno\s+(?:(corrente)|(precedente)|n(?:\s*-\s*(\d{1,2}))?|(\d{4}))(?![\p{L}\d])(?=\s*(?:[-+*/×–)]|$))/iuy;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const OPS: Record<string, '+' | '-' | '*' | '/'> = { '+': '+', '-': '-', '–': '-', '*': '*', '×': '*', '/': '/' };

/** The form in which measure names are compared: spaces collapsed, lower case. */
export function normaliseMeasureName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Where known measure names occur (longest first, whole words only): start → end. */
function knownIntervals(prose: string, known: KnownMeasure[]): Map<number, number> {
  const found = new Map<number, number>();
  const taken: boolean[] = [];
  const lower = prose.toLowerCase();
  const byLength = [...known].filter((m) => m.name.trim() !== '').sort((a, b) => b.name.length - a.name.length);
  for (const measure of byLength) {
    const needle = measure.name.trim().toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const bounded = !/[\p{L}\d]/u.test(prose[at - 1] ?? ' ') && !/[\p{L}\d]/u.test(prose[end] ?? ' ');
      if (!bounded || taken.slice(at, end).some(Boolean)) continue;
      for (let i = at; i < end; i += 1) taken[i] = true;
      found.set(at, end);
    }
  }
  return found;
}

function relative(offset: number): TimeRef {
  return { kind: 'relative', offset: offset === 0 ? 0 : offset };
}

function timePhrase(m: RegExpExecArray): TimeRef {
  if (m[1]) return relative(0);
  if (m[2]) return relative(-1);
  if (m[4]) return { kind: 'absolute', year: Number(m[4]) };
  return relative(m[3] ? -Number(m[3]) : 0);
}

class ProseLexer {
  readonly tokens: ProseToken[] = [];
  private text = '';
  private textStart = 0;
  private glued: Array<{ char: string; text: string }> = [];

  constructor(private readonly prose: string, private readonly intervals: Map<number, number>) {}

  private flush(at: number): void {
    const trimmed = this.text.trim();
    if (trimmed !== '') {
      const start = this.textStart + (this.text.length - this.text.trimStart().length);
      this.tokens.push({ type: 'text', text: trimmed.replace(/\s+/g, ' '), span: { start, end: start + trimmed.length }, glued: this.glued });
    }
    this.text = '';
    this.textStart = at;
    this.glued = [];
  }

  private push(token: ProseToken): void {
    this.flush(token.span.start);
    this.tokens.push(token);
    this.textStart = token.span.end;
  }

  /** `eventi/iniziative`: glued between a letter and a lower-case letter. */
  private isGlued(index: number): boolean {
    return LETTER.test(this.prose[index - 1] ?? '') && LOWER.test(this.prose[index + 1] ?? '');
  }

  private match(pattern: RegExp, index: number): RegExpExecArray | null {
    pattern.lastIndex = index;
    return pattern.exec(this.prose);
  }

  private step(index: number): number {
    const prose = this.prose;
    const intervalEnd = this.intervals.get(index);
    if (intervalEnd !== undefined) {
      this.text += prose.slice(index, intervalEnd);
      return intervalEnd;
    }
    const suffix = this.match(TIME_SUFFIX, index);
    if (suffix) {
      const offset = suffix[2] ? Number(suffix[2]) * (suffix[1] === '-' ? -1 : 1) : 0;
      this.push({ type: 'time', time: relative(offset), span: { start: index, end: index + suffix[0].length } });
      return index + suffix[0].length;
    }
    const phrase = /\s/.test(prose[index - 1] ?? '') ? this.match(TIME_PHRASE, index) : null;
    if (phrase) {
      this.push({ type: 'time', time: timePhrase(phrase), span: { start: index, end: index + phrase[0].length } });
      return index + phrase[0].length;
    }
    const char = prose[index] as string;
    const op = OPS[char];
    if (char === '(' || char === ')') {
      this.push({ type: char === '(' ? 'lparen' : 'rparen', span: { start: index, end: index + 1 } });
    } else if (op && !((op === '/' || op === '-') && this.isGlued(index))) {
      this.push({ type: 'op', op, span: { start: index, end: index + 1 } });
    } else {
      if (op) this.glued.push({ char, text: gluedWords(prose, index) });
      this.text += char;
    }
    return index + 1;
  }

  run(): ProseToken[] {
    let index = 0;
    while (index < this.prose.length) index = this.step(index);
    this.flush(this.prose.length);
    return this.tokens;
  }
}

/** The two words around a glued `/` or `-`, for the review message: `eventi/iniziative`. */
function gluedWords(prose: string, index: number): string {
  const before = /[\p{L}\d.']*$/u.exec(prose.slice(0, index))?.[0] ?? '';
  const after = /^[\p{L}\d.']*/u.exec(prose.slice(index + 1))?.[0] ?? '';
  return `${before}${prose[index] as string}${after}`;
}

export function lexProse(prose: string, known: KnownMeasure[] = []): ProseToken[] {
  return new ProseLexer(prose, knownIntervals(prose, known)).run();
}
