/** What the tree page shows: the plan's nodes, the scores of the period, the org units' names. */
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { planScoresQueryOptions, type PeriodChoice, type PlanScores } from '../../components/score/score-queries.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { nodeListQueryOptions, orgUnitListQueryOptions, type PlanNodeItem } from '../node/node-queries.js';

export type TreeData =
  | { ready: true; nodes: PlanNodeItem[]; scores: PlanScores; unitName: (code: string) => string | undefined }
  | { ready: false; failure: unknown; retry: () => void };

export function useTreeData(plan: WorkspacePlan, period: PeriodChoice): TreeData {
  const nodes = useQuery(nodeListQueryOptions(plan));
  const scores = useQuery(planScoresQueryOptions(plan, plan.year, period));
  const units = useQuery(orgUnitListQueryOptions(plan.entityCode));
  const names = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.code, unit.name])), [units.data]);
  const unitName = useCallback((code: string) => names.get(code), [names]);
  const retry = useCallback(() => {
    if (nodes.isError) void nodes.refetch();
    if (scores.isError) void scores.refetch();
  }, [nodes, scores]);
  return useMemo((): TreeData => {
    if (nodes.data && scores.data) return { ready: true, nodes: nodes.data, scores: scores.data, unitName };
    return { ready: false, failure: nodes.error ?? scores.error ?? null, retry };
  }, [nodes.data, scores.data, nodes.error, scores.error, unitName, retry]);
}
