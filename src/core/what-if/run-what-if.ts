/**
 * The whole what-if as one pure call: the plan scored under the saved policy and under the proposed
 * one for the same year (or monitoring period), the evaluation cards of the year scored on each result
 * (year end only), and the comparison.
 */
import type { CardPolicy } from '../evaluation/card-policy.schema.js';
import type { Plan } from '../plan/plan.schema.js';
import type { ScoringPolicy } from '../scoring/policy.schema.js';
import { scorePlan, type ScoringOptions } from '../scoring/score-plan.js';
import type { ScoredPlan } from '../scoring/scored-plan.js';
import { scoreCardsForComparison } from './card-comparison.js';
import { compareScoredPlans, type WhatIfComparison } from './what-if.js';

export interface WhatIfRun {
  before: ScoredPlan;
  after: ScoredPlan;
  comparison: WhatIfComparison;
}

export function runWhatIf(plan: Plan, saved: ScoringPolicy, proposed: ScoringPolicy, options: ScoringOptions, cardPolicy: CardPolicy): WhatIfRun {
  const before = scorePlan(plan, saved, options);
  const after = scorePlan(plan, proposed, options);
  const cards = before.interim ? null : {
    before: scoreCardsForComparison(plan.cards, before, saved, cardPolicy),
    after: scoreCardsForComparison(plan.cards, after, proposed, cardPolicy),
  };
  return { before, after, comparison: compareScoredPlans(before, after, cards) };
}
