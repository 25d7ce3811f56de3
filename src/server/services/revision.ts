/**
 * Mid-year revisions (rimodulazioni) of a plan year. Opening one stores the plan's content as it is
 * (the snapshot: everything but the measured values); the STP then edits objectives, indicators,
 * targets and weights with the usual plan routes; the diff against the snapshot is shown live; approving
 * it with its own act stores the diff and the revised content and moves the year to `revised`. The
 * original and the revised targets both stay readable from the revision.
 */
import { and, asc, eq, max } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import { canOpenRevision, diffPlans, targetPairs, type PlanDiff } from '../../core/cycle/index.js';
import type { Act, Plan } from '../../core/plan/plan.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { planRevisions } from '../db/schema.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { applyYearTransition, findPlanYear, planYearFacts, refusalOf, yearStateOf, type CyclePlan, type RefusalCode } from './cycle-year.js';
import { fail, ok, type Result } from './result.js';

export type RevisionRow = typeof planRevisions.$inferSelect;

/** The plan's content for a revision: the plan without its measured values. */
async function planContent(db: Queryable, plan: CyclePlan): Promise<Plan | null> {
  const model = await loadPlan(db, plan.entityId, plan.code);
  return model ? { ...model, values: [] } : null;
}

export async function listRevisions(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number): Promise<RevisionRow[]> {
  return db.select().from(planRevisions).where(and(eq(planRevisions.planId, plan.id), eq(planRevisions.entityId, plan.entityId), eq(planRevisions.year, year)))
    .orderBy(asc(planRevisions.number));
}

export async function openRevision(
  db: Db, input: { plan: CyclePlan; year: number; reason: string; allows: (action: Action) => boolean; actor: AuditActor },
): Promise<Result<RevisionRow, 'not_found' | RefusalCode>> {
  if (!input.allows('plan_year.revise')) return fail('forbidden');
  return db.transaction(async (tx) => {
    const yearRow = await findPlanYear(tx, input.plan, input.year, true);
    if (!yearRow) return fail('not_found', { detail: `plan year ${input.year}` });
    const facts = await planYearFacts(tx, input.plan, input.year);
    const reasons = canOpenRevision(yearStateOf(yearRow), facts.openRevision);
    if (reasons.length > 0) return refusalOf(reasons);
    const content = await planContent(tx, input.plan);
    if (!content) return fail('not_found');
    const [last] = await tx.select({ n: max(planRevisions.number) }).from(planRevisions).where(and(eq(planRevisions.planId, input.plan.id), eq(planRevisions.year, input.year)));
    const [row] = await tx.insert(planRevisions).values({
      entityId: input.plan.entityId, planId: input.plan.id, year: input.year, number: (last?.n ?? 0) + 1, reason: input.reason, snapshot: content, openedBy: input.actor.username,
    }).returning();
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'plan_revision', objectId: row!.id, action: 'open',
      after: { year: row!.year, number: row!.number, reason: row!.reason, status: row!.status },
    });
    return ok(row!);
  });
}

export interface RevisionView {
  row: RevisionRow;
  diff: PlanDiff;
  targets: ReturnType<typeof targetPairs>;
  /** True when the diff is computed against the plan as it is now (the revision is still open). */
  live: boolean;
}

export async function getRevision(db: Queryable, plan: CyclePlan, year: number, number: number): Promise<Result<RevisionView, 'not_found'>> {
  const [row] = await db.select().from(planRevisions)
    .where(and(eq(planRevisions.planId, plan.id), eq(planRevisions.entityId, plan.entityId), eq(planRevisions.year, year), eq(planRevisions.number, number)));
  if (!row) return fail('not_found', { detail: `revision ${number} of ${year}` });
  const before = row.snapshot as Plan;
  const after = row.status === 'approved' ? (row.revised as Plan) : await planContent(db, plan);
  if (!after) return fail('not_found');
  return ok({ row, diff: row.status === 'approved' ? (row.diff as PlanDiff) : diffPlans(before, after), targets: targetPairs(before, after, year), live: row.status !== 'approved' });
}

export async function approveRevision(
  db: Db, input: { plan: CyclePlan; year: number; number: number; version: number; act: Act; allows: (action: Action) => boolean; actor: AuditActor },
) {
  if (!input.allows('plan_year.revise')) return fail('forbidden');
  return db.transaction(async (tx) => {
    const [revision] = await tx.select().from(planRevisions)
      .where(and(eq(planRevisions.planId, input.plan.id), eq(planRevisions.entityId, input.plan.entityId), eq(planRevisions.year, input.year), eq(planRevisions.number, input.number)))
      .for('update');
    if (!revision) return fail('not_found', { detail: `revision ${input.number} of ${input.year}` });
    if (revision.status !== 'draft') return fail('revision_not_open', { detail: `revision ${input.number} is ${revision.status}` });
    const result = await applyYearTransition(tx, {
      plan: input.plan, year: input.year, transition: 'approve_revision', version: input.version, allows: input.allows, actor: input.actor, facts: { act: input.act },
      work: async (inner) => {
        const content = await planContent(inner, input.plan);
        if (!content) return fail('not_found');
        const diff = diffPlans(revision.snapshot as Plan, content);
        await inner.update(planRevisions).set({
          status: 'approved', diff, revised: content, act: input.act, approvedBy: input.actor.username, approvedAt: new Date(), version: revision.version + 1,
        }).where(eq(planRevisions.id, revision.id));
        return ok({ revision: revision.number, act: input.act, summary: diff.summary });
      },
    });
    return result.ok ? ok(result.value.row) : result;
  });
}
