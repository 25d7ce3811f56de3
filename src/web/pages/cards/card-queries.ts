/**
 * Evaluation cards over the HTTP API: lists (the cards the caller may see, their own), one card, its
 * live score with the explanation tree, workflow steps, saving, the card policy, calibration, the fund
 * distribution and its payroll files. The card itself travels as the plan file's JSON.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError, apiClient, clientProblems } from '../../api/api-client.js';
import type { CardExplanation } from '../../../core/evaluation/card-explanation.js';
import type { CardPolicy, FundPolicyInput } from '../../../core/evaluation/card-policy.schema.js';
import { CARD_ACTIONS, CARD_STATES, type CardAction } from '../../../core/evaluation/card-workflow.js';
import type { EvaluationCard } from '../../../core/evaluation/card.schema.js';

const bilingual = z.object({ it: z.string(), en: z.string() });
const snapshot = z.object({ raw: z.nullable(z.number()), adjusted: z.nullable(z.number()) });

const workflow = z.object({
  state: z.enum(CARD_STATES),
  version: z.number(),
  appealDays: z.number(),
  appealDeadline: z.nullable(z.string()),
  reviewer: z.nullable(z.string()),
  feedback: z.nullable(z.string()),
  finalScore: z.nullable(snapshot),
  appeal: z.nullable(z.object({
    reason: z.string(), filedAt: z.string(), outcome: z.optional(z.enum(['accepted', 'rejected'])),
    decidedBy: z.optional(z.string()), decidedAt: z.optional(z.string()), note: z.optional(z.string()), scoreBefore: z.optional(snapshot),
  })),
  history: z.array(z.object({
    action: z.enum(CARD_ACTIONS), from: z.enum(CARD_STATES), to: z.enum(CARD_STATES), by: z.string(), at: z.string(), note: z.optional(z.string()),
  })),
});

const cardItem = z.object({
  code: z.string(),
  year: z.number(),
  version: z.number(),
  card: z.custom<EvaluationCard>((value) => typeof value === 'object' && value !== null),
  workflow,
  relations: z.array(z.enum(['person', 'evaluator', 'reviewer', 'manager'])),
  actions: z.array(z.enum(CARD_ACTIONS)),
  canEdit: z.boolean(),
  auditIds: z.object({ card: z.string(), workflow: z.nullable(z.string()) }),
});

export type CardItem = z.infer<typeof cardItem>;
export type CardWorkflowView = z.infer<typeof workflow>;

const cardList = z.object({ year: z.number(), items: z.array(cardItem) });

const cardScore = z.object({
  code: z.string(),
  year: z.number(),
  state: z.string(),
  raw: z.nullable(z.number()),
  adjusted: z.nullable(z.number()),
  rounded: snapshot,
  finalScore: z.nullable(snapshot),
  problems: z.array(z.object({ code: z.string(), path: z.string(), message: bilingual })),
  explanation: z.custom<CardExplanation>((value) => typeof value === 'object' && value !== null),
});

export type CardScore = z.infer<typeof cardScore>;

const entityPath = (entityCode: string) => `/api/entities/${encodeURIComponent(entityCode)}`;
const cardPath = (entityCode: string, code: string) => `${entityPath(entityCode)}/cards/${encodeURIComponent(code)}`;

export const cardsKey = (entityCode: string) => ['entities', entityCode, 'cards'] as const;

export function cardListQueryOptions(entityCode: string, year: number, mine = false) {
  return queryOptions({
    queryKey: [...cardsKey(entityCode), year, mine ? 'mine' : 'visible'],
    queryFn: async ({ signal }) =>
      (await apiClient.request(`${entityPath(entityCode)}/${mine ? 'my-cards' : 'cards'}?year=${year}`, { schema: cardList, signal })).items,
    staleTime: 15_000,
  });
}

export function cardQueryOptions(entityCode: string, year: number, code: string) {
  return queryOptions({
    queryKey: [...cardsKey(entityCode), year, 'card', code],
    queryFn: ({ signal }) => apiClient.request(`${cardPath(entityCode, code)}?year=${year}`, { schema: cardItem, signal }),
    retry: (count, error) => !(error instanceof ApiError && (error.status === 403 || error.status === 404)) && count < 2,
  });
}

export function cardScoreQueryOptions(entityCode: string, year: number, code: string) {
  return queryOptions({
    queryKey: [...cardsKey(entityCode), year, 'card', code, 'score'],
    queryFn: ({ signal }) => apiClient.request(`${cardPath(entityCode, code)}/score?year=${year}`, { schema: cardScore, signal }),
    retry: false,
  });
}

export interface TransitionRequest {
  year: number;
  action: CardAction;
  version: number;
  note?: string;
  outcome?: 'accepted' | 'rejected';
  score?: { raw: number; adjusted?: number };
}

export function transitionCard(entityCode: string, code: string, request: TransitionRequest): Promise<CardItem> {
  return apiClient.request(`${cardPath(entityCode, code)}/transitions`, { method: 'POST', body: request, schema: cardItem });
}

const savedCard = z.object({ ...cardItem.shape, warnings: z.array(z.object({ code: z.string(), path: z.string(), message: bilingual })) });
export type SavedCard = z.infer<typeof savedCard>;

export function saveCard(entityCode: string, card: EvaluationCard, version: number): Promise<SavedCard> {
  return apiClient.request(cardPath(entityCode, card.code), { method: 'PUT', body: { card, version }, schema: savedCard });
}

const auditPage = z.object({
  items: z.array(z.object({ id: z.number(), at: z.string(), username: z.nullable(z.string()), objectType: z.string(), objectId: z.string(), action: z.string() })),
});
export type AuditItem = z.infer<typeof auditPage>['items'][number];

export function cardAuditQueryOptions(entityCode: string, objectType: string, objectId: string) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'audit', objectType, objectId],
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ objectType, objectId, limit: '200' });
      return (await apiClient.request(`${entityPath(entityCode)}/audit?${query}`, { schema: auditPage, signal })).items;
    },
  });
}

const cardPolicyRevision = z.object({
  year: z.number(),
  revision: z.number(),
  isDefault: z.boolean(),
  savedAt: z.nullable(z.string()),
  policy: z.custom<CardPolicy>((value) => typeof value === 'object' && value !== null),
  abilities: z.array(z.string()),
});
export type CardPolicyRevision = z.infer<typeof cardPolicyRevision>;

export const cardPolicyKey = (entityCode: string, year: number) => ['entities', entityCode, 'card-policies', year] as const;

export function cardPolicyQueryOptions(entityCode: string, year: number) {
  return queryOptions({
    queryKey: cardPolicyKey(entityCode, year),
    queryFn: ({ signal }) => apiClient.request(`${entityPath(entityCode)}/card-policies/${year}`, { schema: cardPolicyRevision, signal }),
    staleTime: 30_000,
  });
}

export function saveCardPolicy(entityCode: string, year: number, body: { baseRevision: number; note: string | null; policy: CardPolicy }): Promise<CardPolicyRevision> {
  return apiClient.request(`${entityPath(entityCode)}/card-policies/${year}`, { method: 'PUT', body, schema: cardPolicyRevision });
}

const stats = z.object({
  count: z.number(), mean: z.nullable(z.number()), min: z.nullable(z.number()), max: z.nullable(z.number()),
  stdDev: z.nullable(z.number()), shareHigh: z.nullable(z.number()),
});
const group = z.object({
  key: z.string(), label: bilingual, stats, unscored: z.number(), flat: z.boolean(),
  reasons: z.array(z.string()), message: z.nullable(bilingual),
});
const report = z.object({ by: z.enum(['evaluator', 'unit']), basis: z.string(), highThreshold: z.number(), overall: group, groups: z.array(group) });
const calibration = z.object({
  year: z.number(),
  cards: z.array(z.object({
    code: z.string(), person: z.object({ code: z.string(), name: z.string() }), role: z.string(), roleLabel: z.nullable(z.string()),
    orgUnit: z.nullable(z.string()), evaluator: z.nullable(z.object({ code: z.string(), name: z.nullable(z.string()) })),
    state: z.string(), scoreState: z.string(), raw: z.nullable(z.number()), adjusted: z.nullable(z.number()), frozen: z.boolean(),
  })),
  byEvaluator: report,
  byUnit: report,
});
export type Calibration = z.infer<typeof calibration>;
export type CalibrationReport = z.infer<typeof report>;

export function calibrationQueryOptions(entityCode: string, year: number) {
  return queryOptions({
    queryKey: [...cardsKey(entityCode), year, 'calibration'],
    queryFn: ({ signal }) => apiClient.request(`${entityPath(entityCode)}/cards-calibration?year=${year}`, { schema: calibration, signal }),
  });
}

const fundRow = z.object({
  code: z.string(), name: z.optional(z.string()), score: z.nullable(z.number()),
  band: z.nullable(z.object({ min: z.number(), coefficient: z.number(), label: z.optional(z.string()) })),
  partTimePercent: z.number(), absenceDays: z.number(), presenceDays: z.nullable(z.number()), complexityCoefficient: z.number(),
  weight: z.number(), shareCents: z.number(), share: z.number(), status: z.string(),
});
const fundDistribution = z.object({
  year: z.number(), whatIf: z.boolean(), openCards: z.number(),
  fundCents: z.number(), distributedCents: z.number(), undistributedCents: z.number(),
  rows: z.array(fundRow),
});
export type FundDistributionView = z.infer<typeof fundDistribution>;
export type FundRowView = z.infer<typeof fundRow>;

export interface FundRequest {
  year: number;
  fund: number;
  policy?: FundPolicyInput;
  roles?: string[];
  people?: { code: string; partTimePercent?: number; absenceDays?: number }[];
}

export function computeFund(entityCode: string, request: FundRequest): Promise<FundDistributionView> {
  return apiClient.request(`${entityPath(entityCode)}/fund-distribution`, { method: 'POST', body: request, schema: fundDistribution });
}

/** Downloads the payroll file (POST, so the what-if policy and payroll data travel in the body) and saves it. */
export async function downloadFund(entityCode: string, request: FundRequest & { format: 'csv' | 'xlsx'; locale: 'it' | 'en' }): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: '*/*' };
  if (apiClient.csrfToken) headers['x-csrf-token'] = apiClient.csrfToken;
  let response: Response;
  try {
    response = await fetch(`${entityPath(entityCode)}/fund-distribution/export`, { method: 'POST', headers, body: JSON.stringify(request), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', clientProblems.network);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null) as { code?: string; messages?: { it: string; en: string } } | null;
    throw new ApiError(response.status, body?.code ?? 'unexpected_response', body?.messages ?? clientProblems.unexpectedStatus(response.status));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `fondo-${entityCode}-${request.year}.${request.format}`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
