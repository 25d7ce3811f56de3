/**
 * Monitoring periods of a plan year: listed in date order; (re)defined by frequency (four-monthly by
 * default) while no campaign and no value uses them and the year is not closed.
 */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { buildPeriods, isYearLocked, type PeriodFrequency } from '../../core/cycle/index.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { campaigns, measureValues, periods } from '../db/schema.js';
import { findPlanYear, yearStateOf, type CyclePlan } from './cycle-year.js';
import { fail, ok, type Result } from './result.js';

export type PeriodRow = typeof periods.$inferSelect;

export async function listPeriods(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number): Promise<PeriodRow[]> {
  return db.select().from(periods).where(and(eq(periods.planId, plan.id), eq(periods.entityId, plan.entityId), eq(periods.year, year)))
    .orderBy(asc(periods.endDate));
}

export async function findPeriod(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number, code: string): Promise<Result<PeriodRow, 'not_found'>> {
  const [row] = await db.select().from(periods)
    .where(and(eq(periods.planId, plan.id), eq(periods.entityId, plan.entityId), eq(periods.year, year), eq(periods.code, code)));
  return row ? ok(row) : fail('not_found', { detail: `period ${code} of ${year}` });
}

/** The period codes a value of this period is stored under: '' (the year's final value) too for the final period. */
export function slotPeriodCodes(period: Pick<PeriodRow, 'code' | 'final'>): string[] {
  return period.final ? ['', period.code] : [period.code];
}

/** The period code new values of this period are stored under: '' (the final value of the year) for the final period. */
export function storedPeriodCode(period: Pick<PeriodRow, 'code' | 'final'>): string {
  return period.final ? '' : period.code;
}

export async function definePeriods(
  db: Db, input: { plan: CyclePlan; year: number; frequency: PeriodFrequency; actor: AuditActor },
): Promise<Result<PeriodRow[], 'not_found' | 'periods_in_use' | 'year_locked'>> {
  return db.transaction(async (tx) => {
    const yearRow = await findPlanYear(tx, input.plan, input.year, true);
    if (!yearRow) return fail('not_found', { detail: `plan year ${input.year}` });
    const state = yearStateOf(yearRow);
    if (isYearLocked(state) || state === 'closed') return fail('year_locked', { detail: `year ${input.year} is ${state}` });
    const current = await listPeriods(tx, input.plan, input.year);
    const codes = current.map((period) => period.code);
    if (codes.length > 0) {
      const [[used], [valued]] = await Promise.all([
        tx.select({ n: count() }).from(campaigns).where(and(eq(campaigns.planId, input.plan.id), inArray(campaigns.periodCode, codes))),
        tx.select({ n: count() }).from(measureValues).where(and(eq(measureValues.planId, input.plan.id), eq(measureValues.year, input.year), inArray(measureValues.periodCode, codes))),
      ]);
      if ((used?.n ?? 0) > 0 || (valued?.n ?? 0) > 0) return fail('periods_in_use', { detail: `campaigns ${used?.n ?? 0}, values ${valued?.n ?? 0}` });
      await tx.delete(periods).where(and(eq(periods.planId, input.plan.id), eq(periods.year, input.year)));
    }
    const fresh = buildPeriods(input.year, input.frequency);
    const rows = await tx.insert(periods).values(fresh.map((period) => ({
      entityId: input.plan.entityId, planId: input.plan.id, code: period.code, year: period.year, endDate: period.end, final: period.final, status: 'open',
    }))).returning();
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'plan_year', objectId: yearRow.id, action: 'define_periods',
      before: { periods: current.map((p) => ({ code: p.code, end: p.endDate, final: p.final })) },
      after: { frequency: input.frequency, periods: fresh },
    });
    return ok(rows.sort((a, b) => a.endDate.localeCompare(b.endDate)));
  });
}
