/**
 * The target parser: the texts the documents write in a target cell → a Target (target-ast.ts), with
 * positioned errors for texts that look like a target but are malformed and warnings for readings that
 * involved a choice. The language, and the rule for `< 2019`, are documented in docs/formats/target.md.
 */
import type { IndicatorUnit } from '../plan/plan.schema.js';
import type { SourceSpan } from '../formula/formula-ast.js';
import type { ComparisonOp, Target, TargetError, TargetParseResult, TargetUnit } from './target-ast.js';
import { isoDate, isValidDate, monthNumber, daysInMonth, previousDay, italianDate } from './target-dates.js';
import { targetErrors, targetWarnings } from './target-errors.js';
import { lexTarget, type TargetToken } from './target-lexer.js';
import { parseItalianNumber } from './italian-number.js';

export { formatTarget, targetPolarity } from './target-format.js';
export { parseYearTargets } from './target-year.js';

export interface TargetContext { unit?: IndicatorUnit; planYear?: number }

type NumberToken = Extract<TargetToken, { type: 'number' }>;
type DateToken = Extract<TargetToken, { type: 'date' }>;

/** A number with its unit, as read from the tokens. */
interface Quantity { value: number; sign: '' | '+' | '-'; unit?: TargetUnit; plainInteger: boolean; span: SourceSpan; next: number }

const UNIT_WORDS: Record<string, TargetUnit> = {
  gg: 'days', giorni: 'days', giorno: 'days',
  euro: 'euro', eur: 'euro',
  n: 'number', num: 'number', numero: 'number', nr: 'number',
};
const BOOLEAN_WORDS: Record<string, boolean> = { si: true, no: false };
const ENTRO_FILLERS = new Set(['il', 'la', 'fine', 'di', 'del', 'entro']);
const CONTEXT_UNITS: Partial<Record<IndicatorUnit, TargetUnit>> = { number: 'number', percent: 'percent', days: 'days', euro: 'euro' };

class Failure {
  constructor(readonly error: TargetError) {}
}

class TargetReader {
  private readonly warnings: TargetError[] = [];

  constructor(private readonly text: string, private readonly tokens: TargetToken[], private readonly context: TargetContext) {}

  read(): TargetParseResult {
    try {
      return this.readTarget();
    } catch (failure) {
      if (failure instanceof Failure) return { ok: false, errors: [failure.error] };
      throw failure;
    }
  }

  private readTarget(): TargetParseResult {
    const first = this.tokens[0];
    if (first === undefined || (this.tokens.length === 1 && first.type === 'dash')) return this.done({ kind: 'none' }, this.tokens.length);
    if (first.type === 'op') return this.readOperator(first);
    if (first.type === 'number') return this.readLeadingNumber();
    if (first.type === 'word' && first.norm === 'entro') return this.readEntro(1);
    if (first.type === 'word' && first.norm in BOOLEAN_WORDS && this.isEnd(1)) return this.done({ kind: 'boolean', expected: BOOLEAN_WORDS[first.norm] as boolean }, 1);
    return this.manual();
  }

  private fail(error: TargetError): never {
    throw new Failure(error);
  }

  private manual(): TargetParseResult {
    return { ok: true, target: { kind: 'manual', text: this.text.trim() }, warnings: this.warnings };
  }

  /** True when only closing punctuation remains from token `index` on. */
  private isEnd(index: number): boolean {
    return this.tokens.slice(index).every((token) => token.type === 'punct');
  }

  /** A recognised target; anything left after it but punctuation makes the whole text a manual target. */
  private done(target: Target, next: number): TargetParseResult {
    if (!this.isEnd(next)) {
      const rest = this.tokens[next] as TargetToken;
      this.warnings.push(targetWarnings.targetWithRemark(rest.span));
      return this.manual();
    }
    return { ok: true, target, warnings: this.warnings };
  }

  private endSpan(): SourceSpan {
    return { start: this.text.length, end: this.text.length };
  }

  private rest(from: TargetToken): SourceSpan {
    return { start: from.span.start, end: this.text.trimEnd().length };
  }

  private readOperator(op: Extract<TargetToken, { type: 'op' }>): TargetParseResult {
    const next = this.tokens[1];
    if (next === undefined) this.fail(targetErrors.missingValue(this.endSpan(), op.text));
    if (next.type === 'date') return this.done(this.deadlineWithOperator(op, next), 2);
    if (next.type === 'number') return this.readComparison(op.op, 1);
    if (next.type === 'word' && next.norm === 'anno') return this.readRelative(op.op, 2);
    if (next.type === 'word' && next.norm in BOOLEAN_WORDS && op.op === '=') {
      return this.done({ kind: 'boolean', expected: BOOLEAN_WORDS[next.norm] as boolean }, 2);
    }
    return this.fail(targetErrors.invalidValue(this.rest(next), this.text.slice(next.span.start).trim()));
  }

  private deadlineWithOperator(op: Extract<TargetToken, { type: 'op' }>, token: DateToken): Target {
    const date = this.dateOf(token);
    if (op.op === '<=') return { kind: 'deadline', date, spelling: 'operator' };
    if (op.op === '<') return { kind: 'deadline', date: previousDay(date), spelling: 'operator' };
    return this.fail(targetErrors.deadlineOperator(op.span, op.text));
  }

  private dateOf(token: DateToken): string {
    if (!isValidDate(token.year, token.month, token.day)) this.fail(targetErrors.invalidDate(token.span, token.text));
    return isoDate(token.year, token.month, token.day);
  }

  /** A number and its unit starting at token `index`. */
  private quantity(index: number): Quantity {
    const token = this.tokens[index] as NumberToken;
    const parsed = parseItalianNumber(token.digits);
    if (!parsed.ok) this.fail(targetErrors.invalidNumber(token.span, token.text));
    if (parsed.usedDecimalPoint) this.warnings.push(targetWarnings.decimalPoint(token.span, token.text));
    const value = token.sign === '-' ? -parsed.value : parsed.value;
    const unitToken = this.tokens[index + 1];
    let unit: TargetUnit | undefined;
    if (unitToken?.type === 'percent') unit = 'percent';
    else if (unitToken?.type === 'word') unit = UNIT_WORDS[unitToken.norm];
    const end = unit === undefined ? token.span.end : (unitToken as TargetToken).span.end;
    return { value: value === 0 ? 0 : value, sign: token.sign, unit, plainInteger: parsed.plainInteger, span: { start: token.span.start, end }, next: index + (unit === undefined ? 1 : 2) };
  }

  private unitFor(written: TargetUnit | undefined, span: SourceSpan): TargetUnit {
    const expected = this.context.unit === undefined ? undefined : CONTEXT_UNITS[this.context.unit];
    if (written !== undefined && expected !== undefined && written !== expected) {
      this.warnings.push(targetWarnings.unitMismatch(span, written, expected));
    }
    return written ?? expected ?? 'number';
  }

  private readComparison(op: ComparisonOp, index: number): TargetParseResult {
    const q = this.quantity(index);
    if (q.sign !== '' && q.unit === 'percent') return this.done({ kind: 'growth', op, percent: q.value }, q.next);
    if (q.unit === undefined && q.sign === '' && q.plainInteger && op !== '=') {
      const yearTarget = this.yearReading(op, q);
      if (yearTarget) return this.done(yearTarget, q.next);
    }
    return this.done({ kind: 'compare', op, value: q.value, unit: this.unitFor(q.unit, q.span) }, q.next);
  }

  /**
   * `< 2019`: a bare whole number that is a plausible earlier year. For a date indicator it is a
   * deadline at the end of that year; otherwise the actual is compared with that year's actual.
   */
  private yearReading(op: ComparisonOp, q: Quantity): Target | undefined {
    const year = q.value;
    const { planYear, unit } = this.context;
    if (unit === 'date' && year >= 1990 && year <= 2100 && (op === '<=' || op === '<')) {
      const date = op === '<=' ? isoDate(year, 12, 31) : isoDate(year - 1, 12, 31);
      this.warnings.push(targetWarnings.yearAsDeadline(q.span, italianDate(date)));
      return { kind: 'deadline', date, spelling: 'operator' };
    }
    const plausible = planYear === undefined ? year >= 1990 && year <= 2100 : year >= planYear - 10 && year < planYear;
    if (!plausible || unit === 'date') return undefined;
    if (unit !== 'percent' && unit !== 'days') this.warnings.push(targetWarnings.ambiguousYear(q.span, op, year));
    return { kind: 'relative', op, ref: { kind: 'year', year } };
  }

  /** After `anno`: `n-1`, `n - 2`, `precedente`, or a year. */
  private readRelative(op: ComparisonOp, index: number): TargetParseResult {
    const token = this.tokens[index];
    const anno = this.tokens[index - 1] as TargetToken;
    if (token === undefined) this.fail(targetErrors.invalidRelative(anno.span));
    if (token.type === 'word' && token.norm === 'precedente') return this.done({ kind: 'relative', op, ref: { kind: 'offset', offset: -1 } }, index + 1);
    if (token.type === 'number' && token.sign === '' && /^\d{4}$/.test(token.digits)) {
      return this.done({ kind: 'relative', op, ref: { kind: 'year', year: Number(token.digits) } }, index + 1);
    }
    if (token.type === 'word' && token.norm === 'n') {
      const dash = this.tokens[index + 1];
      const number = this.tokens[index + 2];
      if (dash?.type === 'dash' && dash.text.length === 1 && number?.type === 'number' && number.sign === '' && /^\d{1,2}$/.test(number.digits) && Number(number.digits) > 0) {
        return this.done({ kind: 'relative', op, ref: { kind: 'offset', offset: -Number(number.digits) } }, index + 3);
      }
    }
    return this.fail(targetErrors.invalidRelative({ start: anno.span.start, end: (this.tokens[index + 2] ?? token).span.end }));
  }

  /** A text starting with a number: a range `380% - 390%`, a bare value, or free text. */
  private readLeadingNumber(): TargetParseResult {
    const low = this.quantity(0);
    const separator = this.tokens[low.next];
    if (separator?.type !== 'dash' || separator.text.length !== 1) {
      if (!this.isEnd(low.next)) return this.manual();
      this.warnings.push(targetWarnings.implicitOperator(low.span, this.text.slice(low.span.start, low.span.end)));
      return this.readComparison('>=', 0);
    }
    const next = this.tokens[low.next + 1];
    if (next === undefined) this.fail(targetErrors.incompleteRange(this.endSpan()));
    if (next.type !== 'number') this.fail(targetErrors.invalidValue(this.rest(next), this.text.slice(next.span.start).trim()));
    const high = this.quantity(low.next + 1);
    return this.done(this.range(low, high), high.next);
  }

  private range(low: Quantity, high: Quantity): Target {
    const span = { start: low.span.start, end: high.span.end };
    if (low.unit !== undefined && high.unit !== undefined && low.unit !== high.unit) this.fail(targetErrors.rangeUnitMismatch(span));
    if (low.value > high.value) {
      this.fail(targetErrors.rangeInverted(span, this.text.slice(low.span.start, low.span.end), this.text.slice(high.span.start, high.span.end)));
    }
    return { kind: 'range', min: low.value, max: high.value, unit: this.unitFor(low.unit ?? high.unit, span) };
  }

  /** `Entro 10/12/2021`, `entro il 30 giugno 2021`, `entro giugno`, `entro fine giugno 2021`. */
  private readEntro(index: number): TargetParseResult {
    let i = index;
    while (this.tokens[i]?.type === 'word' && ENTRO_FILLERS.has((this.tokens[i] as Extract<TargetToken, { type: 'word' }>).norm)) i += 1;
    const token = this.tokens[i];
    if (token === undefined) this.fail(targetErrors.missingValue(this.endSpan(), 'entro'));
    if (token.type === 'date') return this.done({ kind: 'deadline', date: this.dateOf(token), spelling: 'entro_date' }, i + 1);
    if (token.type === 'number' && token.sign === '' && /^\d{1,2}$/.test(token.digits)) return this.readDayMonth(i);
    if (token.type === 'word' && monthNumber(token.norm) !== undefined) return this.readMonth(i);
    return this.fail(targetErrors.invalidDeadline(this.rest(token)));
  }

  private yearAfter(index: number): { year: number | undefined; next: number } {
    const token = this.tokens[index];
    if (token?.type === 'number' && token.sign === '' && /^\d{4}$/.test(token.digits)) return { year: Number(token.digits), next: index + 1 };
    return { year: undefined, next: index };
  }

  private readDayMonth(index: number): TargetParseResult {
    const dayToken = this.tokens[index] as NumberToken;
    const monthToken = this.tokens[index + 1];
    const month = monthToken?.type === 'word' ? monthNumber(monthToken.norm) : undefined;
    if (month === undefined || monthToken === undefined) return this.fail(targetErrors.invalidDeadline(this.rest(dayToken)));
    const { year, next } = this.yearAfter(index + 2);
    const resolved = year ?? this.context.planYear;
    const span = { start: dayToken.span.start, end: monthToken.span.end };
    if (resolved === undefined) this.fail(targetErrors.planYearRequired(span, this.text.slice(span.start, span.end)));
    const day = Number(dayToken.digits);
    if (!isValidDate(resolved, month, day)) this.fail(targetErrors.invalidDate(span, this.text.slice(span.start, span.end)));
    return this.done({ kind: 'deadline', date: isoDate(resolved, month, day), spelling: 'entro_date' }, next);
  }

  private readMonth(index: number): TargetParseResult {
    const monthToken = this.tokens[index] as Extract<TargetToken, { type: 'word' }>;
    const month = monthNumber(monthToken.norm) as number;
    const { year, next } = this.yearAfter(index + 1);
    const resolved = year ?? this.context.planYear;
    if (resolved === undefined) this.fail(targetErrors.planYearRequired(monthToken.span, monthToken.norm));
    return this.done({ kind: 'deadline', date: isoDate(resolved, month, daysInMonth(resolved, month)), spelling: 'entro_month' }, next);
  }
}

/**
 * Parses a target text. `context.unit` (the indicator's unit) supplies the unit when the text has none
 * and decides how a bare year reads; `context.planYear` resolves `entro giugno`.
 */
export function parseTarget(text: string, context: TargetContext = {}): TargetParseResult {
  return new TargetReader(text, lexTarget(text), context).read();
}
