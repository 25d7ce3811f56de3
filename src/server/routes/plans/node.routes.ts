/** GET /api/…/plans/:planCode/nodes, GET and PATCH /api/…/plans/:planCode/nodes/:nodeCode. */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema, type ProblemTable } from '../../http/problem.js';
import { findNode, listNodes, nodeScope, updateNode, type NodeRow } from '../../services/node.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { nodeList, nodeParams, nodePatchBody, nodeResponse, presentNode } from './node.schema.js';
import { resolvePlan, resolvePlanFor } from './plan-access.js';
import { planParams } from './plan.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['plans'];

export const NODE_PROBLEMS: ProblemTable<'invalid_references'> = {
  invalid_references: {
    status: 400,
    messages: { it: 'Alcuni codici indicati non esistono.', en: 'Some of the given codes do not exist.' },
  },
};

export async function nodeRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/plans/:planCode/nodes', {
    schema: { tags, summary: 'The nodes of a plan, flat, in code order', params: planParams, response: { 200: nodeList, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'node.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { rows, scopes } = await listNodes(db, found.value.plan);
    return { items: rows.map((row) => presentNode(row, scopes.get(row.code) ?? [], actor)) };
  });

  routes.get('/api/entities/:entityCode/plans/:planCode/nodes/:nodeCode', {
    schema: { tags, summary: 'One node', params: nodeParams, response: { 200: nodeResponse, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlan(db, actor, request.params);
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const node = await findNode(db, found.value.plan, request.params.nodeCode);
    if (!node.ok) return sendFailure(request, reply, {}, node);
    if (!can(actor, 'node.read', { entityId: found.value.entity.id, unitIds: node.value.unitIds })) return send(request, reply, 'forbidden');
    return presentNode(node.value.row, node.value.unitIds, actor);
  });

  routes.patch('/api/entities/:entityCode/plans/:planCode/nodes/:nodeCode', {
    schema: {
      tags, summary: 'Change a node (stp; dirigente for the nodes of their areas); stale version → 409 with the current node',
      params: nodeParams, body: nodePatchBody, response: { 200: nodeResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolvePlan(db, caller.actor, request.params);
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const node = await findNode(db, found.value.plan, request.params.nodeCode);
    if (!node.ok) return sendFailure(request, reply, {}, node);
    const { unitIds } = node.value;
    if (!can(caller.actor, 'node.update', { entityId: found.value.entity.id, unitIds })) return send(request, reply, 'forbidden');
    const { version, ...changes } = request.body;
    const result = await updateNode(db, { plan: found.value.plan, nodeId: node.value.row.id, version, changes, actor: auditActorOf(caller) });
    if (!result.ok) return sendFailure(request, reply, NODE_PROBLEMS, presentCurrent(result, (row: NodeRow) => presentNode(row, unitIds, caller.actor)));
    const scopeAfter = changes.units ? await nodeScope(db, found.value.plan, result.value.code) : unitIds;
    return presentNode(result.value, scopeAfter, caller.actor);
  });
}
