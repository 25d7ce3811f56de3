import type { PlanItem } from '../api/plans.js';
import { formatYearRange } from '../i18n/format.js';

/** A plan's name for lists: its title, plus the period when the title does not already say it. */
export function planName(plan: Pick<PlanItem, 'code' | 'title' | 'firstYear' | 'lastYear'>): string {
  const period = formatYearRange(plan.firstYear, plan.lastYear);
  return plan.title.includes(String(plan.firstYear)) ? plan.title : `${plan.title} (${period})`;
}
