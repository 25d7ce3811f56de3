/**
 * Test factories: small valid plans and items, overridable field by field. Inputs go through the plan
 * schema, so defaults are applied exactly as when a file is read.
 */
import { z } from 'zod';
import {
  indicatorSchema, measureSchema, nodeSchema, PLAN_FORMAT, planSchema,
  type Plan, type PlanInput,
} from './plan.schema.js';

type NodeInput = z.input<typeof nodeSchema>;
type IndicatorInput = z.input<typeof indicatorSchema>;
type MeasureInput = z.input<typeof measureSchema>;

export function buildNode(overrides: Partial<NodeInput> = {}): NodeInput {
  return { code: 'A.1.1', title: 'Obiettivo operativo di prova', level: 'operational_objective', parent: 'A.1', ...overrides };
}

export function buildIndicator(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    code: 'KPI1',
    node: 'A.1.1',
    name: 'Pratiche evase',
    formula: 'PRAT',
    targets: { '2026': '>= 100' },
    ...overrides,
  };
}

export function buildMeasure(overrides: Partial<MeasureInput> = {}): MeasureInput {
  return { code: 'PRAT', name: 'Numero pratiche evase', ...overrides };
}

/** The default tree: area A → strategic objective A.1 → operational objective A.1.1, plan year 2026. */
export function buildTreeNodes(): NodeInput[] {
  return [
    buildNode({ code: 'A', title: 'Area strategica A', level: 'strategic_area', parent: undefined }),
    buildNode({ code: 'A.1', title: 'Obiettivo strategico A.1', level: 'strategic_objective', parent: 'A' }),
    buildNode(),
  ];
}

export function buildPlan(overrides: Partial<PlanInput> = {}): Plan {
  return planSchema.parse({
    format: PLAN_FORMAT,
    entity: { code: 'DEMO', name: 'Camera di commercio di prova' },
    plan: {
      title: 'Piano della performance di prova',
      firstYear: 2026,
      lastYear: 2026,
      levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }],
    },
    nodes: buildTreeNodes(),
    indicators: [buildIndicator()],
    measures: [buildMeasure()],
    ...overrides,
  });
}
