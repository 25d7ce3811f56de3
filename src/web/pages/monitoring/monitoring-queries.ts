/**
 * The monitoring cycle's API as the data-collection pages use it: the year's periods and campaigns,
 * one campaign with its completion, the entry grid of a period, a value with its evidence, value
 * transitions, evidence uploads, deviations and the caller's notifications. Responses are validated.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import { planPath, type PlanRef } from '../../components/score/score-queries.js';

const bilingual = z.object({ it: z.string(), en: z.string() });
const scalar = z.union([z.number(), z.boolean(), z.string()]);

const campaignSummary = z.object({
  id: z.string(), periodCode: z.string(), status: z.string(), opensOn: z.string(), closesOn: z.string(), entryDeadline: z.string(), version: z.number(),
});
const period = z.object({ code: z.string(), year: z.number(), end: z.string(), final: z.boolean(), expectedProgress: z.nullable(z.number()), status: z.string() });
export type MonitoringPeriod = z.infer<typeof period>;

const cycleOverview = z.object({
  year: z.number(), status: z.string(), label: bilingual, version: z.number(),
  periods: z.array(z.object({ ...period.shape, campaign: z.nullable(campaignSummary) })),
});
export type CycleOverview = z.infer<typeof cycleOverview>;
export type CyclePeriod = CycleOverview['periods'][number];

const assignment = z.object({ measure: z.string(), unit: z.string() });
export type Assignment = z.infer<typeof assignment>;
const campaign = z.object({
  id: z.string(), year: z.number(), period: z.string(), status: z.enum(['planned', 'open', 'closed']), label: bilingual,
  opensOn: z.string(), closesOn: z.string(), entryDeadline: z.string(), note: z.nullable(z.string()), version: z.number(),
  assignments: z.optional(z.array(assignment)),
});
export type Campaign = z.infer<typeof campaign>;

export const ITEM_STATES = ['missing', 'draft', 'submitted', 'validated', 'rejected'] as const;
const itemState = z.enum(ITEM_STATES);
export type CompletionState = z.infer<typeof itemState>;
const completion = z.object({
  units: z.array(z.object({
    unit: z.object({ code: z.string(), name: z.string() }),
    referents: z.array(z.object({ userId: z.string(), username: z.string(), displayName: z.string() })),
    items: z.array(z.object({ measure: z.string(), name: z.string(), state: itemState, valueId: z.nullable(z.string()) })),
    pending: z.number(),
  })),
  unassigned: z.array(z.object({ measure: z.string(), name: z.string(), state: itemState })),
  totals: z.object({ measures: z.number(), missing: z.number(), draft: z.number(), submitted: z.number(), validated: z.number(), rejected: z.number() }),
});
export type Completion = z.infer<typeof completion>;

const value = z.object({
  id: z.string(), measure: z.string(), year: z.number(), period: z.string(), value: scalar, state: z.string(),
  note: z.nullable(z.string()), source: z.nullable(z.string()), enteredBy: z.nullable(z.string()), enteredAt: z.string(),
  reviewedBy: z.nullable(z.string()), reviewedAt: z.nullable(z.string()), reviewNote: z.nullable(z.string()), version: z.number(),
});
export type MeasuredValue = z.infer<typeof value>;

export const INTERIM_STATUSES = ['in_linea', 'a_rischio', 'critico'] as const;
export type InterimStatus = (typeof INTERIM_STATUSES)[number];
const interimStatus = z.nullable(z.enum(INTERIM_STATUSES));

export const VALUE_TRANSITIONS = ['enter', 'submit', 'withdraw', 'validate', 'reject', 'reopen'] as const;
export type ValueTransition = (typeof VALUE_TRANSITIONS)[number];

const gridRow = z.object({
  measure: z.object({ code: z.string(), name: z.string(), unit: z.string(), source: z.nullable(z.string()) }),
  units: z.array(z.string()),
  current: z.nullable(z.object({ ...value.shape, attachments: z.number() })),
  previous: z.array(z.object({ year: z.number(), period: z.nullable(z.string()), value: z.unknown(), state: z.string() })),
  indicators: z.array(z.object({
    code: z.string(), name: z.string(), node: z.string(), target: z.nullable(z.string()), state: z.string(),
    value: z.nullable(scalar), achievement: z.nullable(z.number()), status: interimStatus,
  })),
  can: z.array(z.enum(VALUE_TRANSITIONS)),
});
export type GridRow = z.infer<typeof gridRow>;
const grid = z.object({ period, campaign: z.nullable(campaignSummary), provisional: z.literal(true), rows: z.array(gridRow) });
export type Grid = z.infer<typeof grid>;

const attachment = z.object({
  id: z.string(), valueId: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string(),
  uploadedBy: z.nullable(z.string()), uploadedAt: z.string(),
});
export type Attachment = z.infer<typeof attachment>;
const valueDetail = z.object({ ...value.shape, attachments: z.array(attachment), can: z.array(z.enum(VALUE_TRANSITIONS)) });
export type ValueDetail = z.infer<typeof valueDetail>;

export const DEVIATION_CAUSES = ['endogenous', 'exogenous', 'indicator_definition'] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];
const deviationRecord = z.object({
  id: z.string(), indicator: z.string(), year: z.number(), period: z.string(), causeClass: z.enum(DEVIATION_CAUSES), causeLabel: bilingual,
  explanation: z.string(), correctiveAction: z.nullable(z.string()), owner: z.nullable(z.string()), enteredBy: z.nullable(z.string()),
  updatedAt: z.string(), version: z.number(),
});
export type DeviationRecord = z.infer<typeof deviationRecord>;
const deviationItem = z.object({
  indicator: z.object({
    code: z.string(), name: z.string(), node: z.string(), state: z.string(), value: z.unknown(), achievement: z.nullable(z.number()), target: z.nullable(z.string()),
  }),
  required: z.boolean(), status: interimStatus, deviation: z.nullable(deviationRecord),
});
export type DeviationItem = z.infer<typeof deviationItem>;

export const NOTIFICATION_KINDS = ['campaign_opened', 'deadline_near', 'value_rejected', 'validation_requested'] as const;
const notification = z.object({
  id: z.string(), kind: z.string(), title: bilingual, body: bilingual, subject: z.object({ type: z.string(), id: z.string() }),
  link: z.record(z.string(), z.union([z.string(), z.number()])), createdAt: z.string(), readAt: z.nullable(z.string()),
});
export type Notification = z.infer<typeof notification>;
const inbox = z.object({ items: z.array(notification), unread: z.number() });
export type Inbox = z.infer<typeof inbox>;

const enc = encodeURIComponent;
const yearPath = (plan: PlanRef, year: number) => `${planPath(plan)}/years/${year}`;
const periodPath = (plan: PlanRef, year: number, periodCode: string) => `${yearPath(plan, year)}/periods/${enc(periodCode)}`;
const campaignPath = (plan: PlanRef, id: string) => `${planPath(plan)}/campaigns/${enc(id)}`;
const valuePath = (plan: PlanRef, id: string) => `${planPath(plan)}/values/${enc(id)}`;

/** Every cached response of the plan's cycle starts with this key: one invalidation refreshes them all. */
export const cycleKey = (plan: PlanRef) => ['entities', plan.entityCode, 'plans', plan.planCode, 'cycle'] as const;

export function cycleQueryOptions(plan: PlanRef, year: number) {
  return queryOptions({
    queryKey: [...cycleKey(plan), year, 'overview'],
    queryFn: ({ signal }) => apiClient.request(`${yearPath(plan, year)}/cycle`, { schema: cycleOverview, signal }),
    staleTime: 10_000,
  });
}

export function campaignQueryOptions(plan: PlanRef, id: string) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'campaign', id],
    queryFn: ({ signal }) => apiClient.request(campaignPath(plan, id), { schema: campaign, signal }),
  });
}

export function completionQueryOptions(plan: PlanRef, id: string) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'campaign', id, 'completion'],
    queryFn: ({ signal }) => apiClient.request(`${campaignPath(plan, id)}/completion`, { schema: completion, signal }),
    // Live: others are entering values while the STP looks.
    refetchInterval: 30_000,
  });
}

export function gridQueryOptions(plan: PlanRef, year: number, periodCode: string, mine?: boolean) {
  const query = mine === undefined ? '' : `?mine=${String(mine)}`;
  return queryOptions({
    queryKey: [...cycleKey(plan), year, 'grid', periodCode, mine ?? 'default'],
    queryFn: ({ signal }) => apiClient.request(`${periodPath(plan, year, periodCode)}/grid${query}`, { schema: grid, signal }),
  });
}

export function valueQueryOptions(plan: PlanRef, id: string) {
  return queryOptions({
    queryKey: [...cycleKey(plan), 'value', id],
    queryFn: ({ signal }) => apiClient.request(valuePath(plan, id), { schema: valueDetail, signal }),
  });
}

export function deviationsQueryOptions(plan: PlanRef, year: number, periodCode: string) {
  return queryOptions({
    queryKey: [...cycleKey(plan), year, 'deviations', periodCode],
    queryFn: async ({ signal }) => (await apiClient.request(`${periodPath(plan, year, periodCode)}/deviations`, { schema: z.object({ items: z.array(deviationItem) }), signal })).items,
  });
}

export interface NewCampaign { period: string; opensOn?: string; closesOn?: string; entryDeadline?: string; note?: string; assignments: Assignment[] }

export function createCampaign(plan: PlanRef, year: number, body: NewCampaign): Promise<Campaign> {
  return apiClient.request(`${yearPath(plan, year)}/campaigns`, { method: 'POST', body, schema: campaign });
}

export function transitionCampaign(plan: PlanRef, id: string, transition: 'open' | 'close' | 'reopen', version: number, reason?: string): Promise<Campaign> {
  return apiClient.request(`${campaignPath(plan, id)}/${transition}`, { method: 'POST', body: reason === undefined ? { version } : { version, reason }, schema: campaign });
}

export function saveAssignments(plan: PlanRef, id: string, version: number, assignments: Assignment[]): Promise<Campaign> {
  return apiClient.request(`${campaignPath(plan, id)}/assignments`, { method: 'PUT', body: { version, assignments }, schema: campaign });
}

export function sendReminders(plan: PlanRef, id: string): Promise<{ notified: number; units: string[] }> {
  return apiClient.request(`${campaignPath(plan, id)}/reminders`, { method: 'POST', schema: z.object({ notified: z.number(), units: z.array(z.string()) }) });
}

export interface ValueEntry { value: number | boolean | string; note?: string | null; source?: string | null; version?: number }

export function enterValue(plan: PlanRef, year: number, periodCode: string, measureCode: string, entry: ValueEntry): Promise<MeasuredValue> {
  return apiClient.request(`${periodPath(plan, year, periodCode)}/values/${enc(measureCode)}`, { method: 'PUT', body: entry, schema: value });
}

export function transitionValue(plan: PlanRef, id: string, transition: Exclude<ValueTransition, 'enter'>, version: number, reason?: string): Promise<MeasuredValue> {
  return apiClient.request(`${valuePath(plan, id)}/${transition}`, { method: 'POST', body: reason === undefined ? { version } : { version, reason }, schema: value });
}

export function uploadEvidence(plan: PlanRef, valueId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiClient.request(`${valuePath(plan, valueId)}/attachments`, { method: 'POST', body: form, schema: attachment });
}

export function removeEvidence(plan: PlanRef, attachmentId: string): Promise<Attachment> {
  return apiClient.request(`${planPath(plan)}/attachments/${enc(attachmentId)}`, { method: 'DELETE', schema: attachment });
}

export const evidenceHref = (plan: PlanRef, attachmentId: string) => `${planPath(plan)}/attachments/${enc(attachmentId)}`;

export interface DeviationInput { causeClass: DeviationCause; explanation: string; correctiveAction?: string | null; owner?: string | null; version?: number }

export function recordDeviation(plan: PlanRef, year: number, periodCode: string, indicatorCode: string, body: DeviationInput): Promise<DeviationRecord> {
  return apiClient.request(`${periodPath(plan, year, periodCode)}/deviations/${enc(indicatorCode)}`, { method: 'PUT', body, schema: deviationRecord });
}

export const inboxKey = ['me', 'notifications'] as const;

export function inboxQueryOptions(unreadOnly = false) {
  return queryOptions({
    queryKey: [...inboxKey, unreadOnly ? 'unread' : 'all'],
    queryFn: ({ signal }) => apiClient.request(`/api/me/notifications${unreadOnly ? '?unread=true' : ''}`, { schema: inbox, signal }),
    refetchInterval: 60_000,
  });
}

export function markNotificationRead(id: string): Promise<Notification> {
  return apiClient.request(`/api/me/notifications/${enc(id)}/read`, { method: 'POST', schema: notification });
}

export function markAllNotificationsRead(): Promise<{ marked: number }> {
  return apiClient.request('/api/me/notifications/read-all', { method: 'POST', schema: z.object({ marked: z.number() }) });
}
