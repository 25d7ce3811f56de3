/** Measures of a plan: the catalogue, one measure with the indicators using it, and its versioned update. */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import { planPath, type PlanRef } from '../../components/score/score-queries.js';

const measure = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  unit: z.optional(z.string()),
  source: z.optional(z.string()),
  periodicity: z.optional(z.string()),
  version: z.number(),
});
export type MeasureItem = z.infer<typeof measure>;

const measureDetail = z.object({
  ...measure.shape,
  usedBy: z.array(z.object({ indicator: z.string(), name: z.string(), nodeCode: z.string(), by: z.enum(['code', 'name']) })),
  abilities: z.array(z.string()),
});
export type MeasureDetail = z.infer<typeof measureDetail>;

export interface MeasurePatch {
  version: number;
  name?: string;
  description?: string | null;
  unit?: string;
  source?: string | null;
  periodicity?: string | null;
}

const measuresPath = (plan: PlanRef) => `${planPath(plan)}/measures`;

export function measureListQueryOptions(plan: PlanRef) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'measures'],
    queryFn: async ({ signal }) => (await apiClient.request(measuresPath(plan), { schema: z.object({ items: z.array(measure) }), signal })).items,
    staleTime: 60_000,
  });
}

export function measureQueryOptions(plan: PlanRef, code: string) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'measures', code],
    queryFn: ({ signal }) => apiClient.request(`${measuresPath(plan)}/${encodeURIComponent(code)}`, { schema: measureDetail, signal }),
    staleTime: 0,
  });
}

export function patchMeasure(plan: PlanRef, code: string, patch: MeasurePatch): Promise<MeasureDetail> {
  return apiClient.request(`${measuresPath(plan)}/${encodeURIComponent(code)}`, { method: 'PATCH', body: patch, schema: measureDetail });
}
