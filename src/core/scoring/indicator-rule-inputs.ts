/**
 * What an indicator's rule needs besides the actual value: the year of the earlier value it compares
 * against (and whether the baseline stands for it), and the target actually applied when it differs
 * from the written one. (The share of a target due during the year is decided per target, source-cache.ts.)
 */
import type { Indicator } from '../plan/plan.schema.js';
import type { Target } from '../target/target-ast.js';
import type { CompiledPlan } from './compiled-plan.js';
import { rangeText } from './achievement-rule.js';
import type { EffectiveTarget, RuleKey } from './rule-outcome.js';

/** Which earlier value the rule needs: the previous year (growth, linear baseline) or a given year (relative). */
export function referenceYear(cp: CompiledPlan, target: Target, rule: RuleKey | undefined, rate: boolean): number | null {
  if (target.kind === 'growth') return rate ? null : cp.year - 1;
  if (target.kind === 'relative') return target.ref.kind === 'offset' ? cp.year + target.ref.offset : target.ref.year;
  if (target.kind !== 'compare') return null;
  const higher = target.op === '>=' || target.op === '>';
  const wanted = rule ?? (higher ? cp.policy.rules.atLeast : cp.policy.rules.atMost);
  return wanted === 'linear_baseline' ? cp.year - 1 : null;
}

/**
 * The year an indicator's baseline stands for: its own `year`, or — when the plan does not say — the
 * year before the plan's first year (the starting value written into the plan, DOMAIN.md §3).
 */
export function baselineYear(cp: CompiledPlan, indicator: Indicator): number {
  return indicator.baseline?.year ?? cp.plan.plan.firstYear - 1;
}

/** The baseline as the value of `year`, when it is a number standing for that year. */
export function baselineFor(cp: CompiledPlan, indicator: Indicator, year: number): number | undefined {
  const value = indicator.baseline?.value;
  return typeof value === 'number' && baselineYear(cp, indicator) === year ? value : undefined;
}

/** The target actually applied, when it differs from the text: pro-rated, growth level, a relative year's value. */
export function appliedTarget(target: Target, effective: EffectiveTarget, rule: RuleKey): EffectiveTarget {
  switch (target.kind) {
    case 'compare': return effective === target.value ? null : effective;
    case 'range': return effective === rangeText(target.min, target.max) ? null : effective;
    case 'growth': return rule === 'growth_level' ? effective : null;
    case 'relative': return effective;
    default: return null;
  }
}
