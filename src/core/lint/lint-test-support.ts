/** Test support for the lint checks: the findings of a plan as `code@path`, and the findings of one code. */
import type { Plan } from '../plan/plan.schema.js';
import type { ScoringPolicy } from '../scoring/policy.schema.js';
import { lintPlan, type LintFinding } from './lint-plan.js';

export function lintCodes(plan: Plan, policy?: ScoringPolicy): string[] {
  return lintPlan(plan, policy === undefined ? {} : { policy }).map((finding) => `${finding.code}@${finding.location.path}`);
}

export function findingsWith(plan: Plan, code: string, policy?: ScoringPolicy): LintFinding[] {
  return lintPlan(plan, policy === undefined ? {} : { policy }).filter((finding) => finding.code === code);
}
