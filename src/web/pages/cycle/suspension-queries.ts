/** Suspensions (sterilizzazioni) of the workspace year: list, suspend with reason and act, lift with a reason. */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { cycleKey, planBase, yearBase, ACT_KINDS, type Act } from './cycle-queries.js';

const suspension = z.object({
  id: z.string(),
  target: z.object({ kind: z.enum(['indicator', 'node']), code: z.string() }),
  year: z.number(),
  reason: z.string(),
  act: z.nullable(z.object({ kind: z.enum(ACT_KINDS), number: z.string(), date: z.string(), body: z.optional(z.string()), note: z.optional(z.string()) })),
  createdAt: z.string(),
  version: z.number(),
});
export type Suspension = z.infer<typeof suspension>;
export type SuspensionKind = Suspension['target']['kind'];

export function suspensionsQueryOptions(plan: WorkspacePlan) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'suspensions'],
    queryFn: async ({ signal }) => (await apiClient.request(`${yearBase(plan)}/suspensions`, { schema: z.object({ items: z.array(suspension) }), signal })).items,
    staleTime: 10_000,
  });
}

export function suspend(plan: WorkspacePlan, body: { target: { kind: SuspensionKind; code: string }; reason: string; act?: Act }) {
  return apiClient.request(`${yearBase(plan)}/suspensions`, { method: 'POST', body, schema: suspension });
}

export function liftSuspension(plan: WorkspacePlan, item: Suspension, reason: string) {
  return apiClient.request(`${planBase(plan)}/suspensions/${encodeURIComponent(item.id)}/lift`, { method: 'POST', body: { version: item.version, reason }, schema: suspension });
}
