/**
 * The scoring policy (SMVP) of an entity's year: the revision in force (GET …/policies/:year), the
 * history (…/revisions), one revision, saving a new revision (PUT) and the what-if comparison
 * (POST …/plans/:planCode/what-if). The policy itself travels as the policy file's JSON.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import type { ScoringPolicy } from '../../../core/scoring/policy.schema.js';

const savedBy = z.nullable(z.object({ username: z.string(), displayName: z.string() }));

const revisionInfo = z.object({
  revision: z.number(),
  savedAt: z.nullable(z.string()),
  savedBy,
  note: z.nullable(z.string()),
});

/** The policy is validated by the server; here it is taken as the server's ScoringPolicy. */
const policyRevision = z.object({
  entityCode: z.string(),
  year: z.number(),
  revision: z.number(),
  isDefault: z.boolean(),
  savedAt: z.nullable(z.string()),
  savedBy,
  note: z.nullable(z.string()),
  policy: z.custom<ScoringPolicy>((value) => typeof value === 'object' && value !== null),
  abilities: z.array(z.string()),
});

export type PolicyRevisionInfo = z.infer<typeof revisionInfo>;
export type PolicyRevision = z.infer<typeof policyRevision>;

const bilingual = z.object({ it: z.string(), en: z.string() });
const snapshot = z.object({
  state: z.string(),
  score: z.nullable(z.number()),
  rounded: z.nullable(z.number()),
  band: z.nullable(z.object({ key: z.string(), label: bilingual, symbol: z.string(), icon: z.string(), colour: z.string() })),
});

export const WHAT_IF_KINDS = ['entity', 'component', 'unit', 'node', 'indicator', 'card'] as const;
export type WhatIfKind = (typeof WHAT_IF_KINDS)[number];

const change = z.object({
  kind: z.enum(WHAT_IF_KINDS),
  code: z.string(),
  label: z.string(),
  section: z.optional(z.string()),
  level: z.optional(z.nullable(z.string())),
  role: z.optional(z.string()),
  before: snapshot,
  after: snapshot,
  delta: z.nullable(z.number()),
  statusChanged: z.boolean(),
  changed: z.boolean(),
});

const kindSummary = z.object({ compared: z.number(), changed: z.number(), statusChanged: z.number(), improved: z.number(), worsened: z.number() });

const whatIf = z.object({
  year: z.number(),
  period: z.nullable(z.string()),
  interim: z.boolean(),
  revisions: z.object({ current: z.number(), proposed: z.number() }),
  entity: change,
  changes: z.array(change),
  summary: z.record(z.string(), kindSummary),
  cardsCompared: z.boolean(),
});

export type WhatIfChange = z.infer<typeof change>;
export type WhatIfResult = z.infer<typeof whatIf>;

const entityPath = (entityCode: string) => `/api/entities/${encodeURIComponent(entityCode)}`;
const policyPath = (entityCode: string, year: number) => `${entityPath(entityCode)}/policies/${year}`;

export const policyKey = (entityCode: string, year: number) => ['entities', entityCode, 'policies', year] as const;

export function policyQueryOptions(entityCode: string, year: number) {
  return queryOptions({
    queryKey: [...policyKey(entityCode, year), 'current'],
    queryFn: ({ signal }) => apiClient.request(policyPath(entityCode, year), { schema: policyRevision, signal }),
    staleTime: 30_000,
  });
}

export function policyRevisionsQueryOptions(entityCode: string, year: number) {
  return queryOptions({
    queryKey: [...policyKey(entityCode, year), 'revisions'],
    queryFn: async ({ signal }) =>
      (await apiClient.request(`${policyPath(entityCode, year)}/revisions`, { schema: z.object({ items: z.array(revisionInfo) }), signal })).items,
    staleTime: 30_000,
  });
}

export function fetchPolicyRevision(entityCode: string, year: number, revision: number): Promise<PolicyRevision> {
  return apiClient.request(`${policyPath(entityCode, year)}/revisions/${revision}`, { schema: policyRevision });
}

export interface PolicySave {
  baseRevision: number;
  note: string | null;
  policy: ScoringPolicy;
}

export function savePolicy(entityCode: string, year: number, save: PolicySave): Promise<PolicyRevision> {
  return apiClient.request(policyPath(entityCode, year), { method: 'PUT', body: save, schema: policyRevision });
}

export interface WhatIfRequest {
  year: number;
  period?: string;
  policy: ScoringPolicy;
}

export function runWhatIf(entityCode: string, planCode: string, request: WhatIfRequest): Promise<WhatIfResult> {
  return apiClient.request(`${entityPath(entityCode)}/plans/${encodeURIComponent(planCode)}/what-if`, { method: 'POST', body: request, schema: whatIf });
}
