/**
 * Nodes of a plan (GET …/nodes, …/nodes/:code), the entity's org units (GET …/org-units) and the
 * audit trail of one object (GET …/audit?objectType&objectId), as TanStack Query options.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import { planPath, type PlanRef } from '../../components/score/score-queries.js';

const amounts = z.object({ planned: z.optional(z.number()), actual: z.optional(z.number()) });
const budgetYear = z.object({ revenue: z.optional(amounts), costs: z.optional(amounts), investments: z.optional(amounts) });
const act = z.object({ kind: z.string(), number: z.string(), date: z.optional(z.string()), body: z.optional(z.string()) });

const node = z.object({
  id: z.string(),
  code: z.string(),
  section: z.string(),
  level: z.nullable(z.string()),
  parentCode: z.nullable(z.string()),
  title: z.string(),
  description: z.nullable(z.string()),
  weight: z.nullable(z.number()),
  units: z.object({ responsible: z.array(z.string()), involved: z.array(z.string()) }),
  budget: z.nullable(z.record(z.string(), budgetYear)),
  budgetProgram: z.nullable(z.object({ mission: z.string(), program: z.string() })),
  links: z.array(z.string()),
  firstYear: z.nullable(z.number()),
  history: z.array(z.object({ year: z.number(), change: z.string(), act: z.optional(act), note: z.optional(z.string()) })),
  version: z.number(),
  abilities: z.array(z.string()),
});
export type PlanNodeItem = z.infer<typeof node>;
export type BudgetYear = z.infer<typeof budgetYear>;

const orgUnit = z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string(), parentId: z.nullable(z.string()) });
export type OrgUnitItem = z.infer<typeof orgUnit>;

const auditEntry = z.object({
  id: z.number(), at: z.string(), username: z.nullable(z.string()), objectType: z.string(), objectId: z.string(), action: z.string(),
  before: z.unknown(), after: z.unknown(),
});
export type AuditEntryItem = z.infer<typeof auditEntry>;

export function nodeListQueryOptions(plan: PlanRef) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'nodes'],
    queryFn: async ({ signal }) => (await apiClient.request(`${planPath(plan)}/nodes`, { schema: z.object({ items: z.array(node) }), signal })).items,
    staleTime: 60_000,
  });
}

export function nodeQueryOptions(plan: PlanRef, nodeCode: string) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'nodes', nodeCode],
    queryFn: ({ signal }) => apiClient.request(`${planPath(plan)}/nodes/${encodeURIComponent(nodeCode)}`, { schema: node, signal }),
    staleTime: 30_000,
  });
}

export function orgUnitListQueryOptions(entityCode: string) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'org-units'],
    queryFn: async ({ signal }) =>
      (await apiClient.request(`/api/entities/${encodeURIComponent(entityCode)}/org-units`, { schema: z.object({ items: z.array(orgUnit) }), signal })).items,
    staleTime: 5 * 60_000,
  });
}

export function auditHistoryQueryOptions(entityCode: string, objectType: string, objectId: string) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'audit', objectType, objectId],
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ objectType, objectId, limit: '50' });
      const page = await apiClient.request(`/api/entities/${encodeURIComponent(entityCode)}/audit?${query}`, {
        schema: z.object({ items: z.array(auditEntry), nextCursor: z.nullable(z.string()) }), signal,
      });
      return page.items;
    },
    staleTime: 30_000,
  });
}
