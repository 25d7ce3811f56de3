/**
 * Deviations (scostamenti) at a period: which indicators need one (below target at the close, at risk
 * or critical during the year, by the official score of the period) and the explanations recorded —
 * cause class, explanation, corrective action, owner. Recording one is allowed to whoever explains
 * deviations for the indicator's units, while the year is monitored or closed (not once validated),
 * and only for an indicator that needs it; versioned and audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import { areDeviationsOpen, deviationNeedOf, interimThresholdsOf, type DeviationCause, type DeviationNeed } from '../../core/cycle/index.js';
import type { ScoredIndicator } from '../../core/scoring/scored-plan.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { deviations } from '../db/schema.js';
import type { PeriodRow } from './cycle-period.js';
import { findPlanYear, yearStateOf, type CycleEntity, type CyclePlan } from './cycle-year.js';
import { fail, ok, type Result } from './result.js';
import { computePlanScores } from './scores.js';

export type DeviationRow = typeof deviations.$inferSelect;

export interface DeviationItem {
  indicator: Pick<ScoredIndicator, 'code' | 'name' | 'node' | 'state' | 'value' | 'rounded'> & { target: string | null };
  need: DeviationNeed;
  deviation: DeviationRow | null;
}

async function scoredIndicators(db: Db, entity: CycleEntity, plan: CyclePlan, period: PeriodRow) {
  const scores = await computePlanScores(db, entity, plan, { year: period.year, period: period.code });
  if (!scores.ok) return scores;
  const { scored, policy } = scores.value;
  const thresholds = interimThresholdsOf(policy);
  return ok(scored.indicators.map((indicator) => ({ indicator, need: deviationNeedOf(indicator, scored.interim, thresholds) })));
}

export async function listDeviations(db: Db, entity: CycleEntity, plan: CyclePlan, period: PeriodRow): Promise<Result<DeviationItem[], string>> {
  const scored = await scoredIndicators(db, entity, plan, period);
  if (!scored.ok) return scored;
  const rows = await db.select().from(deviations)
    .where(and(eq(deviations.planId, plan.id), eq(deviations.entityId, plan.entityId), eq(deviations.year, period.year), eq(deviations.periodCode, period.code)))
    .orderBy(asc(deviations.indicatorCode));
  const recorded = new Map(rows.map((row) => [row.indicatorCode, row]));
  return ok(scored.value
    .filter(({ indicator, need }) => need.required || recorded.has(indicator.code))
    .map(({ indicator, need }) => ({
      indicator: { code: indicator.code, name: indicator.name, node: indicator.node, state: indicator.state, value: indicator.value, rounded: indicator.rounded, target: indicator.target?.text ?? null },
      need, deviation: recorded.get(indicator.code) ?? null,
    })));
}

export interface DeviationInput {
  entity: CycleEntity;
  plan: CyclePlan;
  period: PeriodRow;
  indicatorCode: string;
  /** The indicator's node units (ids with ancestors): the route checks `deviation.enter` on them. */
  allows: (action: Action) => boolean;
  content: { causeClass: DeviationCause; explanation: string; correctiveAction?: string | null | undefined; owner?: string | null | undefined };
  /** Version of the recorded deviation read by the caller (absent when there was none). */
  version?: number | undefined;
  actor: AuditActor;
}

export type DeviationFailure = 'not_found' | 'forbidden' | 'version_conflict' | 'year_locked' | 'deviation_not_needed' | string;

export async function recordDeviation(db: Db, input: DeviationInput): Promise<Result<DeviationRow, DeviationFailure>> {
  if (!input.allows('deviation.enter')) return fail('forbidden');
  const scored = await scoredIndicators(db, input.entity, input.plan, input.period);
  if (!scored.ok) return scored;
  const item = scored.value.find(({ indicator }) => indicator.code === input.indicatorCode);
  if (!item) return fail('not_found', { detail: `indicator ${input.indicatorCode}` });
  return db.transaction(async (tx) => {
    const yearRow = await findPlanYear(tx, input.plan, input.period.year, true);
    if (!yearRow) return fail('not_found');
    if (!areDeviationsOpen(yearStateOf(yearRow))) return fail('year_locked', { detail: `year ${yearRow.year} is ${yearRow.status}` });
    const key = and(eq(deviations.planId, input.plan.id), eq(deviations.entityId, input.plan.entityId), eq(deviations.year, input.period.year),
      eq(deviations.periodCode, input.period.code), eq(deviations.indicatorCode, input.indicatorCode));
    const [before] = await tx.select().from(deviations).where(key).for('update');
    if (before && before.version !== input.version) return fail('version_conflict', { current: before });
    if (!item.need.required) return fail('deviation_not_needed', { detail: `status ${item.need.status ?? 'none'}, achievement ${item.need.achievement ?? 'none'}` });
    const fields = {
      causeClass: input.content.causeClass, explanation: input.content.explanation, correctiveAction: input.content.correctiveAction ?? null,
      owner: input.content.owner ?? null, enteredBy: input.actor.username,
    };
    const [row] = before
      ? await tx.update(deviations).set({ ...fields, version: before.version + 1, updatedAt: new Date() }).where(eq(deviations.id, before.id)).returning()
      : await tx.insert(deviations).values({
        ...fields, entityId: input.plan.entityId, planId: input.plan.id, year: input.period.year, periodCode: input.period.code, indicatorCode: input.indicatorCode,
      }).onConflictDoNothing().returning();
    if (!row) return fail('version_conflict', { detail: 'recorded meanwhile' });
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'deviation', objectId: row.id, action: before ? 'update' : 'create',
      before: before ?? null, after: { ...row, status: item.need.status, achievement: item.need.achievement },
    });
    return ok(row);
  });
}
