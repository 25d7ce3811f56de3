/**
 * The editor's preview: the achievement a trial value would get against the year's target under the
 * policy's rules (the engine's own rule function, run in the browser), capped as the policy says.
 * Nothing here is saved; the server's scoring stays the reference.
 */
import type { IndicatorUnit } from '../../../core/plan/plan.schema.js';
import type { ScoringRules } from '../../../core/scoring/policy.schema.js';
import { computeAchievement, type ActualValue, type RuleKey } from '../../../core/scoring/achievement-rule.js';
import type { Target } from '../../../core/target/target-ast.js';
import { isoDate, isValidDate } from '../../../core/target/target-dates.js';
import { parseItalianNumber } from '../../../core/target/italian-number.js';

export interface PreviewPolicy { rules: ScoringRules; cap: number }

export type PreviewResult =
  | { kind: 'achievement'; achievement: number; rule: RuleKey; capped: boolean }
  | { kind: 'no_target' }
  | { kind: 'manual' }
  | { kind: 'invalid_value' }
  | { kind: 'failed'; message: { it: string; en: string } };

/** A trial value as typed: SI/NO, a date gg/mm/aaaa, or a signed Italian number (a trailing % is allowed). */
export function parseTrialValue(text: string): ActualValue | undefined {
  const trimmed = text.trim();
  if (/^(si|sì|yes)$/i.test(trimmed)) return true;
  if (/^no$/i.test(trimmed)) return false;
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (date) {
    const [day, month, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return isValidDate(year, month, day) ? isoDate(year, month, day) : undefined;
  }
  const number = /^([+-]?)\s*([\d.,]+)\s*%?$/.exec(trimmed);
  if (!number) return undefined;
  const parsed = parseItalianNumber(number[2]!);
  if (!parsed.ok) return undefined;
  return number[1] === '-' ? -parsed.value : parsed.value;
}

export interface PreviewInput {
  target: Target;
  trial: ActualValue;
  /** The previous year's value (growth and relative targets) or the baseline (linear_baseline). */
  reference?: number;
  rateFormula: boolean;
  override?: string;
  unit?: IndicatorUnit;
}

export function previewAchievement(input: PreviewInput, policy: PreviewPolicy): PreviewResult {
  if (input.target.kind === 'none') return { kind: 'no_target' };
  if (input.target.kind === 'manual') return { kind: 'manual' };
  const outcome = computeAchievement({
    target: input.target, actual: input.trial, rateFormula: input.rateFormula,
    ...(input.reference !== undefined ? { reference: input.reference } : {}),
    ...(input.override ? { override: input.override } : {}),
  }, policy.rules);
  if (!outcome.ok) return { kind: 'failed', message: { it: outcome.error.it, en: outcome.error.en } };
  const capped = outcome.achievement > policy.cap;
  return { kind: 'achievement', achievement: capped ? policy.cap : outcome.achievement, rule: outcome.rule, capped };
}

/** Whether the target needs an earlier value to be scored (growth, relative to an earlier year). */
export function needsReference(target: Target, rateFormula: boolean): boolean {
  return (target.kind === 'growth' && !rateFormula) || target.kind === 'relative';
}
