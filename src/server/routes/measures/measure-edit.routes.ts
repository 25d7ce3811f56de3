/**
 * GET /api/…/plans/:planCode/measures/:measureCode (the measure and the indicators using it) and
 * PATCH of the same (stp: measures belong to the plan, so `plan.update`); stale version → 409.
 */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import type { MeasureRow } from '../../services/measure.js';
import { findMeasure, listMeasureUses, updateMeasure } from '../../services/measure-update.js';
import { resolvePlan, resolvePlanFor } from '../plans/plan-access.js';
import { auditActorOf, callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { measureDetail, measureParams, measurePatchBody, presentMeasureDetail } from './measure-edit.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['plans'];

export async function measureEditRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/plans/:planCode/measures/:measureCode', {
    schema: { tags, summary: 'One measure, with the indicators whose formula uses it', params: measureParams, response: { 200: measureDetail, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'measure.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const measure = await findMeasure(db, found.value.plan, request.params.measureCode);
    if (!measure.ok) return sendFailure(request, reply, {}, measure);
    return presentMeasureDetail(measure.value, await listMeasureUses(db, found.value.plan, measure.value), actor);
  });

  routes.patch('/api/entities/:entityCode/plans/:planCode/measures/:measureCode', {
    schema: {
      tags, summary: 'Change a measure (stp); stale version → 409 with the current measure',
      params: measureParams, body: measurePatchBody, response: { 200: measureDetail, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolvePlan(db, caller.actor, request.params);
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { plan, entity } = found.value;
    const measure = await findMeasure(db, plan, request.params.measureCode);
    if (!measure.ok) return sendFailure(request, reply, {}, measure);
    if (!can(caller.actor, 'plan.update', { entityId: entity.id })) return send(request, reply, 'forbidden');
    const { version, ...changes } = request.body;
    const result = await updateMeasure(db, { plan, measureId: measure.value.id, version, changes, actor: auditActorOf(caller) });
    if (!result.ok && result.code === 'version_conflict') {
      const current = result.current as MeasureRow;
      const present = presentMeasureDetail(current, await listMeasureUses(db, plan, current), caller.actor);
      return sendFailure(request, reply, {}, { ...result, current: present });
    }
    if (!result.ok) return sendFailure(request, reply, {}, result);
    return presentMeasureDetail(result.value, await listMeasureUses(db, plan, result.value), caller.actor);
  });
}
