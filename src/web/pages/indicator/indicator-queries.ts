/** Indicators of a plan: the list, one indicator, and its versioned update (PATCH with `version`). */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import { planPath, type PlanRef } from '../../components/score/score-queries.js';

const indicator = z.object({
  id: z.string(),
  code: z.string(),
  nodeCode: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  type: z.optional(z.string()),
  formula: z.optional(z.string()),
  formulaProse: z.optional(z.string()),
  unit: z.optional(z.string()),
  polarity: z.optional(z.string()),
  baseline: z.optional(z.object({ year: z.optional(z.number()), value: z.optional(z.union([z.number(), z.boolean(), z.string()])), text: z.optional(z.string()) })),
  targets: z.optional(z.record(z.string(), z.string())),
  weight: z.optional(z.number()),
  source: z.optional(z.string()),
  periodicity: z.optional(z.string()),
  scoringRule: z.optional(z.string()),
  parameters: z.optional(z.record(z.string(), z.record(z.string(), z.number()))),
  notes: z.optional(z.string()),
  version: z.number(),
  abilities: z.array(z.string()),
});
export type IndicatorItem = z.infer<typeof indicator>;

/** The fields the editor changes; null removes an optional field. */
export interface IndicatorPatch {
  version: number;
  formula?: string | null;
  targets?: Record<string, string>;
  weight?: number | null;
  scoringRule?: string | null;
}

const indicatorsPath = (plan: PlanRef) => `${planPath(plan)}/indicators`;

export function indicatorListQueryOptions(plan: PlanRef) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'indicators'],
    queryFn: async ({ signal }) => (await apiClient.request(indicatorsPath(plan), { schema: z.object({ items: z.array(indicator) }), signal })).items,
    staleTime: 60_000,
  });
}

export function indicatorQueryOptions(plan: PlanRef, code: string) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'indicators', code],
    queryFn: ({ signal }) => apiClient.request(`${indicatorsPath(plan)}/${encodeURIComponent(code)}`, { schema: indicator, signal }),
    staleTime: 0,
  });
}

export function patchIndicator(plan: PlanRef, code: string, patch: IndicatorPatch): Promise<IndicatorItem> {
  return apiClient.request(`${indicatorsPath(plan)}/${encodeURIComponent(code)}`, { method: 'PATCH', body: patch, schema: indicator });
}
