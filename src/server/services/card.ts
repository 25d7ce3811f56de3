/**
 * Evaluation cards of an entity for a year, read side: the plan covering the year holds the cards
 * (`evaluation_cards`), their workflow lives in `evaluation_card_workflows`. Every read is filtered by
 * what the caller may see (card-access.ts); a card of the entity the caller may not see is `forbidden`
 * (403, decision 0003: the caller is a member of the entity). Scoring calls the pure `scoreCard` over the plan's ScoredPlan.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { allowedCardActions, appealDeadline, newCardWorkflow, type CardAction, type CardRelation, type CardWorkflow } from '../../core/evaluation/card-workflow.js';
import type { EvaluationCard } from '../../core/evaluation/card.schema.js';
import { scoreCard, type CardResult } from '../../core/evaluation/card-scoring.js';
import { cardSourceFromScoredPlan } from '../../core/evaluation/scored-plan-source.js';
import type { Queryable } from '../db/database.js';
import { evaluationCards, evaluationCardWorkflows, plans } from '../db/schema.js';
import { cardOf } from '../repositories/plan-rows.js';
import { canSeeCard, cardRelationsOf, type CardCaller } from './card-access.js';
import { findCardPolicy } from './card-policy.js';
import type { EntityRow } from './entity.js';
import { computePlanScores } from './scores.js';
import { fail, ok, type Result } from './result.js';

export type PlanRow = typeof plans.$inferSelect;
export type CardRow = typeof evaluationCards.$inferSelect;
export type WorkflowRow = typeof evaluationCardWorkflows.$inferSelect;

export interface CardView {
  row: CardRow;
  card: EvaluationCard;
  workflowRow: WorkflowRow | undefined;
  workflow: CardWorkflow;
  relations: CardRelation[];
  actions: CardAction[];
  canEdit: boolean;
  appealDeadline: string | undefined;
}

/** The most recent plan covering the year (rolling three-year plans overlap). */
export async function findPlanForYear(db: Queryable, entityId: string, year: number): Promise<Result<PlanRow, 'plan_not_found'>> {
  const rows = await db.select().from(plans)
    .where(and(eq(plans.entityId, entityId), lte(plans.firstYear, year), gte(plans.lastYear, year)))
    .orderBy(asc(plans.firstYear), asc(plans.code));
  const row = rows.at(-1);
  return row ? ok(row) : fail('plan_not_found', { detail: `no plan covers ${year}` });
}

export function workflowOf(row: WorkflowRow | undefined): CardWorkflow {
  if (!row) return newCardWorkflow();
  return { ...(row.workflow as Omit<CardWorkflow, 'state'>), state: row.state as CardWorkflow['state'] };
}

export function buildCardView(caller: CardCaller, entityId: string, row: CardRow, workflowRow: WorkflowRow | undefined): CardView {
  const card = cardOf(row);
  const workflow = workflowOf(workflowRow);
  const relations = cardRelationsOf(caller, entityId, card, workflow);
  const editable = ['draft', 'assigned', 'acknowledged', 'mid_year_checked'].includes(workflow.state);
  return {
    row, card, workflowRow, workflow, relations,
    actions: allowedCardActions(workflow, relations),
    canEdit: editable && (relations.includes('evaluator') || relations.includes('manager')),
    appealDeadline: appealDeadline(workflow),
  };
}

async function loadCardRows(db: Queryable, entityId: string, planId: string, year: number, code?: string): Promise<{ row: CardRow; workflowRow: WorkflowRow | undefined }[]> {
  const cardFilter = and(eq(evaluationCards.entityId, entityId), eq(evaluationCards.planId, planId), eq(evaluationCards.year, year),
    code === undefined ? undefined : eq(evaluationCards.code, code));
  const rows = await db.select().from(evaluationCards).where(cardFilter).orderBy(asc(evaluationCards.position), asc(evaluationCards.code));
  const workflows = await db.select().from(evaluationCardWorkflows)
    .where(and(eq(evaluationCardWorkflows.entityId, entityId), eq(evaluationCardWorkflows.planId, planId)));
  return rows.map((row) => ({ row, workflowRow: workflows.find((w) => w.cardCode === row.code) }));
}

/** The cards of the year the caller may see; `mine` keeps only the caller's own cards (La mia performance). */
export async function listCards(
  db: Queryable, caller: CardCaller, entity: EntityRow, year: number, options: { mine?: boolean } = {},
): Promise<Result<CardView[], 'plan_not_found'>> {
  const plan = await findPlanForYear(db, entity.id, year);
  if (!plan.ok) return plan;
  const views = (await loadCardRows(db, entity.id, plan.value.id, year))
    .map(({ row, workflowRow }) => buildCardView(caller, entity.id, row, workflowRow))
    .filter((view) => (options.mine ? view.relations.includes('person') : canSeeCard(caller, entity.id, view.relations)));
  return ok(views);
}

export async function getCard(
  db: Queryable, caller: CardCaller, entity: EntityRow, year: number, code: string,
): Promise<Result<{ plan: PlanRow; view: CardView }, 'plan_not_found' | 'card_not_found' | 'forbidden'>> {
  const plan = await findPlanForYear(db, entity.id, year);
  if (!plan.ok) return plan;
  const [found] = await loadCardRows(db, entity.id, plan.value.id, year, code);
  if (!found) return fail('card_not_found', { detail: `card ${code} of ${year}` });
  const view = buildCardView(caller, entity.id, found.row, found.workflowRow);
  // Within the entity a card the caller may not see is 403 (decision 0003); other entities' cards are 404 before this.
  if (!canSeeCard(caller, entity.id, view.relations)) return fail('forbidden', { detail: `card ${code} of ${year}` });
  return ok({ plan: plan.value, view });
}

export type CardScoreFailure = 'plan_not_found' | 'card_not_found' | 'forbidden' | 'card_policy_invalid' | 'policy_invalid' | 'year_outside_plan' | 'period_not_found' | 'not_found';

/** The card's live score: the pure engine over the plan's ScoredPlan of the year, under the year's card policy. */
export async function computeCardResult(db: Queryable, entity: EntityRow, plan: PlanRow, card: EvaluationCard): Promise<Result<CardResult, CardScoreFailure>> {
  const scores = await computePlanScores(db, entity, plan, { year: card.year });
  if (!scores.ok) return scores;
  const policy = await findCardPolicy(db, entity.id, card.year);
  if (!policy.ok) return policy;
  return ok(scoreCard(card, cardSourceFromScoredPlan(scores.value.scored), policy.value));
}

export async function scoreVisibleCard(
  db: Queryable, caller: CardCaller, entity: EntityRow, year: number, code: string,
): Promise<Result<{ view: CardView; result: CardResult }, CardScoreFailure>> {
  const found = await getCard(db, caller, entity, year, code);
  if (!found.ok) return found;
  const result = await computeCardResult(db, entity, found.value.plan, found.value.view.card);
  if (!result.ok) return result;
  return ok({ view: found.value.view, result: result.value });
}
