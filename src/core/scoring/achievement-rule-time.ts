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

function dateParts(iso: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Days from `from` to `to` (positive when `to` is later), on the calendar (UTC, no clock). */
export function daysBetween(from: string, to: string): number {
  const a = dateParts(from);
  const b = dateParts(to);
  if (!a || !b) return Number.NaN;
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / DAY_MS);
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
