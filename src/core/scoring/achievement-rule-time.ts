/**
 * The achievement rules that look across time: growth against the previous year (`>= +15%`) and
 * deadlines (`entro 30/06/2026`).
 */
import type { ComparisonOp } from '../target/target-ast.js';
import { normalizeNumber } from '../numbers/rounding.js';
import type { ScoringRules } from './policy.schema.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';
import { comparisonHolds, isHigherBetter, percentOf, ruleFailure, ruleOutcome, type RuleKey, type RuleOutcome } from './rule-outcome.js';

export interface GrowthInput {
  op: ComparisonOp;
  /** Target growth in percent, signed: +15 for `>= +15%`. */
  percent: number;
  actual: number;
  /** Previous year's value; not needed when the formula computes the rate itself. */
  previous?: number;
  rateFormula: boolean;
  rules: ScoringRules;
  override?: RuleKey;
}

/**
 * Growth `op g%`. Literal: achieved growth / target growth (previous 581, +15%, actual 640 →
 * 10,155 / 15 = 67,7%). Level-based: actual / (previous × (1 + g)) = 640 / 668,15 = 95,8%.
 * With a rate formula the actual is the growth G itself, and level-based is (100 + G) / (100 + g).
 */
export function scoreGrowth(input: GrowthInput): RuleOutcome {
  const { op, percent: g, actual, previous, rateFormula, rules, override } = input;
  const higher = isHigherBetter(op);
  if (!rateFormula && (previous === undefined || !(previous > 0))) {
    return ruleFailure(scoringMessages.growthBaseNotPositive(previous ?? Number.NaN));
  }
  const base = previous ?? 0;
  const growth = rateFormula ? actual : normalizeNumber(((actual - base) * 100) / base);
  const met = comparisonHolds(op, growth, g);
  if (override === 'binary') return ruleOutcome('binary', met ? 100 : 0, met, g);
  const wanted = override === 'growth_level' ? 'level' : override === 'growth_literal' ? 'literal' : rules.growth;
  let notes: ScoringMessage[] | undefined;
  if (wanted === 'literal') {
    if ((higher && g > 0) || (!higher && g < 0)) {
      return ruleOutcome('growth_literal', percentOf(growth, g), met, g);
    }
    notes = [scoringMessages.growthLiteralNotMeaningful()];
  }
  if (rateFormula) {
    const ratio = higher ? percentOf(100 + growth, 100 + g) : met ? 100 : percentOf(100 + g, 100 + growth);
    return ruleOutcome('growth_level', ratio, met, g, notes);
  }
  const level = normalizeNumber(base * (1 + g / 100));
  if (higher) return ruleOutcome('growth_level', percentOf(actual, level), met, level, notes);
  return ruleOutcome('growth_level', actual <= level ? 100 : percentOf(level, actual), met, level, notes);
}

const DAY_MS = 86_400_000;

/** Two or four digits of an ISO date as a number, or -1 when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let k = from; k < from + count; k += 1) {
    const code = text.charCodeAt(k) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

const isIsoShaped = (iso: string): boolean => iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45;

/** Year, month and day of an ISO date `yyyy-mm-dd` (read without a regular expression: it runs per indicator). */
function dateParts(iso: string): [number, number, number] | null {
  if (!isIsoShaped(iso)) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  return year < 0 || month < 0 || day < 0 ? null : [year, month, day];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days from 1970-01-01 to a valid proleptic Gregorian date (H. Hinnant's days_from_civil): what Date.UTC gives, without its cost. */
function civilDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1] as number);
}

/**
 * The day of an ISO date counted from 1970-01-01 (UTC calendar), NaN when it is not one. Exactly
 * Date.UTC's answer (which also rolls impossible dates such as 31/06 over, and reads years below 100
 * as 19xx): computed directly for ordinary dates, by Date.UTC for the rest.
 */
function dayNumber(iso: string): number {
  if (!isIsoShaped(iso)) return Number.NaN;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  if (year < 0 || month < 0 || day < 0) return Number.NaN;
  return year >= 100 && isValidDate(year, month, day) ? civilDays(year, month, day) : Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The last two dates read and their day numbers: deadlines and completion dates repeat from indicator to indicator. */
const recent = { from: '', fromDay: Number.NaN, to: '', toDay: Number.NaN };

/** Days from `from` to `to` (positive when `to` is later), on the calendar (UTC, no clock). */
export function daysBetween(from: string, to: string): number {
  if (from !== recent.from) {
    recent.from = from;
    recent.fromDay = dayNumber(from);
  }
  if (to !== recent.to) {
    recent.to = to;
    recent.toDay = dayNumber(to);
  }
  return Math.round(recent.toDay - recent.fromDay);
}

/** Months started after the deadline: 30/06 → 01/07 is 1, → 30/07 is 1, → 31/07 is 2. */
export function monthsLate(deadline: string, done: string): number {
  const a = dateParts(deadline);
  const b = dateParts(done);
  if (!a || !b) return Number.NaN;
  const whole = (b[0] - a[0]) * 12 + (b[1] - a[1]);
  return b[2] > a[2] ? whole + 1 : whole;
}

/** Done by the deadline: 100; late: 0, or minus the configured points per day or month late. */
export function scoreDeadline(done: string, deadline: string, rules: ScoringRules, override?: RuleKey): RuleOutcome {
  const late = daysBetween(deadline, done);
  if (Number.isNaN(late)) return ruleFailure(scoringMessages.deadlineNeedsDate(done));
  const met = late <= 0;
  const mode = override === 'deadline_reduction' ? 'reduction' : override === 'deadline_binary' ? 'binary' : rules.deadline.mode;
  if (met) return ruleOutcome(mode === 'binary' ? 'deadline_binary' : 'deadline_reduction', 100, true, deadline);
  if (mode === 'binary') return ruleOutcome('deadline_binary', 0, false, deadline);
  const units = rules.deadline.per === 'day' ? late : monthsLate(deadline, done);
  return ruleOutcome('deadline_reduction', 100 - units * rules.deadline.reduction, false, deadline);
}
