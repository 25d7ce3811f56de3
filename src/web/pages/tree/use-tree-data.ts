/**
 * What the tree page shows, in one request: the scores of the period with every node's place in the
 * tree (parent, level, weight, units), and the org units' names.
 */
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { planScoresQueryOptions, type PeriodChoice, type PlanScores } from '../../components/score/score-queries.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { orgUnitListQueryOptions } from '../node/node-queries.js';
import type { TreeNodeInput } from './tree-model.js';

export type TreeData =
  | { ready: true; nodes: TreeNodeInput[]; scores: PlanScores; unitName: (code: string) => string | undefined }
  | { ready: false; failure: unknown; retry: () => void };

const NO_UNITS = { responsible: [], involved: [] };

export function useTreeData(plan: WorkspacePlan, period: PeriodChoice): TreeData {
  const scores = useQuery(planScoresQueryOptions(plan, plan.year, period, 'nodes'));
  const units = useQuery(orgUnitListQueryOptions(plan.entityCode));
  const names = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.code, unit.name])), [units.data]);
  const unitName = useCallback((code: string) => names.get(code), [names]);
  const nodes = useMemo(() => (scores.data?.nodes ?? []).map((node): TreeNodeInput => ({
    code: node.code, title: node.title, section: node.section, level: node.level, parentCode: node.parentCode, weight: node.weight,
    units: node.units ?? NO_UNITS,
  })), [scores.data]);
  const retry = useCallback(() => void scores.refetch(), [scores]);
  return useMemo((): TreeData => {
    if (scores.data) return { ready: true, nodes, scores: scores.data, unitName };
    return { ready: false, failure: scores.error ?? null, retry };
  }, [scores.data, scores.error, nodes, unitName, retry]);
}
