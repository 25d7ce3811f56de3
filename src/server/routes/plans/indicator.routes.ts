/** GET /api/…/plans/:planCode/indicators, GET and PATCH /api/…/plans/:planCode/indicators/:indicatorCode. */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema, type ProblemTable } from '../../http/problem.js';
import { findIndicator, listIndicators, updateIndicator, type IndicatorRow } from '../../services/indicator.js';
import { listNodes } from '../../services/node.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { indicatorList, indicatorParams, indicatorPatchBody, indicatorResponse, presentIndicator } from './indicator.schema.js';
import { resolvePlan, resolvePlanFor } from './plan-access.js';
import { planParams } from './plan.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['plans'];

export const INDICATOR_PROBLEMS: ProblemTable<'invalid_language'> = {
  invalid_language: {
    status: 400,
    messages: { it: 'La formula o un target non sono scritti correttamente.', en: 'The formula or a target is not written correctly.' },
  },
};

export async function indicatorRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/plans/:planCode/indicators', {
    schema: { tags, summary: 'The indicators of a plan, flat, in code order', params: planParams, response: { 200: indicatorList, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'indicator.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const rows = await listIndicators(db, found.value.plan);
    const { scopes } = await listNodes(db, found.value.plan);
    return { items: rows.map((row) => presentIndicator(row, scopes.get(row.nodeCode) ?? [], actor)) };
  });

  routes.get('/api/entities/:entityCode/plans/:planCode/indicators/:indicatorCode', {
    schema: { tags, summary: 'One indicator', params: indicatorParams, response: { 200: indicatorResponse, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlan(db, actor, request.params);
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const indicator = await findIndicator(db, found.value.plan, request.params.indicatorCode);
    if (!indicator.ok) return sendFailure(request, reply, {}, indicator);
    const { row, unitIds } = indicator.value;
    if (!can(actor, 'indicator.read', { entityId: found.value.entity.id, unitIds })) return send(request, reply, 'forbidden');
    return presentIndicator(row, unitIds, actor);
  });

  routes.patch('/api/entities/:entityCode/plans/:planCode/indicators/:indicatorCode', {
    schema: {
      tags, summary: 'Change an indicator (stp; dirigente for their areas); formula and targets are checked; stale version → 409',
      params: indicatorParams, body: indicatorPatchBody, response: { 200: indicatorResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolvePlan(db, caller.actor, request.params);
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const indicator = await findIndicator(db, found.value.plan, request.params.indicatorCode);
    if (!indicator.ok) return sendFailure(request, reply, {}, indicator);
    const { row, unitIds } = indicator.value;
    if (!can(caller.actor, 'indicator.update', { entityId: found.value.entity.id, unitIds })) return send(request, reply, 'forbidden');
    const { version, ...changes } = request.body;
    const result = await updateIndicator(db, { plan: found.value.plan, indicatorId: row.id, version, changes, actor: auditActorOf(caller) });
    const present = (current: IndicatorRow) => presentIndicator(current, unitIds, caller.actor);
    if (!result.ok) return sendFailure(request, reply, INDICATOR_PROBLEMS, presentCurrent(result, present));
    return present(result.value);
  });
}
