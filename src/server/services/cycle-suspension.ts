/**
 * Suspensions (sterilizzazioni) of an indicator or a node for a year, with a reason and usually an
 * act: the scorer leaves suspended items out and re-normalises the remaining weights, so a suspension
 * shows in the scores at once. Added and lifted (with a reason) by the STP or the SG while the year is
 * planned or monitored; both audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import { areSuspensionsOpen } from '../../core/cycle/index.js';
import type { Act } from '../../core/plan/plan.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { auditLog, indicators, nodes, suspensions } from '../db/schema.js';
import { findPlanYear, yearStateOf, type CyclePlan } from './cycle-year.js';
import { fail, ok, type Result } from './result.js';

export type SuspensionRow = typeof suspensions.$inferSelect;
export interface SuspensionTarget { kind: 'indicator' | 'node'; code: string }

export async function listSuspensions(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number): Promise<SuspensionRow[]> {
  return db.select().from(suspensions).where(and(eq(suspensions.planId, plan.id), eq(suspensions.entityId, plan.entityId), eq(suspensions.year, year)))
    .orderBy(asc(suspensions.targetKind), asc(suspensions.targetCode));
}

async function targetExists(db: Queryable, plan: Pick<CyclePlan, 'id'>, target: SuspensionTarget): Promise<boolean> {
  const table = target.kind === 'indicator' ? indicators : nodes;
  const rows = await db.select({ id: table.id }).from(table).where(and(eq(table.planId, plan.id), eq(table.code, target.code)));
  return rows.length > 0;
}

async function openYear(db: Queryable, plan: CyclePlan, year: number): Promise<Result<true, 'not_found' | 'year_locked'>> {
  const yearRow = await findPlanYear(db, plan, year, true);
  if (!yearRow) return fail('not_found', { detail: `plan year ${year}` });
  const state = yearStateOf(yearRow);
  return areSuspensionsOpen(state) ? ok(true) : fail('year_locked', { detail: `year ${year} is ${state}` });
}

export async function suspend(
  db: Db, input: { plan: CyclePlan; year: number; target: SuspensionTarget; reason: string; act?: Act | undefined; actor: AuditActor },
): Promise<Result<SuspensionRow, 'not_found' | 'year_locked' | 'unknown_target' | 'already_suspended'>> {
  return db.transaction(async (tx) => {
    const open = await openYear(tx, input.plan, input.year);
    if (!open.ok) return open;
    if (!(await targetExists(tx, input.plan, input.target))) return fail('unknown_target', { detail: `${input.target.kind} ${input.target.code}` });
    const existing = await tx.select({ id: suspensions.id }).from(suspensions).where(and(
      eq(suspensions.planId, input.plan.id), eq(suspensions.year, input.year), eq(suspensions.targetKind, input.target.kind), eq(suspensions.targetCode, input.target.code),
    ));
    if (existing.length > 0) return fail('already_suspended', { detail: `${input.target.kind} ${input.target.code} in ${input.year}` });
    const [row] = await tx.insert(suspensions).values({
      entityId: input.plan.entityId, planId: input.plan.id, targetKind: input.target.kind, targetCode: input.target.code, year: input.year,
      reason: input.reason, act: input.act ?? null,
    }).returning();
    await appendAudit(tx, { actor: input.actor, entityId: input.plan.entityId, objectType: 'suspension', objectId: row!.id, action: 'create', after: row });
    return ok(row!);
  });
}

export async function liftSuspension(
  db: Db, input: { plan: CyclePlan; suspensionId: string; version: number; reason: string; actor: AuditActor },
): Promise<Result<SuspensionRow, 'not_found' | 'year_locked' | 'version_conflict' | 'suspension_lifted'>> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(suspensions)
      .where(and(eq(suspensions.id, input.suspensionId), eq(suspensions.planId, input.plan.id), eq(suspensions.entityId, input.plan.entityId))).for('update');
    if (!before) {
      const lifted = await tx.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.entityId, input.plan.entityId),
        eq(auditLog.objectType, 'suspension'), eq(auditLog.objectId, input.suspensionId), eq(auditLog.action, 'lift')));
      return lifted.length > 0 ? fail('suspension_lifted') : fail('not_found', { detail: `suspension ${input.suspensionId}` });
    }
    const open = await openYear(tx, input.plan, before.year);
    if (!open.ok) return open;
    if (before.version !== input.version) return fail('version_conflict', { current: before });
    await tx.delete(suspensions).where(and(eq(suspensions.id, before.id), eq(suspensions.entityId, input.plan.entityId)));
    await appendAudit(tx, { actor: input.actor, entityId: input.plan.entityId, objectType: 'suspension', objectId: before.id, action: 'lift', before, after: { reason: input.reason } });
    return ok(before);
  });
}
