/**
 * What-if of a scoring policy on a stored plan: the plan scored for a year (or monitoring period)
 * under the policy in force and under a proposed one, compared by the pure core. Nothing is written.
 * Cards are scored with the entity's stored card policy of the year on both sides, so only the scoring policy differs.
 */
import type { ScoringPolicyInput } from '../../core/scoring/policy.schema.js';
import { runWhatIf, type WhatIfComparison } from '../../core/what-if/index.js';
import type { Queryable } from '../db/database.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { findCardPolicy } from './card-policy.js';
import { getCurrentPolicy, parseProposedPolicy, type PolicyOwner } from './policy.js';
import { fail, ok, type Result } from './result.js';

interface PlanRef { code: string; firstYear: number; lastYear: number }

export type WhatIfCode = 'card_policy_invalid' | 'not_found' | 'year_outside_plan' | 'period_not_found' | 'policy_invalid' | 'policy_invalid_input';

export interface WhatIfResult {
  comparison: WhatIfComparison;
  /** The revision in force (0 = the default policy) and the number the proposal would get if saved. */
  revisions: { current: number; proposed: number };
}

export async function computeWhatIf(db: Queryable, entity: PolicyOwner, plan: PlanRef, input: {
  year: number; period?: string;
  policy: Omit<ScoringPolicyInput, 'meta'> & { meta?: Partial<ScoringPolicyInput['meta']> };
}): Promise<Result<WhatIfResult, WhatIfCode>> {
  const { year, period } = input;
  if (year < plan.firstYear || year > plan.lastYear) return fail('year_outside_plan', { detail: `year ${year} outside ${plan.firstYear}-${plan.lastYear}` });
  const current = await getCurrentPolicy(db, entity, year);
  if (!current.ok) return current;
  const proposedRevision = current.value.revision + 1;
  const proposed = parseProposedPolicy(entity, year, proposedRevision, input.policy);
  if (!proposed.ok) return proposed;
  const model = await loadPlan(db, entity.id, plan.code);
  if (!model) return fail('not_found', { detail: `plan ${plan.code}` });
  if (period !== undefined && !model.periods.some((p) => p.code === period && p.year === year)) {
    return fail('period_not_found', { detail: `period ${period} of ${year}` });
  }
  const options = period === undefined ? { year } : { year, period };
  const cardPolicy = await findCardPolicy(db, entity.id, year);
  if (!cardPolicy.ok) return cardPolicy;
  const { comparison } = runWhatIf(model, current.value.policy, proposed.value, options, cardPolicy.value);
  return ok({ comparison, revisions: { current: current.value.revision, proposed: proposedRevision } });
}
