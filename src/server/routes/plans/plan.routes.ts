/** GET /api/entities/:entityCode/plans and GET /api/entities/:entityCode/plans/:planCode. */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { getPlanSummary, listPlansWithYears } from '../../services/plan.js';
import { entityParams } from '../common.schema.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { resolvePlanFor } from './plan-access.js';
import { planList, planParams, planResponse, presentPlan, presentPlanItem } from './plan.schema.js';

const problems = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['plans'];

export async function planRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/plans', {
    schema: { tags, summary: 'The plans of an entity, each with its years and their status', params: entityParams, response: { 200: planList, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'plan.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const rows = await listPlansWithYears(db, entity.value.id);
    return { items: rows.map(({ plan, years }) => presentPlanItem(plan, years, actor)) };
  });

  routes.get('/api/entities/:entityCode/plans/:planCode', {
    schema: { tags, summary: 'A plan: header, years with their status, counts', params: planParams, response: { 200: planResponse, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'plan.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    return presentPlan(await getPlanSummary(db, found.value.plan), actor);
  });
}
