/**
 * The vocabulary shared by the achievement rules: rule keys, the outcome value, and the exact
 * comparison and percentage helpers.
 */
import type { ComparisonOp } from '../target/target-ast.js';
import { normalizeNumber } from '../numbers/rounding.js';
import type { ScoringMessage } from './scoring-messages.js';

export const RULE_KEYS = [
  'ratio', 'linear_baseline', 'inverse_ratio', 'linear_decrease', 'binary', 'tolerance_band',
  'growth_literal', 'growth_level', 'deadline_binary', 'deadline_reduction', 'boolean',
  'range_binary', 'range_graded', 'manual',
] as const;
export type RuleKey = typeof RULE_KEYS[number];

export type EffectiveTarget = number | string | boolean | null;

export type RuleOutcome =
  | { ok: true; rule: RuleKey; achievement: number; met: boolean; effectiveTarget: EffectiveTarget; notes: ScoringMessage[] }
  | { ok: false; error: ScoringMessage };

/** Does `actual op target` hold? Compared at 15 significant digits, so 0,1 + 0,2 >= 0,3 holds. */
export function comparisonHolds(op: ComparisonOp, actual: number, target: number): boolean {
  // Only values this close can differ by a binary artefact; the rest compare as they are.
  const close = Math.abs(actual - target) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(target));
  const a = close ? normalizeNumber(actual) : actual;
  const t = close ? normalizeNumber(target) : target;
  switch (op) {
    case '>=': return a >= t;
    case '>': return a > t;
    case '<=': return a <= t;
    case '<': return a < t;
    case '=': return a === t;
  }
}

export const isHigherBetter = (op: ComparisonOp): boolean => op === '>=' || op === '>';

/** The percentage a·100/b, normalised to 15 significant digits, never below 0. */
export function percentOf(a: number, b: number): number {
  const value = normalizeNumber((a * 100) / b);
  return value > 0 ? value : 0;
}

const NO_NOTES: ScoringMessage[] = Object.freeze([]) as unknown as ScoringMessage[];

type Success = Extract<RuleOutcome, { ok: true }>;

/**
 * The object a successful rule writes into instead of allocating one, while a caller that reads the
 * outcome at once asks for it (computeAchievementInto in achievement-rule.ts): a full recompute then
 * creates no object per indicator. Null the rest of the time: every outcome is a fresh object.
 */
let reused: Success | null = null;

/** Makes successful outcomes be written into `into` (null: fresh objects again); returns the previous setting. */
export function reuseOutcome(into: Success | null): Success | null {
  const previous = reused;
  reused = into;
  return previous;
}

/** A writable successful outcome, for reuseOutcome. */
export function reusableOutcome(): Success {
  return { ok: true, rule: 'ratio', achievement: 0, met: false, effectiveTarget: null, notes: NO_NOTES };
}

export function ruleOutcome(rule: RuleKey, achievement: number, met: boolean, effectiveTarget: EffectiveTarget,
  notes: ScoringMessage[] = NO_NOTES): RuleOutcome {
  const value = achievement > 0 ? normalizeNumber(achievement) : 0;
  if (reused === null) return { ok: true, rule, achievement: value, met, effectiveTarget, notes };
  reused.rule = rule;
  reused.achievement = value;
  reused.met = met;
  reused.effectiveTarget = effectiveTarget;
  reused.notes = notes;
  return reused;
}

export const ruleFailure = (error: ScoringMessage): RuleOutcome => ({ ok: false, error });
