/**
 * Scoring policies (SMVP) of an entity's year:
 *   GET  /api/entities/:entityCode/policies/:year                      the policy in force (latest revision or the default)
 *   GET  /api/entities/:entityCode/policies/:year/revisions            the saved revisions, newest first
 *   GET  /api/entities/:entityCode/policies/:year/revisions/:revision  one revision (0 = the default)
 *   PUT  /api/entities/:entityCode/policies/:year                      saves a new revision (stp, system admin; audited)
 */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { getCurrentPolicy, getPolicyRevision, listPolicyRevisions, savePolicyRevision, type PolicyRevision } from '../../services/policy.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { POLICY_PROBLEMS } from './policy.errors.js';
import {
  policyParams, policyResponse, policyRevisionList, policyRevisionParams, policySaveBody, presentPolicy, presentRevisionInfo,
} from './policy.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 500: problemSchema };
const tags = ['policies'];

export async function policyRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/policies/:year', {
    schema: {
      tags, summary: 'The scoring policy in force for the year: the latest saved revision, or the default policy (revision 0)',
      params: policyParams, response: { 200: policyResponse, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'policy.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const current = await getCurrentPolicy(db, entity.value, request.params.year);
    if (!current.ok) return sendFailure(request, reply, POLICY_PROBLEMS, current);
    return presentPolicy(entity.value, request.params.year, current.value, actor);
  });

  routes.get('/api/entities/:entityCode/policies/:year/revisions', {
    schema: {
      tags, summary: 'The saved revisions of the year\'s scoring policy, newest first (append-only history)',
      params: policyParams, response: { 200: policyRevisionList, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'policy.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const revisions = await listPolicyRevisions(db, entity.value.id, request.params.year);
    return { items: revisions.map(presentRevisionInfo) };
  });

  routes.get('/api/entities/:entityCode/policies/:year/revisions/:revision', {
    schema: {
      tags, summary: 'One revision of the year\'s scoring policy (0 = the default policy)',
      params: policyRevisionParams, response: { 200: policyResponse, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'policy.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { year, revision } = request.params;
    const found = await getPolicyRevision(db, entity.value, year, revision);
    if (!found.ok) return sendFailure(request, reply, POLICY_PROBLEMS, found);
    return presentPolicy(entity.value, year, found.value, actor);
  });

  routes.put('/api/entities/:entityCode/policies/:year', {
    schema: {
      tags, summary: 'Save the year\'s scoring policy as a new revision (stp, system admin). Earlier revisions are kept; a stale baseRevision gets 409',
      params: policyParams, body: policySaveBody, response: { 200: policyResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'policy.update', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { year } = request.params;
    const { baseRevision, note, policy } = request.body;
    const result = await savePolicyRevision(db, {
      entity: entity.value, year, baseRevision, note: note ?? null, policy, actor: auditActorOf(caller),
    });
    const present = (revision: PolicyRevision) => presentPolicy(entity.value, year, revision, caller.actor);
    if (!result.ok) return sendFailure(request, reply, POLICY_PROBLEMS, presentCurrent(result, present));
    return present(result.value);
  });
}
