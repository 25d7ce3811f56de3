/**
 * The card policy (individual evaluation part of the SMVP) of an entity's year:
 *   GET /api/entities/:entityCode/card-policies/:year   the policy in force (revision 0 = the default), any member
 *   PUT /api/entities/:entityCode/card-policies/:year   saves the next revision (stp, system admin; audited; stale → 409)
 * Component weights per role, behaviour dictionary and rating scale, tolerance, appeal days, fund bands.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { abilitiesFor, can, type Actor } from '../../../core/authorization/index.js';
import { cardPolicySchema } from '../../../core/evaluation/card-policy.schema.js';
import { send } from '../../http/error-handler.js';
import { problemSchema, type ProblemTable } from '../../http/problem.js';
import { getCardPolicyRevision, saveCardPolicy, type CardPolicyRevision } from '../../services/card-policy.js';
import { findVisibleEntity } from '../../services/entity.js';
import { abilities, codeParam } from '../common.schema.js';
import { auditActorOf, callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { CARD_PROBLEMS } from './cards.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema, 500: problemSchema };
const tags = ['cards'];

const params = z.strictObject({ entityCode: codeParam, year: z.coerce.number().int().min(1990).max(2100) });

const saveBody = z.strictObject({
  baseRevision: z.number().int().min(0).describe('The revision edited (0 = the default policy); another save in between gets 409 version_conflict'),
  note: z.string().trim().max(2000).nullable().optional().describe('Why the policy changes (kept in the audit trail)'),
  policy: z.record(z.string(), z.unknown()).describe('The card policy (cardPolicySchema); validated with located errors'),
});

const response = z.object({
  entityCode: z.string(),
  year: z.number().int(),
  revision: z.number().int().describe('0 = nothing saved for the year: the default card policy'),
  isDefault: z.boolean(),
  savedAt: z.string().nullable(),
  policy: cardPolicySchema,
  abilities,
}).meta({ id: 'CardPolicyRevision' });

const POLICY_PROBLEMS: Partial<ProblemTable<string>> = {
  ...CARD_PROBLEMS,
  card_policy_invalid_input: {
    status: 400,
    messages: {
      it: 'Il sistema di valutazione delle schede contiene valori non validi: correggi i campi indicati.',
      en: 'The card policy has invalid values: correct the fields shown.',
    },
  },
};

function present(entity: { id: string; code: string }, year: number, revision: CardPolicyRevision, actor: Actor): z.infer<typeof response> {
  return {
    entityCode: entity.code, year, revision: revision.revision, isDefault: revision.revision === 0,
    savedAt: revision.savedAt?.toISOString() ?? null, policy: revision.policy,
    abilities: abilitiesFor(actor, { entityId: entity.id }).filter((action) => action.startsWith('card.') || action === 'fund.manage'),
  };
}

export async function cardPolicyRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/card-policies/:year', {
    schema: { tags, summary: 'The card policy in force for the year (revision 0 = the default): component weights, behaviours, scale, fund bands', params, response: { 200: response, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    const current = await getCardPolicyRevision(db, entity.value.id, request.params.year);
    if (!current.ok) return sendFailure(request, reply, POLICY_PROBLEMS, current);
    return present(entity.value, request.params.year, current.value, actor);
  });

  routes.put('/api/entities/:entityCode/card-policies/:year', {
    schema: { tags, summary: 'Save the year\'s card policy as the next revision (stp, system admin); a stale baseRevision gets 409 with the revision in force', params, body: saveBody, response: { 200: response, ...problems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'card.manage', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { baseRevision, policy, note } = request.body;
    const saved = await saveCardPolicy(db, {
      entityId: entity.value.id, year: request.params.year, baseRevision, policy, note: note ?? null, actor: auditActorOf(caller),
    });
    if (!saved.ok) return sendFailure(request, reply, POLICY_PROBLEMS, saved);
    return present(entity.value, request.params.year, saved.value, caller.actor);
  });
}
