/**
 * Calibration of individual evaluations: every card of the year scored now (the organisational scores
 * computed once), and the distribution of the scores per evaluator and per unit with the flat-rating
 * flags of the pure `differentiationReport` — before the final proposals are submitted. A card whose
 * final score is frozen (proposed, or decided on appeal) counts with that score.
 */
import { scoreCard, type CardResult } from '../../core/evaluation/card-scoring.js';
import { differentiationReport, type DifferentiationReport } from '../../core/evaluation/differentiation.js';
import { cardSourceFromScoredPlan } from '../../core/evaluation/scored-plan-source.js';
import type { Queryable } from '../db/database.js';
import type { CardCaller } from './card-access.js';
import { findCardPolicy } from './card-policy.js';
import { findPlanForYear, listCards, type CardScoreFailure, type CardView } from './card.js';
import type { EntityRow } from './entity.js';
import { computePlanScores } from './scores.js';
import { ok, type Result } from './result.js';

export interface CalibrationCard { view: CardView; result: CardResult }

export interface Calibration {
  cards: CalibrationCard[];
  byEvaluator: DifferentiationReport;
  byUnit: DifferentiationReport;
}

/** The frozen final score replaces the live one once the evaluator has proposed it. */
function withFrozenScore(result: CardResult, view: CardView): CardResult {
  const final = view.workflow.finalScore;
  if (!final || final.raw === null) return result;
  return { ...result, state: 'scored', raw: final.raw, adjusted: final.adjusted ?? final.raw, rounded: { raw: final.raw, adjusted: final.adjusted ?? final.raw } };
}

export async function computeCalibration(
  db: Queryable, caller: CardCaller, entity: EntityRow, year: number,
): Promise<Result<Calibration, CardScoreFailure>> {
  const plan = await findPlanForYear(db, entity.id, year);
  if (!plan.ok) return plan;
  const views = await listCards(db, caller, entity, year);
  if (!views.ok) return views;
  const scores = await computePlanScores(db, entity, plan.value, { year });
  if (!scores.ok) return scores;
  const policy = await findCardPolicy(db, entity.id, year);
  if (!policy.ok) return policy;
  const source = cardSourceFromScoredPlan(scores.value.scored);
  const cards = views.value.map((view) => ({ view, result: withFrozenScore(scoreCard(view.card, source, policy.value), view) }));
  const results = cards.map((card) => card.result);
  return ok({
    cards,
    byEvaluator: differentiationReport(results, { by: 'evaluator' }),
    byUnit: differentiationReport(results, { by: 'unit' }),
  });
}
