/**
 * The tree page's requests (the period's scores with the nodes, and the org units), started by the
 * route's loader while the page's code loads. Same query options as useTreeData.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '../../api/session.js';
import { planScoresQueryOptions } from '../../components/score/score-queries.js';
import { prefetchForWorkspace } from '../../workspace/workspace-prefetch.js';
import { orgUnitListQueryOptions } from '../node/node-queries.js';
import { periodChoiceOf } from './tree-search.js';

export function prefetchTree(queryClient: QueryClient, me: Me, periodo: string | undefined): void {
  prefetchForWorkspace(queryClient, me, (plan) => Promise.all([
    queryClient.prefetchQuery(planScoresQueryOptions(plan, plan.year, periodChoiceOf(periodo), 'nodes')),
    queryClient.prefetchQuery(orgUnitListQueryOptions(plan.entityCode)),
  ]));
}
