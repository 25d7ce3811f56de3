/**
 * The plan year's lifecycle: GET …/years/:year/cycle (status, next transitions with what blocks them,
 * periods and campaigns, revisions, validation, snapshot); POST …/approve (with the act),
 * …/start-monitoring, …/close, …/reopen (with a reason); GET and POST …/periods (define by frequency).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PLAN_YEAR_STATE_LABELS } from '../../../core/cycle/index.js';
import { send } from '../../http/error-handler.js';
import { approvePlanYear, closePlanYear, getCycleOverview, reopenPlanYear, startMonitoring, type YearCommand } from '../../services/cycle.js';
import { definePeriods, listPeriods } from '../../services/cycle-period.js';
import type { PlanYearRow } from '../../services/cycle-year.js';
import type { Result } from '../../services/result.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { cycleProblems, entityAbility, resolveCycle, sendCycleFailure, yearParams, type CycleScope } from './cycle-access.js';
import {
  approveBody, CYCLE_ABILITIES, cycleResponse, yearLabelOf, periodList, periodsBody, planYearResponse, presentCampaignSummary, presentPeriod, presentPlanYear, presentTransitions,
  reopenBody, versionBody,
} from './cycle.schema.js';

const tags = ['cycle'];
interface YearPath { entityCode: string; planCode: string; year: number }
const presentYear = (row: PlanYearRow) => presentPlanYear(row, yearLabelOf(row.status));

export async function cycleYearRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const base = '/api/entities/:entityCode/plans/:planCode/years/:year';

  routes.get(`${base}/cycle`, {
    schema: { tags, summary: 'The plan year in the cycle: status, what the caller may do next (and what blocks it), periods, campaigns, revisions, validation, snapshot', params: yearParams, response: { 200: cycleResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const allows = entityAbility(actor, found.value.entity.id);
    if (!allows('plan.read')) return send(request, reply, 'forbidden');
    const overview = await getCycleOverview(db, found.value.plan, request.params.year, allows);
    if (!overview.ok) return sendCycleFailure(request, reply, overview);
    const { row, transitions, periods, revisions, validation, snapshot } = overview.value;
    return {
      ...presentPlanYear(row, PLAN_YEAR_STATE_LABELS[overview.value.state]),
      abilities: CYCLE_ABILITIES.filter((action) => allows(action)),
      transitions: presentTransitions(transitions),
      periods: periods.map(({ period, campaign }) => ({ ...presentPeriod(period), campaign: campaign ? presentCampaignSummary(campaign) : null })),
      revisions: revisions.map((revision) => ({ ...revision, act: revision.act ?? null, approvedAt: revision.approvedAt?.toISOString() ?? null })),
      validation: validation ? { notes: validation.notes, checklist: validation.checklist, validatedBy: validation.validatedBy, validatedAt: validation.validatedAt.toISOString() } : null,
      snapshot: snapshot ? { scoredHash: snapshot.scoredHash, planHash: snapshot.planHash, createdAt: snapshot.createdAt.toISOString(), createdBy: snapshot.createdBy } : null,
    };
  });

  /** Resolves the plan, runs a year command for the caller, presents the year or the failure. */
  async function runYearCommand(
    request: FastifyRequest, reply: FastifyReply, params: YearPath, version: number,
    run: (command: YearCommand, scope: CycleScope) => Promise<Result<PlanYearRow, string>>,
  ) {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const command: YearCommand = {
      plan: found.value.plan, entityCode: found.value.entity.code, year: params.year, version,
      allows: entityAbility(caller.actor, found.value.entity.id), actor: auditActorOf(caller),
    };
    const result = await run(command, found.value);
    if (!result.ok) return sendCycleFailure(request, reply, result, presentYear);
    return presentYear(result.value);
  }

  const transition = { params: yearParams, response: { 200: planYearResponse, ...cycleProblems } };
  routes.post(`${base}/approve`, { schema: { tags, summary: 'Approve the year\'s plan with its act (stp): planning → approved', body: approveBody, ...transition } },
    (request, reply) => runYearCommand(request, reply, request.params, request.body.version, (command) => approvePlanYear(db, { ...command, act: request.body.act })));
  routes.post(`${base}/start-monitoring`, { schema: { tags, summary: 'Start monitoring (stp): approved → monitoring; needs periods', body: versionBody, ...transition } },
    (request, reply) => runYearCommand(request, reply, request.params, request.body.version, (command) => startMonitoring(db, command)));
  routes.post(`${base}/close`, { schema: { tags, summary: 'Close the year (stp): monitoring|revised → closed; no open revision or campaign; the OIV is notified', body: versionBody, ...transition } },
    (request, reply) => runYearCommand(request, reply, request.params, request.body.version, (command) => closePlanYear(db, command)));
  routes.post(`${base}/reopen`, { schema: { tags, summary: 'Reopen a closed year with a reason (stp): closed → monitoring|revised', body: reopenBody, ...transition } },
    (request, reply) => runYearCommand(request, reply, request.params, request.body.version, (command) => reopenPlanYear(db, { ...command, reason: request.body.reason })));

  routes.get(`${base}/periods`, {
    schema: { tags, summary: 'Monitoring periods of the year, in date order', params: yearParams, response: { 200: periodList, ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('plan.read')) return send(request, reply, 'forbidden');
    return { items: (await listPeriods(db, found.value.plan, request.params.year)).map(presentPeriod) };
  });

  routes.post(`${base}/periods`, {
    schema: { tags, summary: 'Define the year\'s monitoring periods by frequency (stp); refused once campaigns or values use them', params: yearParams, body: periodsBody, response: { 200: periodList, ...cycleProblems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(caller.actor, found.value.entity.id)('plan_year.manage')) return send(request, reply, 'forbidden');
    const result = await definePeriods(db, { plan: found.value.plan, year: request.params.year, frequency: request.body.frequency, actor: auditActorOf(caller) });
    if (!result.ok) return sendCycleFailure(request, reply, result);
    return { items: result.value.map(presentPeriod) };
  });
}
