/**
 * Evaluation cards, write side: create or update a card (the stp, or the card's evaluator while the
 * card is still editable), and take a workflow step. Each is one transaction with the version check
 * (stale → version_conflict with the current state) and an audit entry naming the acting user.
 */
import { eq, max } from 'drizzle-orm';
import { applyCardTransition, CARD_EDITABLE_STATES, newCardWorkflow, type CardAction, type CardWorkflow, type CardWorkflowFailure } from '../../core/evaluation/card-workflow.js';
import { lintCards, type CardIssue } from '../../core/evaluation/card-lint.js';
import type { EvaluationCard } from '../../core/evaluation/card.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { evaluationCards, evaluationCardWorkflows } from '../db/schema.js';
import { updateWithVersion } from '../db/versioned-update.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { cardRow } from '../repositories/plan-rows.js';
import { cardRelationsOf, type CardCaller } from './card-access.js';
import { findCardPolicy } from './card-policy.js';
import { buildCardView, computeCardResult, findPlanForYear, getCard, workflowOf, type CardScoreFailure, type CardView } from './card.js';
import type { EntityRow } from './entity.js';
import { fail, ok, type Result } from './result.js';

export interface SaveCardInput {
  card: EvaluationCard;
  /** The version read; absent to create. */
  version?: number;
  appealDays?: number;
  reviewer?: string;
}

export type SaveCardFailure =
  | 'plan_not_found' | 'card_not_found' | 'card_exists' | 'forbidden' | 'card_locked' | 'card_invalid' | 'card_policy_invalid'
  | 'version_conflict' | 'not_found';

function workflowData(workflow: CardWorkflow): Omit<CardWorkflow, 'state'> {
  const { state: _state, ...rest } = workflow;
  return rest;
}

async function checkCard(db: Db, entity: EntityRow, planCode: string, card: EvaluationCard): Promise<Result<CardIssue[], 'card_invalid' | 'card_policy_invalid'>> {
  const plan = await loadPlan(db, entity.id, planCode);
  if (!plan) return fail('card_invalid', { detail: `plan ${planCode} is gone` });
  const policy = await findCardPolicy(db, entity.id, card.year);
  if (!policy.ok) return policy;
  const issues = lintCards([card], { ...plan, cards: [] }, policy.value);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    return fail('card_invalid', { errors: errors.map((issue) => ({ path: issue.location.path, code: issue.code, messages: issue.message })) });
  }
  return ok(issues);
}

/** Creates the card (with its workflow in draft) or updates it; returns the card as the caller now sees it, and the lint warnings. */
export async function saveCard(
  db: Db, caller: CardCaller, audit: AuditActor, entity: EntityRow, input: SaveCardInput,
): Promise<Result<{ view: CardView; warnings: CardIssue[] }, SaveCardFailure>> {
  const { card } = input;
  const plan = await findPlanForYear(db, entity.id, card.year);
  if (!plan.ok) return plan;
  const existing = await getCard(db, caller, entity, card.year, card.code);
  if (!existing.ok && existing.code === 'forbidden') return fail('forbidden');
  if (input.version === undefined) {
    if (existing.ok) return fail('card_exists', { detail: `card ${card.code}` });
    const relations = cardRelationsOf(caller, entity.id, card, undefined);
    if (!relations.includes('manager') && !relations.includes('evaluator')) return fail('forbidden');
  } else {
    if (!existing.ok) return fail('card_not_found', { detail: `card ${card.code}` });
    // The stored card decides who may edit it (never the payload): its evaluator or the stp.
    if (!existing.value.view.relations.some((relation) => relation === 'manager' || relation === 'evaluator')) return fail('forbidden');
    if (!CARD_EDITABLE_STATES.includes(existing.value.view.workflow.state)) return fail('card_locked', { detail: existing.value.view.workflow.state });
  }
  const checked = await checkCard(db, entity, plan.value.code, card);
  if (!checked.ok) return checked;
  const policy = await findCardPolicy(db, entity.id, card.year);
  if (!policy.ok) return policy;
  const scope = { entityId: entity.id, planId: plan.value.id };
  return db.transaction(async (tx) => {
    let row;
    if (input.version === undefined) {
      const [last] = await tx.select({ position: max(evaluationCards.position) }).from(evaluationCards).where(eq(evaluationCards.planId, plan.value.id));
      [row] = await tx.insert(evaluationCards).values(cardRow(scope, card, (last?.position ?? 0) + 1)).returning();
      await appendAudit(tx, { actor: audit, entityId: entity.id, objectType: 'evaluation_card', objectId: row!.id, action: 'create', after: row });
      const workflow = newCardWorkflow(input.appealDays ?? policy.value.appealDays, input.reviewer);
      const [created] = await tx.insert(evaluationCardWorkflows).values({
        ...scope, cardCode: card.code, year: card.year, state: workflow.state, workflow: workflowData(workflow),
      }).returning();
      await appendAudit(tx, { actor: audit, entityId: entity.id, objectType: 'evaluation_card_workflow', objectId: created!.id, action: 'create', after: created });
      return ok({ view: buildCardView(caller, entity.id, row!, created), warnings: checked.value });
    }
    const { code: _code, year: _year, role: _role, ...changes } = cardRow(scope, card, existing.ok ? existing.value.view.row.position : 0);
    const updated = await updateWithVersion(tx, evaluationCards, {
      id: existing.ok ? existing.value.view.row.id : '', entityId: entity.id, expectedVersion: input.version,
      changes: { ...changes, role: card.role }, actor: audit, objectType: 'evaluation_card',
    });
    if (!updated.ok) return updated;
    let workflowRow = existing.ok ? existing.value.view.workflowRow : undefined;
    if (workflowRow && (input.appealDays !== undefined || input.reviewer !== undefined)) {
      const workflow = { ...workflowOf(workflowRow), ...(input.appealDays !== undefined ? { appealDays: input.appealDays } : {}), ...(input.reviewer !== undefined ? { reviewer: input.reviewer } : {}) };
      const saved = await updateWithVersion(tx, evaluationCardWorkflows, {
        id: workflowRow.id, entityId: entity.id, expectedVersion: workflowRow.version, changes: { workflow: workflowData(workflow) },
        actor: audit, objectType: 'evaluation_card_workflow',
      });
      if (!saved.ok) return saved;
      workflowRow = saved.value;
    }
    return ok({ view: buildCardView(caller, entity.id, updated.value, workflowRow), warnings: checked.value });
  });
}

export interface CardTransitionRequest {
  year: number;
  code: string;
  action: CardAction;
  /** The workflow version read. */
  version: number;
  note?: string;
  outcome?: 'accepted' | 'rejected';
  /** The score decided on appeal (accepted); adjusted defaults to raw. */
  score?: { raw: number; adjusted?: number };
}

export type CardTransitionFailure = CardWorkflowFailure | CardScoreFailure | 'version_conflict';

/** One workflow step. The final proposal freezes the card's score as the engine computes it now. */
export async function transitionCard(
  db: Db, caller: CardCaller, audit: AuditActor, entity: EntityRow, request: CardTransitionRequest, now: Date = new Date(),
): Promise<Result<CardView, CardTransitionFailure>> {
  const found = await getCard(db, caller, entity, request.year, request.code);
  if (!found.ok) return found;
  const { view, plan } = found.value;
  let score: { raw: number | null; adjusted: number | null } | undefined;
  if (request.action === 'propose_final' && view.actions.includes('propose_final')) {
    const result = await computeCardResult(db, entity, plan, view.card);
    if (!result.ok) return result;
    score = { raw: result.value.rounded.raw, adjusted: result.value.rounded.adjusted };
  } else if (request.score) {
    score = { raw: request.score.raw, adjusted: request.score.adjusted ?? request.score.raw };
  }
  const applied = applyCardTransition(view.workflow, {
    action: request.action,
    ...(request.note !== undefined ? { note: request.note } : {}),
    ...(request.outcome !== undefined ? { outcome: request.outcome } : {}),
    ...(score ? { score } : {}),
  }, { relations: view.relations, username: caller.username, now: now.toISOString() });
  if (!applied.ok) return fail(applied.code);
  const next = applied.value;
  return db.transaction(async (tx) => {
    let workflowRow = view.workflowRow;
    if (!workflowRow) {
      // A card imported with the plan has no workflow row yet: it starts in draft.
      [workflowRow] = await tx.insert(evaluationCardWorkflows).values({
        entityId: entity.id, planId: plan.id, cardCode: view.card.code, year: view.card.year, state: 'draft', workflow: workflowData(newCardWorkflow()),
      }).returning();
    }
    const saved = await updateWithVersion(tx, evaluationCardWorkflows, {
      id: workflowRow!.id, entityId: entity.id, expectedVersion: view.workflowRow ? request.version : workflowRow!.version,
      changes: { state: next.state, workflow: workflowData(next) }, actor: audit,
      objectType: 'evaluation_card_workflow', action: `workflow.${request.action}`,
    });
    if (!saved.ok) return fail('version_conflict', { detail: saved.detail, current: saved.current });
    return ok(buildCardView(caller, entity.id, view.row, saved.value));
  });
}
