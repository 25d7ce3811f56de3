/**
 * Scores and lint of a stored plan: load the plan model (loadPlan), pick the policy of the year
 * (latest saved revision or the default), and call the pure engine. Nothing is written.
 */
import { lintPlan, type LintFinding } from '../../core/lint/lint-plan.js';
import type { Plan } from '../../core/plan/plan.schema.js';
import type { ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import type { ScoredPlan } from '../../core/scoring/scored-plan.js';
import type { Queryable } from '../db/database.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { readChangeMark, RecentCache } from './plan-scoring-cache.js';
import { findScoringPolicy, type PolicyOwner } from './plan-scoring-policy.js';
import { fail, ok, type Result } from './result.js';

interface PlanRef { id: string; code: string; version: number; firstYear: number; lastYear: number }

/** The `period` that asks for the latest ended monitoring period (see currentPeriodOf). */
export const CURRENT_PERIOD = 'current';

export type ScoresFailure = 'not_found' | 'year_outside_plan' | 'period_not_found' | 'policy_invalid';

export interface PlanScores {
  plan: Plan;
  policy: ScoringPolicy;
  scored: ScoredPlan;
}

/** Plan models and scores of the last requests (a 2,000-node plan takes seconds to load and score). */
const models = new RecentCache<Plan>(4);
const scores = new RecentCache<PlanScores>(8);

const planKey = (entity: PolicyOwner, plan: PlanRef, mark: string) => `${entity.id}|${plan.id}|${plan.version}|${mark}`;

async function loadPlanModel(db: Queryable, entity: PolicyOwner, plan: PlanRef, mark: string): Promise<Result<Plan, 'not_found'>> {
  const key = planKey(entity, plan, mark);
  const cached = models.get(key);
  if (cached) return ok(cached);
  const model = await loadPlan(db, entity.id, plan.code);
  if (!model) return fail('not_found', { detail: `plan ${plan.code}` });
  models.set(key, model);
  return ok(model);
}

/** Today's date in Italy (the bodies' legal time zone), as YYYY-MM-DD. */
export function todayInRome(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The period `current` stands for: the latest monitoring period of the year that has ended by `today`
 * and is not the final one; the year end (undefined) once the year is over or before any period ends.
 */
export function currentPeriodOf(plan: Pick<Plan, 'periods'>, year: number, today: string): string | undefined {
  if (today > `${year}-12-31`) return undefined;
  const ended = plan.periods.filter((p) => p.year === year && !p.final && p.end <= today).sort((a, b) => a.end.localeCompare(b.end));
  return ended.at(-1)?.code;
}

/** The plan scored for a year (or a monitoring period of that year) under the year's policy. */
export async function computePlanScores(
  db: Queryable, entity: PolicyOwner, plan: PlanRef, options: { year: number; period?: string; today?: string },
): Promise<Result<PlanScores, ScoresFailure>> {
  if (options.year < plan.firstYear || options.year > plan.lastYear) {
    return fail('year_outside_plan', { detail: `year ${options.year} outside ${plan.firstYear}-${plan.lastYear}` });
  }
  const mark = await readChangeMark(db, entity.id);
  const model = await loadPlanModel(db, entity, plan, mark);
  if (!model.ok) return model;
  const period = options.period === CURRENT_PERIOD ? currentPeriodOf(model.value, options.year, options.today ?? todayInRome()) : options.period;
  if (period !== undefined && !model.value.periods.some((p) => p.code === period && p.year === options.year)) {
    return fail('period_not_found', { detail: `period ${period} of ${options.year}` });
  }
  const key = `${planKey(entity, plan, mark)}|${options.year}|${period ?? ''}`;
  const cached = scores.get(key);
  if (cached) return ok(cached);
  const policy = await findScoringPolicy(db, entity, options.year);
  if (!policy.ok) return policy;
  const scored = scorePlan(model.value, policy.value, period === undefined ? { year: options.year } : { year: options.year, period });
  const result = { plan: model.value, policy: policy.value, scored };
  scores.set(key, result);
  return ok(result);
}

/**
 * The lint findings of the plan. The policy of `year` (or of the plan's first year) is the one the
 * scoring-rule checks read.
 */
export async function computePlanLint(
  db: Queryable, entity: PolicyOwner, plan: PlanRef, year?: number,
): Promise<Result<LintFinding[], 'not_found' | 'year_outside_plan' | 'policy_invalid'>> {
  const policyYear = year ?? plan.firstYear;
  if (policyYear < plan.firstYear || policyYear > plan.lastYear) return fail('year_outside_plan', { detail: `year ${policyYear}` });
  const mark = await readChangeMark(db, entity.id);
  const model = await loadPlanModel(db, entity, plan, mark);
  if (!model.ok) return model;
  const policy = await findScoringPolicy(db, entity, policyYear);
  if (!policy.ok) return policy;
  return ok(lintPlan(model.value, { policy: policy.value }));
}
