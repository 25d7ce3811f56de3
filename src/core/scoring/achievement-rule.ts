/**
 * Achievement of one indicator: a parsed target, the actual value and the policy's rules give a
 * percentage before the cap (DOMAIN.md §6.1). Pure functions; an impossible combination (a date
 * against a numeric target, an unknown rule) is a value with a bilingual message, not an exception.
 */
import type { ComparisonOp, Target } from '../target/target-ast.js';
import { normalizeNumber } from '../numbers/rounding.js';
import type { ScoringRules } from './policy.schema.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';
import { scoreDeadline, scoreGrowth } from './achievement-rule-time.js';
import {
  comparisonHolds, isHigherBetter, percentOf, reuseOutcome, RULE_KEYS, ruleFailure, ruleOutcome, type RuleKey, type RuleOutcome,
} from './rule-outcome.js';

export type { RuleKey, RuleOutcome } from './rule-outcome.js';

export type ActualValue = number | boolean | string;

export interface RuleInput {
  target: Target;
  actual: ActualValue;
  /** Previous year's value (growth, linear baseline) or the referenced year's value (relative targets). */
  reference?: number;
  /** The formula already computes a growth rate in percent (it reads the previous year itself). */
  rateFormula?: boolean;
  /** Share of the year's target due by now (0–1); 1 at year end or for targets that do not accumulate. */
  progress?: number;
  /** The indicator's own rule (indicator.scoringRule), overriding the policy. */
  override?: string;
}

const ALLOWED: Record<Target['kind'], readonly RuleKey[]> = {
  compare: ['ratio', 'linear_baseline', 'inverse_ratio', 'linear_decrease', 'binary', 'tolerance_band'],
  relative: ['ratio', 'linear_baseline', 'inverse_ratio', 'linear_decrease', 'binary', 'tolerance_band'],
  growth: ['growth_literal', 'growth_level', 'binary'],
  deadline: ['deadline_binary', 'deadline_reduction'],
  boolean: ['boolean'],
  range: ['range_binary', 'range_graded'],
  none: [],
  manual: ['manual'],
};

const ok = ruleOutcome;
const fail = ruleFailure;

function checkOverride(input: RuleInput): ScoringMessage | null {
  const { override, target } = input;
  if (override === undefined) return null;
  if (!(RULE_KEYS as readonly string[]).includes(override)) return scoringMessages.ruleUnknown(override);
  if (!ALLOWED[target.kind].includes(override as RuleKey)) return scoringMessages.ruleNotApplicable(override, target.kind);
  return null;
}

/** Achievement of a numeric target T under the comparison `op` (compare and relative targets). */
export function scoreComparison(op: ComparisonOp, actual: number, target: number, rules: ScoringRules,
  override?: RuleKey, baseline?: number): RuleOutcome {
  const met = comparisonHolds(op, actual, target);
  if (op === '=') return scoreEquality(actual, target, rules, override);
  const higher = isHigherBetter(op);
  const nonPositiveRule = rules.nonPositiveTarget.mode === 'binary' ? 'binary' : 'tolerance_band';
  const ratioLike = override === undefined || override === 'ratio' || override === 'inverse_ratio' || override === 'linear_decrease';
  // Ratios to a target of zero or below make no sense (DOMAIN.md §9: `<= 0` divides by zero).
  const rule = target <= 0 && ratioLike ? nonPositiveRule : override ?? (higher ? rules.atLeast : rules.atMost);
  switch (rule) {
    case 'binary': return ok('binary', met ? 100 : 0, met, target);
    case 'tolerance_band': {
      const gap = higher ? target - actual : actual - target;
      const band = rules.nonPositiveTarget.band ?? 0;
      const achievement = met || gap <= 0 ? 100 : band > 0 ? 100 - percentOf(gap, band) : 0;
      return ok('tolerance_band', achievement, met, target);
    }
    case 'linear_baseline': return scoreLinearBaseline(op, actual, target, baseline, met);
    case 'ratio':
      if (!higher) return ok('inverse_ratio', actual <= target ? 100 : percentOf(target, actual), met, target);
      return ok('ratio', percentOf(actual, target), met, target);
    case 'inverse_ratio':
      if (higher) return ok('ratio', percentOf(actual, target), met, target);
      return ok('inverse_ratio', actual <= target ? 100 : percentOf(target, actual), met, target);
    case 'linear_decrease': {
      if (higher || actual <= target) return ok('linear_decrease', higher ? percentOf(actual, target) : 100, met, target);
      const zeroAt = (target * rules.linearDecreaseZeroAt) / 100;
      return ok('linear_decrease', 100 - percentOf(actual - target, zeroAt), met, target);
    }
    default: return fail(scoringMessages.ruleNotApplicable(rule, 'compare'));
  }
}

function scoreEquality(actual: number, target: number, rules: ScoringRules, override?: RuleKey): RuleOutcome {
  const met = comparisonHolds('=', actual, target);
  if (met || override === 'binary') return ok('binary', met ? 100 : 0, met, target);
  if (target > 0 && rules.range === 'graded') {
    return ok('range_graded', actual <= target ? percentOf(actual, target) : percentOf(target, actual), met, target);
  }
  if (rules.nonPositiveTarget.mode === 'tolerance_band' && rules.nonPositiveTarget.band !== undefined) {
    return ok('tolerance_band', 100 - percentOf(Math.abs(actual - target), rules.nonPositiveTarget.band), met, target);
  }
  return ok('binary', 0, met, target);
}

function scoreLinearBaseline(op: ComparisonOp, actual: number, target: number, baseline: number | undefined, met: boolean): RuleOutcome {
  const higher = isHigherBetter(op);
  if (baseline === undefined) return ok('binary', met ? 100 : 0, met, target, [scoringMessages.baselineNotImprovement()]);
  const span = higher ? target - baseline : baseline - target;
  if (!(span > 0)) return ok('binary', met ? 100 : 0, met, target, [scoringMessages.baselineNotImprovement()]);
  const progress = higher ? actual - baseline : baseline - actual;
  return ok('linear_baseline', percentOf(progress, span), met, target);
}

/** The last range's text, kept: consecutive indicators usually share a range, and formatting numbers is slow. */
const lastRange = { min: Number.NaN, max: Number.NaN, text: '' };

/** A range as its outcome names it: `85–90`. */
export function rangeText(min: number, max: number): string {
  if (min !== lastRange.min || max !== lastRange.max) {
    lastRange.text = `${min}–${max}`;
    lastRange.min = min;
    lastRange.max = max;
  }
  return lastRange.text;
}

function scoreRange(min: number, max: number, actual: number, rules: ScoringRules, override?: RuleKey): RuleOutcome {
  const met = comparisonHolds('>=', actual, min) && comparisonHolds('<=', actual, max);
  const rule = override ?? (rules.range === 'graded' ? 'range_graded' : 'range_binary');
  const text = rangeText(min, max);
  if (met) return ok(rule, 100, true, text);
  if (rule === 'range_binary') return ok(rule, 0, false, text);
  if (actual < min) return ok(rule, min > 0 ? percentOf(actual, min) : 0, false, text);
  return ok(rule, max > 0 && actual > 0 ? percentOf(max, actual) : 0, false, text);
}

function asBoolean(actual: ActualValue): boolean | null {
  if (typeof actual === 'boolean') return actual;
  if (actual === 1 || actual === 0) return actual === 1;
  return null;
}

/**
 * The achievement (before cap and tolerance) of an actual against a target under the policy's rules.
 * Targets `none` and `manual` are not computed here: the caller handles them (no target, manual score).
 */
export function computeAchievement(input: RuleInput, rules: ScoringRules): RuleOutcome {
  const overrideError = checkOverride(input);
  if (overrideError) return fail(overrideError);
  const { target, actual } = input;
  const override = input.override as RuleKey | undefined;
  const progress = input.progress ?? 1;
  switch (target.kind) {
    case 'boolean': {
      const value = asBoolean(actual);
      if (value === null) return fail(scoringMessages.valueNotBoolean(String(actual)));
      const met = value === target.expected;
      return ok('boolean', met ? 100 : 0, met, target.expected);
    }
    case 'deadline':
      if (typeof actual !== 'string') return fail(scoringMessages.deadlineNeedsDate(String(actual)));
      return scoreDeadline(actual, target.date, rules, override);
    case 'none':
    case 'manual':
      return fail(scoringMessages.ruleNotApplicable('computed', target.kind));
    default:
      break;
  }
  if (typeof actual !== 'number') return fail(scoringMessages.valueNotNumber(String(actual)));
  switch (target.kind) {
    case 'compare':
      return scoreComparison(target.op, actual, scaled(target.value, progress), rules, override, scaledOptional(input.reference, progress));
    case 'relative':
      if (input.reference === undefined) return fail(scoringMessages.referenceMissing(0));
      return scoreComparison(target.op, actual, scaled(input.reference, progress), rules, override);
    case 'range':
      return scoreRange(scaled(target.min, progress), scaled(target.max, progress), actual, rules, override);
    case 'growth':
      return scoreGrowth({ op: target.op, percent: target.percent, actual, previous: scaledOptional(input.reference, progress),
        rateFormula: input.rateFormula === true, rules, override });
  }
}

const scaled = (value: number, progress: number): number => (progress === 1 ? value : normalizeNumber(value * progress));
const scaledOptional = (value: number | undefined, progress: number): number | undefined =>
  value === undefined ? undefined : scaled(value, progress);

/**
 * computeAchievement writing a success into `into` (reusableOutcome()) instead of a new object: for a
 * caller that reads the outcome before computing the next one (the scorer, a million times a run).
 */
export function computeAchievementInto(input: RuleInput, rules: ScoringRules, into: Extract<RuleOutcome, { ok: true }>): RuleOutcome {
  const previous = reuseOutcome(into);
  try {
    return computeAchievement(input, rules);
  } finally {
    reuseOutcome(previous);
  }
}
