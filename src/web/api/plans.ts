/**
 * Plans of an entity. The list (GET /api/entities/:entityCode/plans) gives each plan's header with its
 * years and their status in the cycle; the detail (GET …/plans/:planCode) adds the plan's counts.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from './api-client.js';

const planYearSchema = z.object({ year: z.number(), status: z.string() });

const planItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  firstYear: z.number(),
  lastYear: z.number(),
  years: z.array(planYearSchema),
});

/** Every list of the API is `{ items: [...] }`. */
const planListSchema = z.object({ items: z.array(planItemSchema) });

const planCountsSchema = z.object({
  nodes: z.number(),
  indicators: z.number(),
  measures: z.number(),
  periods: z.number(),
  values: z.number(),
});

const planDetailSchema = z.object({
  code: z.string(),
  title: z.string(),
  firstYear: z.number(),
  lastYear: z.number(),
  years: z.array(planYearSchema),
  counts: z.optional(planCountsSchema),
});

export type PlanItem = z.infer<typeof planItemSchema>;
export type PlanYear = z.infer<typeof planYearSchema>;
export type PlanCounts = z.infer<typeof planCountsSchema>;
export type PlanDetail = z.infer<typeof planDetailSchema>;

const entityPath = (entityCode: string) => `/api/entities/${encodeURIComponent(entityCode)}`;

export function planListQueryOptions(entityCode: string) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'plans'],
    queryFn: async ({ signal }) => {
      const list = await apiClient.request(`${entityPath(entityCode)}/plans`, { schema: planListSchema, signal });
      return list.items;
    },
    staleTime: 60_000,
  });
}

export function planDetailQueryOptions(entityCode: string, planCode: string) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'plans', planCode],
    queryFn: ({ signal }) =>
      apiClient.request(`${entityPath(entityCode)}/plans/${encodeURIComponent(planCode)}`, { schema: planDetailSchema, signal }),
    staleTime: 60_000,
  });
}
