/**
 * Measure completion in the formula editor: what the user is typing at the caret (a code, or a name
 * after `[`), which measures match it, and the text after choosing one. A measure whose code is
 * writable as a code is inserted by code, otherwise by name in square brackets.
 */
import { isMeasureCode } from '../../../core/formula/formula-lexer.js';

export interface MeasureOption { code: string; name: string }

export interface CompletionContext {
  /** Start and end (exclusive) of the text to replace. */
  start: number;
  end: number;
  query: string;
  /** Typing a name inside `[`. */
  bracket: boolean;
}

const CODE_CHAR = /[A-Za-z0-9_.]/;

/** The word being typed at the caret, or null when the caret is not in a measure reference. */
export function completionContext(text: string, caret: number): CompletionContext | null {
  const open = text.lastIndexOf('[', caret - 1);
  const close = text.lastIndexOf(']', caret - 1);
  if (open > close) {
    const end = text.indexOf(']', caret);
    const nextOpen = text.indexOf('[', caret);
    const stop = end >= 0 && (nextOpen < 0 || end < nextOpen) ? end + 1 : caret;
    return { start: open, end: stop, query: text.slice(open + 1, caret), bracket: true };
  }
  let start = caret;
  while (start > 0 && CODE_CHAR.test(text[start - 1]!)) start -= 1;
  let end = caret;
  while (end < text.length && CODE_CHAR.test(text[end]!)) end += 1;
  const word = text.slice(start, caret);
  if (word === '' || !/^[A-Za-z_]/.test(word)) return null;
  if (text[start - 1] === '@' || text[start - 1] === '$') return null; // a year (@t-1) or a parameter ($N)
  if (text[end] === '(') return null; // a function name
  return { start, end, query: word, bracket: false };
}

const fold = (value: string) => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Measures whose code or name contains the query; codes starting with it first. */
export function matchMeasures(measures: readonly MeasureOption[], query: string, limit = 8): MeasureOption[] {
  const needle = fold(query.trim());
  const scored = measures
    .map((measure) => {
      const code = fold(measure.code);
      const name = fold(measure.name);
      const rank = code.startsWith(needle) ? 0 : name.startsWith(needle) ? 1 : code.includes(needle) || name.includes(needle) ? 2 : 3;
      return { measure, rank };
    })
    .filter((entry) => entry.rank < 3);
  scored.sort((a, b) => a.rank - b.rank || a.measure.code.localeCompare(b.measure.code));
  return scored.slice(0, limit).map((entry) => entry.measure);
}

/** How a measure is written in a formula. */
export function measureReference(measure: MeasureOption): string {
  return isMeasureCode(measure.code) ? measure.code : `[${measure.name.replaceAll(']', ']]')}]`;
}

/** The text with the context replaced by the measure, and where the caret goes. */
export function applyCompletion(text: string, context: CompletionContext, measure: MeasureOption): { text: string; caret: number } {
  const reference = measureReference(measure);
  const next = text.slice(0, context.start) + reference + text.slice(context.end);
  return { text: next, caret: context.start + reference.length };
}
