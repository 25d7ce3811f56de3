/**
 * Data entry and validation: GET …/years/:year/periods/:periodCode/grid (the entry grid), PUT
 * …/periods/:periodCode/values/:measureCode (enter or correct a draft), GET …/values/:valueId (with
 * evidence and what the caller may do), POST …/values/:valueId/submit | withdraw | validate | reject |
 * reopen. Who may do what is the value machine's answer for the measure's units.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can, canSomewhere, type Actor } from '../../../core/authorization/index.js';
import type { ValueTransition } from '../../../core/cycle/index.js';
import { send } from '../../http/error-handler.js';
import { listAttachments } from '../../services/attachment.js';
import { findPeriod } from '../../services/cycle-period.js';
import { enterValue, transitionValue } from '../../services/value-entry.js';
import { allowedTransitions, buildGrid } from '../../services/value-entry-grid.js';
import { loadValueContext, type ValueRow } from '../../services/value-entry-slot.js';
import { codeParam } from '../common.schema.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { cycleProblems, entityAbility, periodParams, resolveCycle, sendCycleFailure, unitAbility, valueParams } from './cycle-access.js';
import { enterBody, gridQuery, gridResponse, presentGrid, reasonBody, transitionBody, valueDetail } from './value.schema.js';
import { presentAttachment, presentValue, valueResponse } from './validation.schema.js';

const tags = ['values'];

/** Callers limited to their units (referenti, dirigenti) see their rows by default. */
function defaultMine(actor: Actor, entityId: string): boolean {
  const entityWide = can(actor, 'value.enter', { entityId }) || can(actor, 'value.validate', { entityId });
  return !entityWide && (canSomewhere(actor, 'value.enter', entityId) || canSomewhere(actor, 'value.validate', entityId));
}

export async function valueRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const periodBase = '/api/entities/:entityCode/plans/:planCode/years/:year/periods/:periodCode';
  const valueBase = '/api/entities/:entityCode/plans/:planCode/values/:valueId';

  routes.get(`${periodBase}/grid`, {
    schema: { tags, summary: 'The data entry grid of a period: measures, current values with provenance, previous values, targets, provisional interim achievement and status, what the caller may do', params: periodParams, querystring: gridQuery, response: { 200: gridResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const { entity, plan } = found.value;
    if (!entityAbility(actor, entity.id)('measure.read')) return send(request, reply, 'forbidden');
    const period = await findPeriod(db, plan, request.params.year, request.params.periodCode);
    if (!period.ok) return sendCycleFailure(request, reply, period);
    const mine = request.query.mine === undefined ? defaultMine(actor, entity.id) : request.query.mine === 'true';
    const grid = await buildGrid(db, { entity, plan, period: period.value, can: unitAbility(actor, entity.id), mine });
    if (!grid.ok) return sendCycleFailure(request, reply, grid);
    return presentGrid(grid.value);
  });

  routes.put(`${periodBase}/values/:measureCode`, {
    schema: {
      tags, summary: 'Enter or correct the value of a measure for the period (a draft): referenti for their units\' measures while the campaign is open; a validated value is locked (409)',
      params: periodParams.extend({ measureCode: codeParam }), body: enterBody, response: { 200: valueResponse, ...cycleProblems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const { entity, plan } = found.value;
    const period = await findPeriod(db, plan, request.params.year, request.params.periodCode);
    if (!period.ok) return sendCycleFailure(request, reply, period);
    const { value, note, source, version } = request.body;
    const result = await enterValue(db, {
      plan, entityCode: entity.code, period: period.value, measureCode: request.params.measureCode, value, note, source, version,
      actor: auditActorOf(caller), can: unitAbility(caller.actor, entity.id),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result, presentValue);
    return presentValue(result.value);
  });

  routes.get(valueBase, {
    schema: { tags, summary: 'A measured value with its evidence and what the caller may do with it', params: valueParams, response: { 200: valueDetail, ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const { entity, plan } = found.value;
    if (!entityAbility(actor, entity.id)('measure.read')) return send(request, reply, 'forbidden');
    const loaded = await loadValueContext(db, plan, request.params.valueId, false);
    if (!loaded.ok) return sendCycleFailure(request, reply, loaded);
    const { row, context } = loaded.value;
    const allows = (action: Parameters<typeof can>[1]) => can(actor, action, { entityId: entity.id, unitIds: context.unitIds });
    return { ...presentValue(row), attachments: (await listAttachments(db, plan, row.id)).map(presentAttachment), can: allowedTransitions(row, context, allows) };
  });

  const transitionRoute = (transition: Exclude<ValueTransition, 'enter'>, summary: string, body: typeof transitionBody | typeof reasonBody) =>
    routes.post(`${valueBase}/${transition}`, { schema: { tags, summary, params: valueParams, body, response: { 200: valueResponse, ...cycleProblems } } }, async (request, reply) => {
      const caller = callerOf(request);
      const found = await resolveCycle(db, caller.actor, request.params);
      if (!found.ok) return sendCycleFailure(request, reply, found);
      const reason = 'reason' in request.body ? (request.body as z.infer<typeof reasonBody>).reason : undefined;
      const result = await transitionValue(db, {
        plan: found.value.plan, entityCode: found.value.entity.code, valueId: request.params.valueId, transition, version: request.body.version, reason,
        actor: auditActorOf(caller), can: unitAbility(caller.actor, found.value.entity.id),
      });
      if (!result.ok) return sendCycleFailure(request, reply, result, (row: ValueRow) => presentValue(row));
      return presentValue(result.value);
    });
  transitionRoute('submit', 'Submit a draft for validation (whoever enters the measure\'s data); the validators are notified', transitionBody);
  transitionRoute('withdraw', 'Withdraw a submission back to draft', transitionBody);
  transitionRoute('validate', 'Validate a submitted value (the unit\'s dirigente, the SG, a validatore): it becomes locked', transitionBody);
  transitionRoute('reject', 'Reject a submitted value with a reason; whoever entered it is notified', reasonBody);
  transitionRoute('reopen', 'Reopen a validated value with a reason (SG, stp), audited', reasonBody);
}
