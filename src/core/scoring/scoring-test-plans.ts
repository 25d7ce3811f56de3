/**
 * Test factories for scoring: a plan where each indicator reads its own measure, so a test states
 * "indicator X, target >= 100, value 96" and nothing else.
 */
import { z } from 'zod';
import { buildTreeNodes } from '../plan/plan-factories.js';
import { indicatorSchema, nodeSchema, PLAN_FORMAT, planSchema, type Plan, type PlanInput } from '../plan/plan.schema.js';
import { scoringPolicySchema, type ScoringPolicy, type ScoringPolicyInput } from './policy.schema.js';

export const TEST_YEAR = 2026;

export interface IndicatorSpec {
  code: string;
  node?: string;
  target?: string;
  /** The measure's value for the scored year; null leaves it missing. */
  value?: number | boolean | string | null;
  weight?: number;
  formula?: string;
  extra?: Partial<z.input<typeof indicatorSchema>>;
}

export const measureOf = (code: string): string => `M_${code.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** A plan on the tree A → A.1 → A.1.1 (or the given nodes) with one measure per indicator. */
export function buildScoringPlan(indicators: IndicatorSpec[], overrides: Partial<PlanInput> = {},
  nodes: Array<z.input<typeof nodeSchema>> = buildTreeNodes()): Plan {
  const values: NonNullable<PlanInput['values']> = [];
  for (const spec of indicators) {
    if (spec.value !== undefined && spec.value !== null) values.push({ measure: measureOf(spec.code), year: TEST_YEAR, value: spec.value });
  }
  return planSchema.parse({
    format: PLAN_FORMAT,
    entity: { code: 'DEMO', name: 'Camera di commercio di prova' },
    plan: {
      title: 'Piano di prova', firstYear: TEST_YEAR, lastYear: TEST_YEAR,
      levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }],
    },
    nodes,
    indicators: indicators.map((spec) => ({
      code: spec.code,
      node: spec.node ?? 'A.1.1',
      name: `Indicatore ${spec.code}`,
      formula: spec.formula ?? measureOf(spec.code),
      targets: spec.target === undefined ? {} : { [String(TEST_YEAR)]: spec.target },
      ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
      ...spec.extra,
    })),
    measures: indicators.map((spec) => ({ code: measureOf(spec.code), name: `Misura ${spec.code}` })),
    ...overrides,
    values: [...values, ...(overrides.values ?? [])],
  });
}

export function buildPolicy(overrides: Omit<ScoringPolicyInput, 'meta'> = {}): ScoringPolicy {
  return scoringPolicySchema.parse({ meta: { entity: 'DEMO', year: TEST_YEAR }, ...overrides });
}
