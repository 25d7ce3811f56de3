/**
 * The plan lint: every defect of DOMAIN.md §9 that a plan shows, with its location and an explanation
 * in Italian and English. It includes the plan's validation issues and the lint of the plan's
 * evaluation cards, so one call gives the full list.
 */
import { lintCards } from '../evaluation/card-lint.js';
import type { CardPolicy } from '../evaluation/card-policy.schema.js';
import { sortIssues } from '../plan/plan-issue.js';
import { validatePlan } from '../plan/plan-validation.js';
import type { Plan } from '../plan/plan.schema.js';
import type { ScoringPolicy } from '../scoring/policy.schema.js';
import { checkBaselines } from './baseline-check.js';
import { checkBudgets } from './budget-check.js';
import { checkFormulas } from './formula-check.js';
import { buildLintContext } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';
import { checkScales } from './scale-check.js';
import { checkScoringRules } from './scoring-rule-check.js';
import { checkTargets } from './target-check.js';
import { checkWeights } from './weight-check.js';

export type { LintFinding } from './lint-finding.js';

export interface LintOptions {
  /** The policy that will score the plan; the default policy of DOMAIN.md §6 when absent. */
  policy?: ScoringPolicy;
  /** The card policy, for the checks of the evaluation cards that depend on it. */
  cardPolicy?: CardPolicy;
}

const checks: LintCheck[] = [checkWeights, checkBudgets, checkFormulas, checkTargets, checkScales, checkScoringRules, checkBaselines];

/** Findings sorted errors first, then in document order. */
export function lintPlan(plan: Plan, options: LintOptions = {}): LintFinding[] {
  const context = buildLintContext(plan, options.policy);
  return sortIssues([
    ...validatePlan(plan),
    ...checks.flatMap((check) => check(context)),
    ...lintCards(plan.cards, plan, options.cardPolicy),
  ]);
}
