/**
 * Which entity, plan and year the user is working on. Pure rules, so they are easy to test:
 * a remembered choice wins while it is still valid; otherwise the plan covering the current year
 * (the most recent one when rolling three-year plans overlap) and the current year within it.
 */
import type { PlanItem, PlanYear } from '../api/plans.js';
import type { EntityRef, Membership } from '../api/session.js';

export interface WorkspaceChoice {
  entityCode?: string;
  planCode?: string;
  year?: number;
}

/** The entities a user can switch between: their memberships, or every entity for an administrator. */
export function listWorkspaceEntities(memberships: readonly Membership[], allEntities: readonly EntityRef[] | null): EntityRef[] {
  const byCode = new Map<string, EntityRef>();
  for (const membership of memberships) byCode.set(membership.entity.code, membership.entity);
  for (const entity of allEntities ?? []) if (!byCode.has(entity.code)) byCode.set(entity.code, entity);
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

export function pickEntity(entities: readonly EntityRef[], wanted: string | undefined): EntityRef | null {
  return entities.find((entity) => entity.code === wanted) ?? entities[0] ?? null;
}

export function pickPlan(plans: readonly PlanItem[], wanted: string | undefined, currentYear: number): PlanItem | null {
  const remembered = plans.find((plan) => plan.code === wanted);
  if (remembered) return remembered;
  const covering = plans.filter((plan) => plan.firstYear <= currentYear && currentYear <= plan.lastYear);
  if (covering.length > 0) return latestBy(covering, (plan) => [plan.firstYear, plan.lastYear]);
  return latestBy(plans, (plan) => [plan.lastYear, plan.firstYear]);
}

/** The plan with the greatest key (compared element by element). */
function latestBy(plans: readonly PlanItem[], key: (plan: PlanItem) => [number, number]): PlanItem | null {
  let best: PlanItem | null = null;
  for (const plan of plans) {
    if (best === null) {
      best = plan;
      continue;
    }
    const [a1, a2] = key(plan);
    const [b1, b2] = key(best);
    if (a1 > b1 || (a1 === b1 && a2 > b2)) best = plan;
  }
  return best;
}

/** The year to work on among a plan's years: the remembered one, else the current one, else the nearest end. */
export function pickYear(planYears: readonly PlanYear[], wanted: number | undefined, currentYear: number): number | null {
  const years = planYears.map((entry) => entry.year).sort((a, b) => a - b);
  if (years.length === 0) return null;
  if (wanted !== undefined && years.includes(wanted)) return wanted;
  if (years.includes(currentYear)) return currentYear;
  const first = years[0] as number;
  return currentYear < first ? first : (years[years.length - 1] as number);
}

/** The current year in Italy (the bodies' legal time zone). */
export function yearInRome(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Rome' }).format(now));
}
