/**
 * The plan year's cycle as the web application reads and changes it: the overview (GET …/cycle, with
 * the transitions the caller may take now and what blocks the others), the transitions, revisions
 * with their diff, the OIV's sample and validation, the frozen results and the recompute check, and
 * the year's trail of transitions from the audit log.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';

const bilingual = z.object({ it: z.string(), en: z.string() });

export const ACT_KINDS = ['delibera_giunta', 'delibera_consiglio', 'determinazione', 'decreto', 'other'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

const act = z.object({
  kind: z.enum(ACT_KINDS),
  number: z.string(),
  date: z.string(),
  body: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type Act = z.infer<typeof act>;

export const PLAN_YEAR_STATES = ['planning', 'approved', 'monitoring', 'revised', 'closed', 'validated', 'frozen'] as const;
export type PlanYearState = (typeof PLAN_YEAR_STATES)[number];

const transitionOption = z.object({
  transition: z.string(),
  label: bilingual,
  to: z.nullable(z.string()),
  allowed: z.boolean(),
  reasons: z.array(z.object({ kind: z.string(), code: z.string(), messages: bilingual })),
});
export type TransitionOption = z.infer<typeof transitionOption>;

const revisionRow = z.object({ number: z.number(), status: z.string(), reason: z.string(), act: z.nullable(act), approvedAt: z.nullable(z.string()) });

const cycle = z.object({
  year: z.number(),
  status: z.enum(PLAN_YEAR_STATES),
  label: bilingual,
  approvalAct: z.nullable(act),
  version: z.number(),
  abilities: z.array(z.string()),
  transitions: z.array(transitionOption),
  periods: z.array(z.object({
    code: z.string(), end: z.string(), final: z.boolean(), status: z.string(),
    campaign: z.nullable(z.object({ id: z.string(), status: z.string(), opensOn: z.string(), closesOn: z.string(), entryDeadline: z.string() })),
  })),
  revisions: z.array(revisionRow),
  validation: z.nullable(z.object({
    notes: z.string(), validatedBy: z.nullable(z.string()), validatedAt: z.string(),
    checklist: z.array(z.object({ item: z.string(), answer: z.string(), note: z.optional(z.string()) })),
  })),
  snapshot: z.nullable(z.object({ scoredHash: z.string(), planHash: z.string(), createdAt: z.string(), createdBy: z.nullable(z.string()) })),
});
export type CycleOverview = z.infer<typeof cycle>;

const planYear = z.object({ year: z.number(), status: z.string(), version: z.number() });

const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const itemChange = z.object({ kind: z.enum(['node', 'indicator']), code: z.string(), label: z.string(), change: z.enum(['added', 'removed', 'changed']), fields: z.array(fieldChange) });
export type ItemChange = z.infer<typeof itemChange>;
export type FieldChange = z.infer<typeof fieldChange>;

const revisionSummary = z.object({
  number: z.number(), status: z.enum(['draft', 'approved']), reason: z.string(), act: z.nullable(act),
  openedBy: z.nullable(z.string()), approvedBy: z.nullable(z.string()), approvedAt: z.nullable(z.string()), createdAt: z.string(),
});
export type RevisionSummary = z.infer<typeof revisionSummary>;

const revisionDetail = z.extend(revisionSummary, {
  live: z.boolean(),
  diff: z.object({
    nodes: z.array(itemChange), indicators: z.array(itemChange),
    summary: z.object({ added: z.number(), removed: z.number(), changed: z.number(), targetChanges: z.number(), weightChanges: z.number() }),
  }),
  targets: z.array(z.object({ indicator: z.string(), name: z.string(), original: z.nullable(z.string()), revised: z.nullable(z.string()) })),
});
export type RevisionDetail = z.infer<typeof revisionDetail>;

const attachment = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number(), uploadedBy: z.nullable(z.string()) });
const sampledValue = z.object({
  id: z.string(), measure: z.string(), period: z.string(), value: z.union([z.number(), z.boolean(), z.string()]), state: z.string(),
  note: z.nullable(z.string()), source: z.nullable(z.string()), enteredBy: z.nullable(z.string()), reviewedBy: z.nullable(z.string()),
});
const sample = z.object({ seed: z.number(), population: z.number(), items: z.array(z.object({ value: sampledValue, attachments: z.array(attachment) })) });
export type ValidationSample = z.infer<typeof sample>;

const recompute = z.object({
  identical: z.boolean(), reproducible: z.boolean(), inputsUnchanged: z.boolean(),
  frozen: z.object({ scoredHash: z.string(), planHash: z.string(), at: z.string() }),
  recomputed: z.object({ scoredHash: z.string(), planHash: z.string() }),
  differences: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type RecomputeCheck = z.infer<typeof recompute>;

const auditEntry = z.object({ id: z.number(), at: z.string(), username: z.nullable(z.string()), objectType: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() });
export type AuditEntry = z.infer<typeof auditEntry>;

export const planBase = (plan: Pick<WorkspacePlan, 'entityCode' | 'planCode'>) =>
  `/api/entities/${encodeURIComponent(plan.entityCode)}/plans/${encodeURIComponent(plan.planCode)}`;
export const yearBase = (plan: WorkspacePlan) => `${planBase(plan)}/years/${plan.year}`;

export const cycleKey = (plan: WorkspacePlan) => ['entities', plan.entityCode, 'plans', plan.planCode, 'cycle', plan.year] as const;

export function cycleQueryOptions(plan: WorkspacePlan) {
  return queryOptions({
    // Not 'overview': the data-collection pages cache the same URL under that key with a narrower schema.
    queryKey: [...cycleKey(plan), 'lifecycle'],
    queryFn: ({ signal }) => apiClient.request(`${yearBase(plan)}/cycle`, { schema: cycle, signal }),
    staleTime: 10_000,
  });
}

export function revisionQueryOptions(plan: WorkspacePlan, number: number) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'revisions', number],
    queryFn: ({ signal }) => apiClient.request(`${yearBase(plan)}/revisions/${number}`, { schema: revisionDetail, signal }),
    staleTime: 5_000,
  });
}

export function revisionListQueryOptions(plan: WorkspacePlan) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'revisions'],
    queryFn: async ({ signal }) => (await apiClient.request(`${yearBase(plan)}/revisions`, { schema: z.object({ items: z.array(revisionSummary) }), signal })).items,
    staleTime: 10_000,
  });
}

export function sampleQueryOptions(plan: WorkspacePlan, size: number, seed: number) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'sample', size, seed],
    queryFn: ({ signal }) => apiClient.request(`${yearBase(plan)}/validation-sample?size=${size}&seed=${seed}`, { schema: sample, signal }),
    staleTime: 60_000,
  });
}

/** The year's transitions in the audit trail (plan_year entries of this year), oldest first. */
export function yearTrailQueryOptions(plan: WorkspacePlan) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'trail'],
    queryFn: async ({ signal }) => {
      const page = await apiClient.request(`/api/entities/${encodeURIComponent(plan.entityCode)}/audit?objectType=plan_year&limit=500`, {
        schema: z.object({ items: z.array(auditEntry) }), signal,
      });
      const ofYear = (entry: AuditEntry) => [entry.before, entry.after].some((side) => (side as { year?: number } | null)?.year === plan.year);
      return page.items.filter(ofYear).reverse();
    },
    staleTime: 10_000,
  });
}

export const attachmentUrl = (plan: WorkspacePlan, attachmentId: string) => `${planBase(plan)}/attachments/${encodeURIComponent(attachmentId)}`;

/** The transitions' requests: each names the year's version it read. */
export type YearTransitionRequest =
  | { transition: 'approve'; act: Act }
  | { transition: 'start_monitoring' | 'close' | 'freeze' }
  | { transition: 'reopen'; reason: string };

const TRANSITION_PATHS = { approve: 'approve', start_monitoring: 'start-monitoring', close: 'close', reopen: 'reopen', freeze: 'freeze' } as const;

export function runYearTransition(plan: WorkspacePlan, version: number, request: YearTransitionRequest) {
  const { transition, ...rest } = request;
  return apiClient.request(`${yearBase(plan)}/${TRANSITION_PATHS[transition]}`, { method: 'POST', body: { version, ...rest }, schema: planYear });
}

export function openRevision(plan: WorkspacePlan, reason: string) {
  return apiClient.request(`${yearBase(plan)}/revisions`, { method: 'POST', body: { reason }, schema: revisionSummary });
}

export function approveRevision(plan: WorkspacePlan, number: number, version: number, revisionAct: Act) {
  return apiClient.request(`${yearBase(plan)}/revisions/${number}/approve`, { method: 'POST', body: { version, act: revisionAct }, schema: planYear });
}

export interface ValidationRequest {
  version: number;
  notes: string;
  checklist: { item: string; answer: string; note?: string }[];
  sample?: { seed: number; valueIds: string[] };
}

export function validateYear(plan: WorkspacePlan, request: ValidationRequest) {
  return apiClient.request(`${yearBase(plan)}/validate`, { method: 'POST', body: request, schema: planYear });
}

export function checkRecompute(plan: WorkspacePlan) {
  return apiClient.request(`${yearBase(plan)}/recompute-check`, { method: 'POST', body: {}, schema: recompute });
}
