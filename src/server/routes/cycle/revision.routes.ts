/**
 * Mid-year revisions of a plan year: GET …/years/:year/revisions, POST (open one: the plan's content is
 * kept as the snapshot), GET …/revisions/:number (the diff — live while open — and the original and
 * revised targets), POST …/revisions/:number/approve (with its act; the year becomes `revised`).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actSchema } from '../../../core/plan/plan.schema.js';
import { send } from '../../http/error-handler.js';
import type { PlanYearRow } from '../../services/cycle-year.js';
import { approveRevision, getRevision, listRevisions, openRevision, type RevisionRow } from '../../services/revision.js';
import { listOf, version } from '../common.schema.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { cycleProblems, entityAbility, resolveCycle, sendCycleFailure, yearParams } from './cycle-access.js';
import { planYearResponse, presentPlanYear, reasonText, yearLabelOf } from './cycle.schema.js';

const tags = ['cycle'];
const revisionParams = yearParams.extend({ number: z.coerce.number().int().min(1).max(10_000) });

const revisionSummary = z.object({
  number: z.number().int(), status: z.enum(['draft', 'approved']), reason: z.string(), act: z.unknown().nullable(),
  openedBy: z.string().nullable(), approvedBy: z.string().nullable(), approvedAt: z.string().nullable(), createdAt: z.string(),
}).meta({ id: 'PlanRevision' });

const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const itemChange = z.object({ kind: z.enum(['node', 'indicator']), code: z.string(), label: z.string(), change: z.enum(['added', 'removed', 'changed']), fields: z.array(fieldChange) });
const revisionDetail = revisionSummary.extend({
  live: z.boolean().describe('True while the revision is open: the diff is against the plan as it is now'),
  diff: z.object({
    nodes: z.array(itemChange), indicators: z.array(itemChange),
    summary: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), targetChanges: z.number().int(), weightChanges: z.number().int() }),
  }),
  targets: z.array(z.object({ indicator: z.string(), name: z.string(), original: z.string().nullable(), revised: z.string().nullable() }))
    .describe('Original and revised target of every indicator for the year'),
}).meta({ id: 'PlanRevisionDetail' });

function presentRevision(row: RevisionRow): z.infer<typeof revisionSummary> {
  return {
    number: row.number, status: row.status as 'draft' | 'approved', reason: row.reason, act: row.act ?? null, openedBy: row.openedBy,
    approvedBy: row.approvedBy, approvedAt: row.approvedAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
  };
}

export async function revisionRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const base = '/api/entities/:entityCode/plans/:planCode/years/:year/revisions';

  routes.get(base, {
    schema: { tags, summary: 'Revisions of the plan year', params: yearParams, response: { 200: listOf(revisionSummary), ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('plan.read')) return send(request, reply, 'forbidden');
    return { items: (await listRevisions(db, found.value.plan, request.params.year)).map(presentRevision) };
  });

  routes.post(base, {
    schema: {
      tags, summary: 'Open a revision of the year (stp, while monitoring): the plan\'s content is kept as the snapshot to compare with',
      params: yearParams, body: z.strictObject({ reason: reasonText }), response: { 201: revisionSummary, ...cycleProblems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const result = await openRevision(db, {
      plan: found.value.plan, year: request.params.year, reason: request.body.reason,
      allows: entityAbility(caller.actor, found.value.entity.id), actor: auditActorOf(caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result);
    return reply.code(201).send(presentRevision(result.value));
  });

  routes.get(`${base}/:number`, {
    schema: { tags, summary: 'A revision with its diff (objectives, indicators, targets, weights) and the original and revised targets', params: revisionParams, response: { 200: revisionDetail, ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('plan.read')) return send(request, reply, 'forbidden');
    const view = await getRevision(db, found.value.plan, request.params.year, request.params.number);
    if (!view.ok) return sendCycleFailure(request, reply, view);
    return { ...presentRevision(view.value.row), live: view.value.live, diff: view.value.diff, targets: view.value.targets };
  });

  routes.post(`${base}/:number/approve`, {
    schema: {
      tags, summary: 'Approve an open revision with its act (stp): the diff and the revised content are stored; the year becomes revised. `version` is the plan year\'s',
      params: revisionParams, body: z.strictObject({ version, act: actSchema }), response: { 200: planYearResponse, ...cycleProblems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const result = await approveRevision(db, {
      plan: found.value.plan, year: request.params.year, number: request.params.number, version: request.body.version, act: request.body.act,
      allows: entityAbility(caller.actor, found.value.entity.id), actor: auditActorOf(caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result, (row: PlanYearRow) => presentPlanYear(row, yearLabelOf(row.status)));
    return presentPlanYear(result.value, yearLabelOf(result.value.status));
  });
}
