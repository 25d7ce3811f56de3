/** Plans of an entity: the list, and one plan's header with its years and the size of its contents. */
import { and, asc, count, eq } from 'drizzle-orm';
import { indicators, measureValues, measures, nodes, periods, planYears, plans } from '../db/schema.js';
import type { Db } from '../db/database.js';
import { fail, ok, type Result } from './result.js';

export type PlanRow = typeof plans.$inferSelect;

export interface PlanSummary {
  plan: PlanRow;
  years: { year: number; status: string; version: number }[];
  counts: { nodes: number; indicators: number; measures: number; periods: number; values: number };
}

export type PlanYearRow = PlanSummary['years'][number];

export async function listPlans(db: Db, entityId: string): Promise<PlanRow[]> {
  return db.select().from(plans).where(eq(plans.entityId, entityId)).orderBy(asc(plans.firstYear), asc(plans.code));
}

/** The entity's plans, each with its years and their status (two queries, whatever the number of plans). */
export async function listPlansWithYears(db: Db, entityId: string): Promise<{ plan: PlanRow; years: PlanYearRow[] }[]> {
  const [rows, yearRows] = await Promise.all([
    listPlans(db, entityId),
    db.select({ planId: planYears.planId, year: planYears.year, status: planYears.status, version: planYears.version })
      .from(planYears).where(eq(planYears.entityId, entityId)).orderBy(asc(planYears.year)),
  ]);
  return rows.map((plan) => ({
    plan, years: yearRows.filter((row) => row.planId === plan.id).map(({ year, status, version }) => ({ year, status, version })),
  }));
}

export async function findPlan(db: Db, entityId: string, code: string): Promise<Result<PlanRow, 'not_found'>> {
  const [row] = await db.select().from(plans).where(and(eq(plans.entityId, entityId), eq(plans.code, code)));
  return row ? ok(row) : fail('not_found', { detail: `plan ${code}` });
}

async function countOf(db: Db, table: typeof nodes | typeof indicators | typeof measures | typeof periods | typeof measureValues, planId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.planId, planId));
  return row?.n ?? 0;
}

export async function getPlanSummary(db: Db, plan: PlanRow): Promise<PlanSummary> {
  const years = await db.select({ year: planYears.year, status: planYears.status, version: planYears.version })
    .from(planYears).where(and(eq(planYears.planId, plan.id), eq(planYears.entityId, plan.entityId))).orderBy(asc(planYears.year));
  const [nodeCount, indicatorCount, measureCount, periodCount, valueCount] = await Promise.all([
    countOf(db, nodes, plan.id), countOf(db, indicators, plan.id), countOf(db, measures, plan.id),
    countOf(db, periods, plan.id), countOf(db, measureValues, plan.id),
  ]);
  return { plan, years, counts: { nodes: nodeCount, indicators: indicatorCount, measures: measureCount, periods: periodCount, values: valueCount } };
}
