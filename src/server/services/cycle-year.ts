/**
 * The lifecycle of a plan year in the database: the year's row (status, approving act, version), the
 * facts its transitions check (periods, open revision, open campaigns), and one command that applies a
 * transition — lock the row, compare the version, let the pure machine decide (role, state,
 * preconditions), do the transition's own work, write the status and exactly one audit entry.
 */
import { and, count, eq } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import {
  PLAN_YEAR_MACHINE, evaluateTransition, isPlanYearState, type Denial, type PlanYearFacts, type PlanYearState, type PlanYearTransition,
} from '../../core/cycle/index.js';
import type { Act } from '../../core/plan/plan.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import { campaigns, periods, planRevisions, planYears } from '../db/schema.js';
import type { Queryable, Tx } from '../db/database.js';
import { fail, ok, type Fail, type FieldIssue, type Result } from './result.js';

export type PlanYearRow = typeof planYears.$inferSelect;

/** A plan of an entity, as the cycle's services need it. */
export interface CyclePlan { id: string; entityId: string; code: string; version: number; firstYear: number; lastYear: number }
export interface CycleEntity { id: string; code: string }

export type RefusalCode = 'forbidden' | 'transition_refused';

/** A refused transition as a failure: 403 when the role is the reason, else 409 with every reason. */
export function refusalOf(reasons: readonly Denial[]): Fail<RefusalCode> {
  if (reasons.some((reason) => reason.kind === 'forbidden')) return fail('forbidden');
  return fail('transition_refused', {
    errors: reasons.map((reason): FieldIssue => ({ path: reason.kind === 'state' ? 'state' : 'transition', code: reason.code, messages: reason.messages })),
    detail: reasons.map((reason) => reason.code).join(', '),
  });
}

export function yearStateOf(row: Pick<PlanYearRow, 'status' | 'year'>): PlanYearState {
  if (!isPlanYearState(row.status)) throw new Error(`plan year ${row.year} has an unknown status "${row.status}"`);
  return row.status;
}

export async function findPlanYear(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number, lock = false): Promise<PlanYearRow | undefined> {
  const query = db.select().from(planYears).where(and(eq(planYears.planId, plan.id), eq(planYears.entityId, plan.entityId), eq(planYears.year, year)));
  const rows = lock ? await query.for('update') : await query;
  return rows[0];
}

export async function planYearFacts(
  db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number, given: Partial<PlanYearFacts> = {},
): Promise<PlanYearFacts> {
  const [[periodCount], revisions, [openCampaigns]] = await Promise.all([
    db.select({ n: count() }).from(periods).where(and(eq(periods.planId, plan.id), eq(periods.year, year))),
    db.select({ status: planRevisions.status }).from(planRevisions).where(and(eq(planRevisions.planId, plan.id), eq(planRevisions.year, year))),
    db.select({ n: count() }).from(campaigns).where(and(eq(campaigns.planId, plan.id), eq(campaigns.year, year), eq(campaigns.status, 'open'))),
  ]);
  return {
    periodCount: periodCount?.n ?? 0,
    openRevision: revisions.some((row) => row.status === 'draft'),
    hasApprovedRevision: revisions.some((row) => row.status === 'approved'),
    openCampaigns: openCampaigns?.n ?? 0,
    checklistComplete: false,
    ...given,
  };
}

export type YearTransitionFailure = 'not_found' | 'version_conflict' | RefusalCode;

export interface YearTransitionInput<W> {
  plan: CyclePlan;
  year: number;
  transition: PlanYearTransition;
  version: number;
  allows: (action: Action) => boolean;
  actor: AuditActor;
  facts?: Partial<PlanYearFacts>;
  /** The transition's own work once it is allowed (records to write); its result goes in the audit entry. */
  work?: (tx: Tx, context: { before: PlanYearRow; to: PlanYearState }) => Promise<Result<W, string>>;
  approvalAct?: Act;
}

/** Applies one transition of a plan year in the caller's transaction. */
export async function applyYearTransition<W>(
  tx: Tx, input: YearTransitionInput<W>,
): Promise<Result<{ row: PlanYearRow; work: W | undefined }, YearTransitionFailure | string>> {
  const before = await findPlanYear(tx, input.plan, input.year, true);
  if (!before) return fail('not_found', { detail: `plan year ${input.year}` });
  const facts = await planYearFacts(tx, input.plan, input.year, input.facts);
  const verdict = evaluateTransition(PLAN_YEAR_MACHINE, yearStateOf(before), input.transition, { allows: input.allows, facts });
  const stale = before.version !== input.version;
  if (!verdict.allowed && (!stale || verdict.reasons.some((reason) => reason.kind === 'forbidden'))) return refusalOf(verdict.reasons);
  if (stale) return fail('version_conflict', { current: before, detail: `expected version ${input.version}, current ${before.version}` });
  if (!verdict.allowed) return refusalOf(verdict.reasons);
  const work = input.work ? await input.work(tx, { before, to: verdict.to }) : undefined;
  if (work && !work.ok) return work;
  const changes: Partial<PlanYearRow> = { status: verdict.to, version: before.version + 1 };
  if (input.approvalAct) changes.approvalAct = input.approvalAct;
  const [after] = await tx.update(planYears).set(changes)
    .where(and(eq(planYears.id, before.id), eq(planYears.entityId, input.plan.entityId), eq(planYears.version, before.version))).returning();
  await appendAudit(tx, {
    actor: input.actor, entityId: input.plan.entityId, objectType: 'plan_year', objectId: before.id, action: input.transition,
    before: { year: before.year, status: before.status, version: before.version },
    after: { year: after!.year, status: after!.status, version: after!.version, approvalAct: after!.approvalAct, ...(work ? { detail: work.value } : {}) },
  });
  return ok({ row: after!, work: work?.value });
}
