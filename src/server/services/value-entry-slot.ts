/**
 * The context of a measured value: its period (a value with no period is the year's final value,
 * i.e. of the final period), the plan year's state, the campaign of the period, and the units of the
 * measure. Whatever decides whether a value may move is read here, once, in the command's transaction.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { isPlanYearState, isValueWorkOpen, type PlanYearState, type ValueFacts } from '../../core/cycle/index.js';
import type { Queryable } from '../db/database.js';
import { campaigns, measureValues, periods } from '../db/schema.js';
import { findPlanYear, type CyclePlan } from './cycle-year.js';
import { slotPeriodCodes, type PeriodRow } from './cycle-period.js';
import { loadMeasureScopes } from './value-entry-scope.js';
import { fail, ok, type Result } from './result.js';

export type ValueRow = typeof measureValues.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;

export interface SlotContext {
  period: PeriodRow;
  yearState: PlanYearState;
  campaign: CampaignRow | null;
  unitCodes: string[];
  unitIds: string[];
}

/** The period a stored value belongs to: its own, or the final period for the year's final value (''). */
export async function periodOfValue(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, row: Pick<ValueRow, 'year' | 'periodCode'>): Promise<PeriodRow | undefined> {
  const filters = [eq(periods.planId, plan.id), eq(periods.entityId, plan.entityId), eq(periods.year, row.year)];
  filters.push(row.periodCode === '' ? eq(periods.final, true) : eq(periods.code, row.periodCode));
  const [found] = await db.select().from(periods).where(and(...filters));
  return found;
}

export async function loadSlotContext(
  db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, period: PeriodRow, measureCode: string,
): Promise<SlotContext | undefined> {
  const yearRow = await findPlanYear(db, plan, period.year);
  if (!yearRow || !isPlanYearState(yearRow.status)) return undefined;
  const [[campaign], scopes] = await Promise.all([
    db.select().from(campaigns).where(and(eq(campaigns.planId, plan.id), eq(campaigns.entityId, plan.entityId), eq(campaigns.periodCode, period.code))),
    loadMeasureScopes(db, plan, period.code),
  ]);
  return {
    period, yearState: yearRow.status, campaign: campaign ?? null,
    unitCodes: scopes.codes.get(measureCode) ?? [], unitIds: scopes.ids.get(measureCode) ?? [],
  };
}

export function valueFactsOf(context: SlotContext, managesCampaigns: boolean, reason?: string): ValueFacts {
  return { yearOpen: isValueWorkOpen(context.yearState), campaignOpen: context.campaign?.status === 'open', managesCampaigns, reason };
}

/** Serialises writers of one slot (measure × year × period) for the rest of the transaction. */
export async function lockSlot(db: Queryable, plan: { id: string }, measureCode: string, year: number, periodCode: string): Promise<void> {
  const key = `${plan.id}|${measureCode}|${year}|${periodCode}`;
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/** The row a slot's work goes on: the latest entered (then the latest created) value of the period. */
export async function currentSlotRow(
  db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, measureCode: string, period: Pick<PeriodRow, 'year' | 'code' | 'final'>,
): Promise<ValueRow | undefined> {
  const [row] = await db.select().from(measureValues).where(and(
    eq(measureValues.planId, plan.id), eq(measureValues.entityId, plan.entityId), eq(measureValues.measureCode, measureCode),
    eq(measureValues.year, period.year), inArray(measureValues.periodCode, slotPeriodCodes(period)),
  )).orderBy(desc(measureValues.enteredAt), desc(measureValues.id)).limit(1).for('update');
  return row;
}

/** A value of the plan (optionally locked) with its slot context; `not_found` for another plan's value. */
export async function loadValueContext(
  db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, valueId: string, lock: boolean,
): Promise<Result<{ row: ValueRow; context: SlotContext }, 'not_found'>> {
  const query = db.select().from(measureValues)
    .where(and(eq(measureValues.id, valueId), eq(measureValues.planId, plan.id), eq(measureValues.entityId, plan.entityId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return fail('not_found', { detail: `value ${valueId}` });
  const period = await periodOfValue(db, plan, row);
  const context = period ? await loadSlotContext(db, plan, period, row.measureCode) : undefined;
  if (!context) return fail('not_found', { detail: `period of value ${valueId}` });
  return ok({ row, context });
}
