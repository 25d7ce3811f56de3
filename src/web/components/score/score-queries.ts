/**
 * Scores of a plan (GET …/scores), one item's explanation (GET …/scores/explanation) and the plan's
 * lint findings (GET …/lint), as TanStack Query options. Responses are validated; unknown fields are
 * dropped. `period: 'current'` asks the server for the latest monitoring period ended today.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';

const bilingual = z.object({ it: z.string(), en: z.string() });
const message = z.object({ code: z.string(), it: z.string(), en: z.string() });

export const ITEM_STATES = ['scored', 'suspended', 'missing', 'manual', 'no_target', 'error', 'blocked'] as const;
const itemState = z.enum(ITEM_STATES);
export type ItemState = z.infer<typeof itemState>;

const statusBand = z.object({ key: z.string(), label: bilingual, icon: z.string(), colour: z.string(), symbol: z.string() });
export type StatusBand = z.infer<typeof statusBand>;

const scoreFields = {
  code: z.string(),
  state: itemState,
  achievement: z.nullable(z.object({ raw: z.number(), adjusted: z.number() })),
  score: z.nullable(z.number()),
  rounded: z.nullable(z.number()),
  band: z.nullable(statusBand),
  toleranceApplied: z.boolean(),
  exclusionReason: z.nullable(bilingual),
  messages: z.array(message),
};

const nodeScore = z.object({
  ...scoreFields,
  title: z.string(),
  section: z.string(),
  level: z.nullable(z.string()),
  parentCode: z.nullable(z.string()),
  weight: z.nullable(z.number()),
  units: z.optional(z.object({ responsible: z.array(z.string()), involved: z.array(z.string()) })),
  basis: z.string(),
});

const indicatorScore = z.object({
  ...scoreFields,
  name: z.string(),
  nodeCode: z.string(),
  value: z.nullable(z.union([z.number(), z.boolean(), z.string()])),
  target: z.nullable(z.string()),
  rule: z.nullable(z.string()),
  met: z.nullable(z.boolean()),
});

const unitScore = z.object({ ...scoreFields, name: z.string() });

const planScores = z.object({
  planCode: z.string(),
  year: z.number(),
  period: z.nullable(z.string()),
  interim: z.boolean(),
  expectedProgress: z.nullable(z.number()),
  periods: z.array(z.object({ code: z.string(), end: z.string(), final: z.boolean() })),
  policy: z.object({
    revision: z.number(),
    cap: z.number(),
    toleranceThreshold: z.nullable(z.number()),
    rounding: z.object({ decimals: z.number(), mode: z.string() }),
  }),
  entity: z.object({ ...scoreFields, name: z.string() }),
  nodes: z.array(nodeScore),
  indicators: z.array(indicatorScore),
  units: z.array(unitScore),
});

export type NodeScore = z.infer<typeof nodeScore>;
export type IndicatorScore = z.infer<typeof indicatorScore>;
export type UnitScore = z.infer<typeof unitScore>;
export type PlanScores = z.infer<typeof planScores>;
export type ScoreItem = Pick<NodeScore, keyof typeof scoreFields>;

const plainValue = z.nullable(z.union([z.number(), z.boolean(), z.string()]));

const explanation = z.object({
  kind: z.string(),
  code: z.string(),
  label: z.string(),
  state: itemState,
  value: z.object({ raw: z.nullable(z.number()), adjusted: z.nullable(z.number()), output: z.string(), rounded: z.nullable(z.number()), decimals: z.number() }),
  band: z.nullable(statusBand),
  rule: z.nullable(z.string()),
  target: z.nullable(z.object({ text: z.string(), effective: plainValue, met: z.nullable(z.boolean()) })),
  formula: z.nullable(z.object({ source: z.string(), value: plainValue })),
  inputs: z.array(z.object({
    measure: z.string(), name: z.string(), year: z.number(), period: z.optional(z.string()), value: plainValue,
    state: z.optional(z.string()), enteredBy: z.optional(z.string()), source: z.optional(z.string()),
  })),
  weights: z.array(z.object({ kind: z.string(), code: z.string(), given: z.nullable(z.number()), normalised: z.nullable(z.number()), included: z.boolean(), state: itemState })),
  exclusion: z.nullable(z.object({ reason: bilingual })),
  adjustments: z.object({ cap: z.nullable(z.number()), tolerance: z.nullable(z.number()) }),
  manual: z.nullable(z.object({ achievement: z.number(), justification: z.string() })),
  messages: z.array(message),
  get children() {
    return z.array(explanation);
  },
});
export type ScoreExplanation = z.infer<typeof explanation>;

const lintFinding = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  location: z.object({ kind: z.string(), code: z.optional(z.string()), path: z.string() }),
  message: bilingual,
});
export type LintFinding = z.infer<typeof lintFinding>;

export interface PlanRef { entityCode: string; planCode: string }

/** The period asked for: a period code, `current`, or the year end (null). */
export type PeriodChoice = string | null;

export const planPath = ({ entityCode, planCode }: PlanRef) =>
  `/api/entities/${encodeURIComponent(entityCode)}/plans/${encodeURIComponent(planCode)}`;

function periodQuery(year: number, period: PeriodChoice): URLSearchParams {
  const query = new URLSearchParams({ year: String(year) });
  if (period !== null) query.set('period', period);
  return query;
}

/** The lists a scores request returns (all by default; the tree needs only the nodes). */
export type ScoreLists = 'all' | 'nodes' | 'nodes,indicators';

export function planScoresQueryOptions(plan: PlanRef, year: number, period: PeriodChoice, lists: ScoreLists = 'all') {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'scores', year, period ?? 'year', lists],
    queryFn: ({ signal }) => {
      const query = periodQuery(year, period);
      query.set('explain', 'none');
      if (lists !== 'all') query.set('include', lists);
      return apiClient.request(`${planPath(plan)}/scores?${query}`, { schema: planScores, signal });
    },
    staleTime: 30_000,
  });
}

export function scoreExplanationQueryOptions(plan: PlanRef, year: number, period: PeriodChoice, subject: { kind: 'node' | 'indicator'; code: string }) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'scores', year, period ?? 'year', 'explanation', subject.kind, subject.code],
    queryFn: ({ signal }) => {
      const query = periodQuery(year, period);
      query.set('kind', subject.kind);
      query.set('code', subject.code);
      query.set('depth', '1');
      return apiClient.request(`${planPath(plan)}/scores/explanation?${query}`, { schema: explanation, signal });
    },
    staleTime: 30_000,
  });
}

export function planLintQueryOptions(plan: PlanRef) {
  return queryOptions({
    queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'lint'],
    queryFn: async ({ signal }) => (await apiClient.request(`${planPath(plan)}/lint`, { schema: z.object({ items: z.array(lintFinding) }), signal })).items,
    staleTime: 30_000,
  });
}
