/**
 * The input of a document from a plan and a policy: scores the plan for the year with the engine,
 * then the plan's evaluation cards of that year on those results (scoreCard). The CLI, the tests and
 * the benchmark all build their documents through here, so the numbers are always the engine's.
 */
import { cardPolicySchema, type CardPolicy } from '../core/evaluation/card-policy.schema.js';
import { scoreCard } from '../core/evaluation/card-scoring.js';
import { cardSourceFromScoredPlan } from '../core/evaluation/scored-plan-source.js';
import type { Plan } from '../core/plan/plan.schema.js';
import type { ScoringPolicy } from '../core/scoring/policy.schema.js';
import { scorePlan } from '../core/scoring/score-plan.js';
import type { NarrativeRecord } from './drafting/narrative.js';
import type { DocumentInput, EntityProfile, PlanRevision } from './model/document-input.js';
import type { DocumentLocale } from './model/document-model.js';

export interface PlanDocumentOptions {
  plan: Plan;
  policy: ScoringPolicy;
  year: number;
  locale: DocumentLocale;
  /** Card policy; default: the card policy defaults with the scoring policy's rounding. */
  cardPolicy?: CardPolicy;
  narrative?: NarrativeRecord[];
  profile?: EntityProfile;
  revisions?: PlanRevision[];
}

export function documentInputFromPlan(options: PlanDocumentOptions): DocumentInput {
  const { plan, policy, year, locale } = options;
  const scored = scorePlan(plan, policy, { year });
  const cardPolicy = options.cardPolicy ?? cardPolicySchema.parse({ rounding: policy.rounding });
  const cards = plan.cards.filter((card) => card.year === year);
  const source = cardSourceFromScoredPlan(scored);
  const cardResults = cards.map((card) => scoreCard(card, source, cardPolicy));
  return {
    plan, scored, policy, cards, cardResults, cardPolicy, locale,
    ...(options.narrative ? { narrative: options.narrative } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.revisions && options.revisions.length > 0 ? { revisions: options.revisions } : {}),
  };
}
