/** The year a plan is scored (and its Relazione written) for when none is given. */
import type { Plan } from '../plan/plan.schema.js';

/** The latest plan year with final values, else the plan's first year. */
export function defaultScoringYear(plan: Plan): number {
  const { firstYear, lastYear } = plan.plan;
  const years = plan.values
    .filter((value) => value.period === undefined && value.state !== 'rejected' && value.year >= firstYear && value.year <= lastYear)
    .map((value) => value.year);
  return years.length > 0 ? Math.max(...years) : firstYear;
}
