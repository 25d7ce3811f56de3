/** Plans of an entity: GET /api/entities/:entityCode/plans (titles, periods, years with their status). */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from './api-client.js';

const planYearSchema = z.object({
  year: z.number(),
  status: z.string(),
});

const planSummarySchema = z.object({
  code: z.string(),
  title: z.string(),
  firstYear: z.number(),
  lastYear: z.number(),
  years: z.array(planYearSchema),
});

/** Every list of the API is `{ items: [...] }`. */
const planListSchema = z.object({ items: z.array(planSummarySchema) });

export type PlanYear = z.infer<typeof planYearSchema>;
export type PlanSummary = z.infer<typeof planSummarySchema>;

export function planListQueryOptions(entityCode: string) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'plans'],
    queryFn: async ({ signal }) => {
      const list = await apiClient.request(`/api/entities/${encodeURIComponent(entityCode)}/plans`, { schema: planListSchema, signal });
      return list.items;
    },
    staleTime: 60_000,
  });
}
