/**
 * One score's explanation as the engine builds it (GET …/scores/explanation), with every field the
 * dialog shows: value raw/adjusted and the published output, rule, target, formula, reference year,
 * inputs with who entered them and when, weights given and normalised, exclusions with reasons and
 * acts, cap and tolerance. A component of the entity is read off the entity's explanation.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';
import { planPath, type PlanRef } from '../score/score-queries.js';

const bilingual = z.object({ it: z.string(), en: z.string() });
const plainValue = z.nullable(z.union([z.number(), z.boolean(), z.string()]));
const act = z.object({ kind: z.string(), number: z.string(), date: z.string(), body: z.optional(z.string()) });
const band = z.object({ key: z.string(), label: bilingual, icon: z.string(), colour: z.string(), symbol: z.string() });

const exclusion = z.object({ kind: z.string(), code: z.string(), state: z.string(), reason: bilingual, act: z.optional(act) });

export const ITEM_KINDS = ['indicator', 'node', 'unit', 'component', 'entity'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

const explanationSchema = z.object({
  kind: z.enum(ITEM_KINDS),
  code: z.string(),
  label: z.string(),
  state: z.string(),
  value: z.object({
    raw: z.nullable(z.number()), adjusted: z.nullable(z.number()), output: z.enum(['raw', 'adjusted']),
    score: z.nullable(z.number()), rounded: z.nullable(z.number()), decimals: z.number(),
  }),
  band: z.nullable(band),
  rule: z.nullable(z.string()),
  basis: z.nullable(z.string()),
  target: z.nullable(z.object({ text: z.string(), effective: plainValue, met: z.nullable(z.boolean()) })),
  formula: z.nullable(z.object({ source: z.string(), value: plainValue })),
  reference: z.nullable(z.object({ year: z.number(), value: z.number() })),
  expectedProgress: z.nullable(z.number()),
  inputs: z.array(z.object({
    measure: z.string(), name: z.string(), year: z.number(), period: z.optional(z.string()), value: plainValue,
    state: z.optional(z.string()), enteredBy: z.optional(z.string()), enteredAt: z.optional(z.string()), source: z.optional(z.string()),
  })),
  weights: z.array(z.object({
    kind: z.enum(ITEM_KINDS), code: z.string(), given: z.nullable(z.number()), normalised: z.nullable(z.number()), included: z.boolean(), state: z.string(),
  })),
  exclusion: z.nullable(exclusion),
  exclusions: z.array(exclusion),
  adjustments: z.object({ cap: z.nullable(z.number()), tolerance: z.nullable(z.number()) }),
  manual: z.nullable(z.object({ achievement: z.number(), justification: z.string(), by: z.optional(z.string()), at: z.optional(z.string()) })),
  messages: z.array(z.object({ code: z.string(), it: z.string(), en: z.string() })),
  get children() {
    return z.array(explanationSchema);
  },
});

export type Explanation = z.infer<typeof explanationSchema>;

/** What to explain: the entity, one of its components, a unit, a node or an indicator. */
export type ExplanationSubject = { kind: 'entity' } | { kind: Exclude<ItemKind, 'entity'>; code: string };

/** Where: the plan, the year and the monitoring period (null = the year end). */
export interface ExplanationScope extends PlanRef {
  year: number;
  period: string | null;
}

function requestPath(scope: ExplanationScope, kind: Exclude<ItemKind, 'component'>, code: string | null, depth: number): string {
  const query = new URLSearchParams({ year: String(scope.year), kind, depth: String(depth) });
  if (scope.period !== null) query.set('period', scope.period);
  if (code !== null) query.set('code', code);
  return `${planPath(scope)}/scores/explanation?${query}`;
}

export function explanationQueryOptions(scope: ExplanationScope, subject: ExplanationSubject) {
  const code = subject.kind === 'entity' ? null : subject.code;
  return queryOptions({
    queryKey: ['entities', scope.entityCode, 'plans', scope.planCode, 'scores', scope.year, scope.period ?? 'year', 'explained', subject.kind, code],
    queryFn: async ({ signal }): Promise<Explanation | null> => {
      if (subject.kind === 'component') {
        // A component is explained inside the entity's explanation (its members one level further down).
        const entity = await apiClient.request(requestPath(scope, 'entity', null, 2), { schema: explanationSchema, signal });
        return entity.children.find((child) => child.kind === 'component' && child.code === subject.code) ?? null;
      }
      return apiClient.request(requestPath(scope, subject.kind, code, 1), { schema: explanationSchema, signal });
    },
    staleTime: 30_000,
  });
}
