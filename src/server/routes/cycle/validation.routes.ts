/**
 * The end of the year: POST …/years/:year/validate (the OIV, with notes and the data-reliability
 * checklist), GET …/validation-sample (a reproducible sample of values with their evidence),
 * POST …/freeze (the STP stores the results as an immutable snapshot), GET …/snapshot and
 * POST …/recompute-check (the frozen year recomputed: identical or not, and where).
 */
import type { FastifyInstance } from 'fastify';
import { send } from '../../http/error-handler.js';
import { sampleValues, validateYear } from '../../services/cycle-validation.js';
import type { PlanYearRow } from '../../services/cycle-year.js';
import { checkRecompute, findSnapshot, freezeYear } from '../../services/snapshot.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { cycleProblems, entityAbility, resolveCycle, sendCycleFailure, yearParams } from './cycle-access.js';
import { planYearResponse, presentPlanYear, versionBody, yearLabelOf } from './cycle.schema.js';
import {
  presentAttachment, presentSnapshot, presentValue, recomputeResponse, sampleQuery, sampleResponse, snapshotResponse, validateBody,
} from './validation.schema.js';

const tags = ['cycle'];
const presentYear = (row: PlanYearRow) => presentPlanYear(row, yearLabelOf(row.status));

export async function validationRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const base = '/api/entities/:entityCode/plans/:planCode/years/:year';

  routes.post(`${base}/validate`, {
    schema: {
      tags, summary: 'Validate a closed year (OIV) with notes and the data-reliability checklist: closed → validated',
      params: yearParams, body: validateBody, response: { 200: planYearResponse, ...cycleProblems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const { version, notes, checklist, sample } = request.body;
    const result = await validateYear(db, {
      plan: found.value.plan, year: request.params.year, version, notes, checklist, sample,
      allows: entityAbility(caller.actor, found.value.entity.id), actor: auditActorOf(caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result, presentYear);
    return presentYear(result.value);
  });

  routes.get(`${base}/validation-sample`, {
    schema: {
      tags, summary: 'A reproducible sample of the year\'s submitted and validated values, with their evidence (OIV, STP, SG, validatori)',
      params: yearParams, querystring: sampleQuery, response: { 200: sampleResponse, ...cycleProblems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const allows = entityAbility(actor, found.value.entity.id);
    if (!allows('evidence.read')) return send(request, reply, 'forbidden');
    const sample = await sampleValues(db, found.value.plan, request.params.year, request.query.size, request.query.seed);
    if (!sample.ok) return sendCycleFailure(request, reply, sample);
    return {
      seed: sample.value.seed, population: sample.value.population,
      items: sample.value.items.map((item) => ({ value: presentValue(item.value), attachments: item.attachments.map(presentAttachment) })),
    };
  });

  routes.post(`${base}/freeze`, {
    schema: {
      tags, summary: 'Freeze a validated year (stp): the results are stored as an immutable snapshot (ScoredPlan, policy, plan fingerprint)',
      params: yearParams, body: versionBody, response: { 200: planYearResponse, ...cycleProblems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const result = await freezeYear(db, {
      entity: found.value.entity, plan: found.value.plan, year: request.params.year, version: request.body.version,
      allows: entityAbility(caller.actor, found.value.entity.id), actor: auditActorOf(caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result, presentYear);
    return presentYear(result.value);
  });

  routes.get(`${base}/snapshot`, {
    schema: { tags, summary: 'The frozen results of the year', params: yearParams, response: { 200: snapshotResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('plan.read')) return send(request, reply, 'forbidden');
    const snapshot = await findSnapshot(db, found.value.plan, request.params.year);
    if (!snapshot.ok) return sendCycleFailure(request, reply, snapshot);
    return presentSnapshot(snapshot.value);
  });

  routes.post(`${base}/recompute-check`, {
    schema: {
      tags, summary: 'Recompute a frozen year and compare with the frozen results (identical, reproducible, inputs unchanged, differences)',
      params: yearParams, response: { 200: recomputeResponse, ...cycleProblems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('plan.read')) return send(request, reply, 'forbidden');
    const check = await checkRecompute(db, found.value.plan, request.params.year);
    if (!check.ok) return sendCycleFailure(request, reply, check);
    return check.value;
  });
}
