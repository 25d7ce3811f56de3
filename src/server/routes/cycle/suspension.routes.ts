/**
 * Suspensions (sterilizzazioni): GET and POST …/years/:year/suspensions, POST
 * …/suspensions/:suspensionId/lift (with a reason). STP and SG; the scores leave suspended items out.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actSchema } from '../../../core/plan/plan.schema.js';
import { send } from '../../http/error-handler.js';
import { liftSuspension, listSuspensions, suspend, type SuspensionRow } from '../../services/cycle-suspension.js';
import { codeParam, listOf, version } from '../common.schema.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { cycleProblems, entityAbility, resolveCycle, sendCycleFailure, suspensionParams, yearParams } from './cycle-access.js';
import { reasonText } from './cycle.schema.js';

const tags = ['suspensions'];

const suspensionResponse = z.object({
  id: z.string().uuid(), target: z.object({ kind: z.enum(['indicator', 'node']), code: z.string() }), year: z.number().int(),
  reason: z.string(), act: z.unknown().nullable(), createdAt: z.string(), version: z.number().int(),
}).meta({ id: 'Suspension' });

const suspendBody = z.strictObject({
  target: z.strictObject({ kind: z.enum(['indicator', 'node']), code: codeParam }),
  reason: reasonText,
  act: actSchema.optional().describe('The act deciding the suspension'),
});

function presentSuspension(row: SuspensionRow): z.infer<typeof suspensionResponse> {
  return {
    id: row.id, target: { kind: row.targetKind as 'indicator' | 'node', code: row.targetCode }, year: row.year, reason: row.reason,
    act: row.act ?? null, createdAt: row.createdAt.toISOString(), version: row.version,
  };
}

export async function suspensionRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const byYear = '/api/entities/:entityCode/plans/:planCode/years/:year/suspensions';

  routes.get(byYear, { schema: { tags, summary: 'Suspended indicators and objectives of the year', params: yearParams, response: { 200: listOf(suspensionResponse), ...cycleProblems } } }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('plan.read')) return send(request, reply, 'forbidden');
    return { items: (await listSuspensions(db, found.value.plan, request.params.year)).map(presentSuspension) };
  });

  routes.post(byYear, {
    schema: { tags, summary: 'Suspend an indicator or objective for the year, with a reason and the act (stp, sg)', params: yearParams, body: suspendBody, response: { 201: suspensionResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(caller.actor, found.value.entity.id)('suspension.manage')) return send(request, reply, 'forbidden');
    const result = await suspend(db, { plan: found.value.plan, year: request.params.year, ...request.body, actor: auditActorOf(caller) });
    if (!result.ok) return sendCycleFailure(request, reply, result);
    return reply.code(201).send(presentSuspension(result.value));
  });

  routes.post('/api/entities/:entityCode/plans/:planCode/suspensions/:suspensionId/lift', {
    schema: {
      tags, summary: 'Lift a suspension with a reason (stp, sg)', params: suspensionParams,
      body: z.strictObject({ version, reason: reasonText }), response: { 200: suspensionResponse, ...cycleProblems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(caller.actor, found.value.entity.id)('suspension.manage')) return send(request, reply, 'forbidden');
    const result = await liftSuspension(db, {
      plan: found.value.plan, suspensionId: request.params.suspensionId, version: request.body.version, reason: request.body.reason, actor: auditActorOf(caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result, presentSuspension);
    return presentSuspension(result.value);
  });
}
