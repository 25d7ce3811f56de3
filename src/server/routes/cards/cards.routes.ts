/**
 * Evaluation cards: list (what the caller may see), "La mia performance" (the caller's own cards), one
 * card with its workflow and the steps the caller may take, create/update, the live score with its
 * explanation, and workflow steps. Any member of the entity may call them: what each sees is decided
 * per card (the person, the evaluator, the reviewer, and stp/sg/oiv for every card).
 */
import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { getCard, listCards, scoreVisibleCard, type CardRow, type WorkflowRow } from '../../services/card.js';
import { cardOf } from '../../repositories/plan-rows.js';
import { saveCard, transitionCard } from '../../services/card-write.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { entityParams } from '../common.schema.js';
import {
  CARD_PROBLEMS, cardListResponse, cardParams, cardResponse, cardScoreResponse, presentCard, saveCardBody, saveCardResponse, transitionBody, yearQuery,
} from './cards.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema, 500: problemSchema };
const tags = ['cards'];

export async function cardRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  const cardCaller = (request: Parameters<typeof callerOf>[0]) => {
    const caller = callerOf(request);
    return { caller, cardCaller: { actor: caller.actor, username: caller.user.username } };
  };

  routes.get('/api/entities/:entityCode/cards', {
    schema: { tags, summary: 'Evaluation cards of a year the caller may see (own, evaluated, reviewed; all for stp, sg and oiv)', params: entityParams, querystring: yearQuery, response: { 200: cardListResponse, ...problems } },
  }, async (request, reply) => {
    const { caller, cardCaller: who } = cardCaller(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    const result = await listCards(db, who, entity.value, request.query.year);
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, result);
    return { year: request.query.year, items: result.value.map(presentCard) };
  });

  routes.get('/api/entities/:entityCode/my-cards', {
    schema: { tags, summary: 'La mia performance: the caller\'s own evaluation cards of a year', params: entityParams, querystring: yearQuery, response: { 200: cardListResponse, ...problems } },
  }, async (request, reply) => {
    const { caller, cardCaller: who } = cardCaller(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    const result = await listCards(db, who, entity.value, request.query.year, { mine: true });
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, result);
    return { year: request.query.year, items: result.value.map(presentCard) };
  });

  routes.get('/api/entities/:entityCode/cards/:cardCode', {
    schema: { tags, summary: 'One evaluation card with its workflow and the steps the caller may take', params: cardParams, querystring: yearQuery, response: { 200: cardResponse, ...problems } },
  }, async (request, reply) => {
    const { caller, cardCaller: who } = cardCaller(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    const result = await getCard(db, who, entity.value, request.query.year, request.params.cardCode);
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, result);
    return presentCard(result.value.view);
  });

  routes.put('/api/entities/:entityCode/cards/:cardCode', {
    schema: { tags, summary: 'Create (no version) or update an evaluation card: the stp, or the card\'s evaluator while the card is editable', params: cardParams, body: saveCardBody, response: { 200: saveCardResponse, ...problems } },
  }, async (request, reply) => {
    const { caller, cardCaller: who } = cardCaller(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (request.body.card.code !== request.params.cardCode) return sendFailure(request, reply, CARD_PROBLEMS, { ok: false, code: 'card_code_mismatch' });
    const { card, version, appealDays, reviewer } = request.body;
    const result = await saveCard(db, who, auditActorOf(caller), entity.value, {
      card, ...(version !== undefined ? { version } : {}), ...(appealDays !== undefined ? { appealDays } : {}), ...(reviewer !== undefined ? { reviewer } : {}),
    });
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, presentCurrent(result, (row: CardRow) => ({ code: row.code, year: row.year, version: row.version, card: cardOf(row) })));
    const warnings = result.value.warnings.map((issue) => ({ code: issue.code, path: issue.location.path, message: issue.message }));
    return { ...presentCard(result.value.view), warnings };
  });

  routes.get('/api/entities/:entityCode/cards/:cardCode/score', {
    schema: { tags, summary: 'The card\'s score computed now over the plan\'s organisational results, with its explanation', params: cardParams, querystring: yearQuery, response: { 200: cardScoreResponse, ...problems } },
  }, async (request, reply) => {
    const { caller, cardCaller: who } = cardCaller(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    const scored = await scoreVisibleCard(db, who, entity.value, request.query.year, request.params.cardCode);
    if (!scored.ok) return sendFailure(request, reply, CARD_PROBLEMS, scored);
    const { result, view } = scored.value;
    return {
      code: view.card.code, year: view.card.year, state: result.state, raw: result.raw, adjusted: result.adjusted, rounded: result.rounded,
      finalScore: view.workflow.finalScore ?? null,
      components: result.components as unknown as Record<string, unknown>[],
      problems: result.problems as unknown as Record<string, unknown>[],
      explanation: result.explanation as unknown as Record<string, unknown>,
    };
  });

  routes.post('/api/entities/:entityCode/cards/:cardCode/transitions', {
    schema: { tags, summary: 'A workflow step of the card (assign, acknowledge, mid_year_check, propose_final, acknowledge_final, appeal, decide_appeal, close)', params: cardParams, body: transitionBody, response: { 200: cardResponse, ...problems } },
  }, async (request, reply) => {
    const { caller, cardCaller: who } = cardCaller(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    const { year, action, version, note, outcome, score } = request.body;
    const result = await transitionCard(db, who, auditActorOf(caller), entity.value, {
      year, code: request.params.cardCode, action, version,
      ...(note !== undefined ? { note } : {}), ...(outcome !== undefined ? { outcome } : {}), ...(score !== undefined ? { score } : {}),
    });
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, presentCurrent(result, (row: WorkflowRow) => ({ state: row.state, version: row.version, workflow: row.workflow })));
    return presentCard(result.value);
  });
}
