/**
 * Open data of a plan's results (D.Lgs. 33/2013, Amministrazione trasparente > Performance): the
 * published part of the plan (tree, indicators with formulas and targets, measures, periods, the values
 * the policy counts, suspensions, manual achievements), the scoring policy, and the results of a year
 * or period (achievement raw and adjusted, published score, rounded figure, state, band). Everything
 * the scores depend on is in the document, so anyone can recompute them with the same engine and get
 * the same numbers (see recomputeOpenData). Evaluation cards and who entered what are left out.
 */
import { z } from 'zod';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { scoringPolicySchema, type ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import type { ScoredCommon, ScoredPlan } from '../../core/scoring/scored-plan.js';

export const OPEN_DATA_FORMAT = 'traguardo.open-data/v1';

export interface OpenDataResult {
  kind: 'entity' | 'unit' | 'node' | 'indicator';
  code: string;
  name: string;
  /** Node of an indicator, parent of a node. */
  parent: string | null;
  level: string | null;
  state: ScoredCommon['state'];
  achievementRaw: number | null;
  achievementAdjusted: number | null;
  /** The output the policy publishes (raw or adjusted), unrounded. */
  score: number | null;
  /** The published figure, rounded as the policy says. */
  rounded: number | null;
  band: string | null;
  /** Indicators: the formula, its value and the year's target. */
  formula: string | null;
  value: number | boolean | string | null;
  target: string | null;
}

export interface OpenDataDocument {
  format: typeof OPEN_DATA_FORMAT;
  entity: { code: string; name: string };
  year: number;
  period: string | null;
  /** How to recompute: the engine, the plan and the policy below, this year and period. */
  notes: { it: string; en: string };
  policy: ScoringPolicy;
  plan: Plan;
  results: OpenDataResult[];
}

export interface OpenDataOptions { year: number; period?: string }

const NOTES = {
  it: 'Risultati calcolati con Traguardo dal piano e dalla politica di misurazione qui contenuti (solo i valori negli stati accettati dalla politica). Ricalcolo: scorePlan(plan, policy, { year, period }).',
  en: 'Results computed by Traguardo from the plan and scoring policy contained here (only values in the states the policy accepts). To recompute: scorePlan(plan, policy, { year, period }).',
};

/** The public part of the plan: no evaluation cards, no names of who entered values or achievements. */
export function publicPlan(plan: Plan, policy: ScoringPolicy): Plan {
  const accepted = new Set<string>(policy.acceptedValueStates);
  return planSchema.parse({
    ...plan,
    values: plan.values.filter((value) => accepted.has(value.state)).map(({ enteredBy: _by, evidence: _evidence, ...value }) => value),
    manualAchievements: plan.manualAchievements.map(({ by: _by, ...manual }) => manual),
    cards: [],
  });
}

function common(item: ScoredCommon): Pick<OpenDataResult, 'state' | 'achievementRaw' | 'achievementAdjusted' | 'score' | 'rounded' | 'band'> {
  return {
    state: item.state, achievementRaw: item.achievement?.raw ?? null, achievementAdjusted: item.achievement?.adjusted ?? null,
    score: item.score, rounded: item.rounded, band: item.band?.key ?? null,
  };
}

const none = { formula: null, value: null, target: null };

/** The results of a scored plan as flat records: entity, units, nodes, indicators. */
export function resultsOf(plan: Plan, scored: ScoredPlan): OpenDataResult[] {
  const parentOf = new Map(plan.nodes.map((node) => [node.code, node.parent ?? null]));
  return [
    { kind: 'entity', code: scored.entity.code, name: scored.entity.name, parent: null, level: null, ...common(scored.entity), ...none },
    ...scored.units.map((unit): OpenDataResult => ({ kind: 'unit', code: unit.code, name: unit.name, parent: null, level: null, ...common(unit), ...none })),
    ...scored.nodes.map((node): OpenDataResult => ({
      kind: 'node', code: node.code, name: node.title, parent: parentOf.get(node.code) ?? null, level: node.level ?? node.section, ...common(node), ...none,
    })),
    ...scored.indicators.map((indicator): OpenDataResult => ({
      kind: 'indicator', code: indicator.code, name: indicator.name, parent: indicator.node, level: null, ...common(indicator),
      formula: indicator.formula, value: indicator.value, target: indicator.target?.text ?? null,
    })),
  ];
}

/** Builds the open data of a plan for a year (or a monitoring period of it) under a policy. */
export function buildOpenData(plan: Plan, policy: ScoringPolicy, options: OpenDataOptions): OpenDataDocument {
  const published = publicPlan(plan, policy);
  const scored = scorePlan(published, policy, options);
  return {
    format: OPEN_DATA_FORMAT,
    entity: { code: plan.entity.code, name: plan.entity.name },
    year: options.year,
    period: options.period ?? null,
    notes: NOTES,
    policy,
    plan: published,
    results: resultsOf(published, scored),
  };
}

const documentSchema = z.object({
  format: z.literal(OPEN_DATA_FORMAT),
  year: z.number().int(),
  period: z.string().nullable(),
  policy: z.unknown(),
  plan: z.unknown(),
});

/** Recomputes the results from an open data document (as parsed JSON), with the engine. */
export function recomputeOpenData(data: unknown): OpenDataResult[] {
  const document = documentSchema.parse(data);
  const plan = planSchema.parse(document.plan);
  const policy = scoringPolicySchema.parse(document.policy);
  const scored = scorePlan(plan, policy, document.period === null ? { year: document.year } : { year: document.year, period: document.period });
  return resultsOf(plan, scored);
}
