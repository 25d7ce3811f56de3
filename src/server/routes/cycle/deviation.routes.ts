/**
 * Deviations at a period: GET …/years/:year/periods/:periodCode/deviations (indicators below target or
 * at risk, with the explanation recorded) and PUT …/deviations/:indicatorCode (cause class,
 * explanation, corrective action, owner) by whoever explains deviations for the indicator's units.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can } from '../../../core/authorization/index.js';
import { DEVIATION_CAUSES, DEVIATION_CAUSE_LABELS, INTERIM_STATUSES, type DeviationCause } from '../../../core/cycle/index.js';
import { send } from '../../http/error-handler.js';
import { findPeriod } from '../../services/cycle-period.js';
import { listDeviations, recordDeviation, type DeviationRow } from '../../services/deviation.js';
import { findIndicator } from '../../services/indicator.js';
import { codeParam, listOf, version } from '../common.schema.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { cycleProblems, entityAbility, periodParams, resolveCycle, sendCycleFailure } from './cycle-access.js';
import { messages } from './cycle.schema.js';

const tags = ['deviations'];

const deviationRecord = z.object({
  id: z.string().uuid(), indicator: z.string(), year: z.number().int(), period: z.string(),
  causeClass: z.enum(DEVIATION_CAUSES), causeLabel: messages, explanation: z.string(), correctiveAction: z.string().nullable(), owner: z.string().nullable(),
  enteredBy: z.string().nullable(), updatedAt: z.string(), version: z.number().int(),
}).meta({ id: 'Deviation' });

const deviationItem = z.object({
  indicator: z.object({ code: z.string(), name: z.string(), node: z.string(), state: z.string(), value: z.unknown(), achievement: z.number().nullable(), target: z.string().nullable() }),
  required: z.boolean().describe('The indicator is below target (year end) or at risk / critical (during the year)'),
  status: z.enum(INTERIM_STATUSES).nullable(),
  deviation: deviationRecord.nullable(),
});

const deviationBody = z.strictObject({
  causeClass: z.enum(DEVIATION_CAUSES).describe('endogenous (within the body), exogenous (outside it), indicator_definition'),
  explanation: z.string().trim().min(1).max(8000),
  correctiveAction: z.string().max(8000).nullable().optional(),
  owner: z.string().max(300).nullable().optional().describe('Who owns the corrective action'),
  version: version.optional().describe('Version of the recorded deviation, when there is one'),
});

function presentDeviation(row: DeviationRow): z.infer<typeof deviationRecord> {
  const cause = row.causeClass as DeviationCause;
  return {
    id: row.id, indicator: row.indicatorCode, year: row.year, period: row.periodCode, causeClass: cause, causeLabel: DEVIATION_CAUSE_LABELS[cause],
    explanation: row.explanation, correctiveAction: row.correctiveAction, owner: row.owner, enteredBy: row.enteredBy, updatedAt: row.updatedAt.toISOString(), version: row.version,
  };
}

export async function deviationRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const base = '/api/entities/:entityCode/plans/:planCode/years/:year/periods/:periodCode/deviations';

  routes.get(base, {
    schema: { tags, summary: 'Indicators needing a deviation explanation at the period (official scores), with what was recorded', params: periodParams, response: { 200: listOf(deviationItem), ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('indicator.read')) return send(request, reply, 'forbidden');
    const period = await findPeriod(db, found.value.plan, request.params.year, request.params.periodCode);
    if (!period.ok) return sendCycleFailure(request, reply, period);
    const items = await listDeviations(db, found.value.entity, found.value.plan, period.value);
    if (!items.ok) return sendCycleFailure(request, reply, items);
    return {
      items: items.value.map(({ indicator: { rounded, ...indicator }, need, deviation }) => ({
        indicator: { ...indicator, achievement: rounded }, required: need.required, status: need.status,
        deviation: deviation ? presentDeviation(deviation) : null,
      })),
    };
  });

  routes.put(`${base}/:indicatorCode`, {
    schema: { tags, summary: 'Record or update the explanation of a deviation (stp, sg; dirigenti and referenti for their units\' indicators)', params: periodParams.extend({ indicatorCode: codeParam }), body: deviationBody, response: { 200: deviationRecord, ...cycleProblems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const { entity, plan } = found.value;
    const indicator = await findIndicator(db, plan, request.params.indicatorCode);
    if (!indicator.ok) return sendCycleFailure(request, reply, indicator);
    const period = await findPeriod(db, plan, request.params.year, request.params.periodCode);
    if (!period.ok) return sendCycleFailure(request, reply, period);
    const { version: expected, ...content } = request.body;
    const unitIds = indicator.value.unitIds;
    const result = await recordDeviation(db, {
      entity, plan, period: period.value, indicatorCode: request.params.indicatorCode, content, version: expected,
      allows: (action) => can(caller.actor, action, { entityId: entity.id, unitIds }), actor: auditActorOf(caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result, presentDeviation);
    return presentDeviation(result.value);
  });
}
