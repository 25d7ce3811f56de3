/**
 * Job `recompute`: scores every year of the entity's plans (or of one plan, payload `{ planCode }`)
 * under each year's policy, reporting progress per plan year, and returns a summary per plan year
 * (entity score, and how many indicators are scored, missing, suspended or in error). Nothing is
 * written: scores are always computed from the stored data, so the job checks a whole entity computes
 * and gives the figures the STP compares after a change.
 */
import { eq } from 'drizzle-orm';
import type { ScoredPlan } from '../../core/scoring/scored-plan.js';
import { entities } from '../db/schema.js';
import type { JobContext } from '../jobs/job-handlers.js';
import { listPlans, type PlanRow } from './plan.js';
import { computePlanScores } from './scores.js';

export const RECOMPUTE_JOB = 'recompute';

export interface RecomputeSummary {
  plan: string;
  year: number;
  entityScore: number | null;
  indicators: Record<string, number>;
  error?: string;
}

function summaryOf(plan: PlanRow, scored: ScoredPlan): RecomputeSummary {
  const indicators: Record<string, number> = {};
  for (const indicator of scored.indicators) indicators[indicator.state] = (indicators[indicator.state] ?? 0) + 1;
  return { plan: plan.code, year: scored.year, entityScore: scored.entity.rounded, indicators };
}

export async function recomputeJob({ job, db, reportProgress, signal }: JobContext): Promise<unknown> {
  if (!job.entityId) return { ok: false, code: 'entity_required' };
  const [entity] = await db.select({ id: entities.id, code: entities.code }).from(entities).where(eq(entities.id, job.entityId));
  if (!entity) return { ok: false, code: 'entity_not_found' };
  const planCode = (job.payload as { planCode?: unknown }).planCode;
  const plans = (await listPlans(db, entity.id)).filter((plan) => typeof planCode !== 'string' || plan.code === planCode);
  if (typeof planCode === 'string' && plans.length === 0) return { ok: false, code: 'plan_not_found', detail: planCode };
  const steps = plans.flatMap((plan) => Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => ({ plan, year: plan.firstYear + i })));
  const summaries: RecomputeSummary[] = [];
  for (const [index, { plan, year }] of steps.entries()) {
    if (signal.aborted) break;
    const result = await computePlanScores(db, entity, plan, { year });
    summaries.push(result.ok ? summaryOf(plan, result.value.scored) : { plan: plan.code, year, entityScore: null, indicators: {}, error: result.code });
    await reportProgress((index + 1) / steps.length, `${plan.code} ${year}`);
  }
  return { summaries };
}
