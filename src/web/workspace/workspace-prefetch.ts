/**
 * Starts the requests of a page as soon as the session is known, while the page's code still loads:
 * the entity's plans (each with its years), then what the page reads for the workspace's plan and year.
 * The WorkspaceProvider's rules pick the same entity, plan and year, and the same query options are
 * used, so the page's components find the answers (or the requests in flight) in the query cache.
 * Failures are left to the components: they ask again and show the problem.
 */
import type { QueryClient } from '@tanstack/react-query';
import { entityListQueryOptions } from '../api/entities.js';
import { planListQueryOptions } from '../api/plans.js';
import type { Me } from '../api/session.js';
import { listWorkspaceEntities, pickEntity, pickPlan, pickYear, yearInRome } from './workspace-selection.js';
import { readWorkspaceChoice } from './workspace-storage.js';

export interface PrefetchPlan {
  entityCode: string;
  planCode: string;
  year: number;
}

/** The entity, plan and year the WorkspaceProvider will show, or null when there is none. */
export async function resolveWorkspacePlan(queryClient: QueryClient, me: Me): Promise<PrefetchPlan | null> {
  const choice = readWorkspaceChoice(me.user.id);
  const all = me.user.isSystemAdmin ? await queryClient.ensureQueryData(entityListQueryOptions) : null;
  const entity = pickEntity(listWorkspaceEntities(me.memberships, all), choice.entityCode);
  if (!entity) return null;
  const currentYear = yearInRome();
  const plan = pickPlan(await queryClient.ensureQueryData(planListQueryOptions(entity.code)), choice.planCode, currentYear);
  if (!plan) return null;
  const year = pickYear(plan.years, choice.year, currentYear);
  return year === null ? null : { entityCode: entity.code, planCode: plan.code, year };
}

/** Fire and forget: resolves the workspace's plan, then starts the page's own requests for it. */
export function prefetchForWorkspace(queryClient: QueryClient, me: Me, pageRequests: (plan: PrefetchPlan) => Promise<unknown>): void {
  void resolveWorkspacePlan(queryClient, me)
    .then((plan) => (plan ? pageRequests(plan) : undefined))
    .catch(() => undefined);
}
