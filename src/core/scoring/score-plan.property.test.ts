import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { buildNode } from '../plan/plan-factories.js';
import type { Plan } from '../plan/plan.schema.js';
import { roundScore } from '../numbers/rounding.js';
import { scorePlan } from './score-plan.js';
import type { ScoredPlan } from './scored-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR, type IndicatorSpec } from './scoring-test-plans.js';

const options = { year: TEST_YEAR };
const policy = buildPolicy({ missingData: 'exclude', rounding: { decimals: 2 } });

/** Three operational objectives under A.1, with 1–6 indicators each, weights given or not. */
const planArb = fc.record({
  objectives: fc.array(fc.record({
    weight: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    indicators: fc.array(fc.record({
      value: fc.integer({ min: 0, max: 15_000 }).map((h) => h / 100),
      weight: fc.integer({ min: 1, max: 10_000 }).map((h) => h / 100),
    }), { minLength: 1, maxLength: 6 }),
    weighted: fc.boolean(),
  }), { minLength: 1, maxLength: 3 }),
});
type PlanShape = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function buildShape(shape: PlanShape, weightFactor = 1): Plan {
  const nodes = [
    buildNode({ code: 'A', title: 'Area', level: 'strategic_area', parent: undefined }),
    buildNode({ code: 'A.1', title: 'Strategico', level: 'strategic_objective', parent: 'A' }),
    ...shape.objectives.map((o, i) => buildNode({ code: `A.1.${i + 1}`, title: `Operativo ${i + 1}`, parent: 'A.1',
      ...(o.weight !== undefined ? { weight: o.weight * weightFactor } : {}) })),
  ];
  const indicators: IndicatorSpec[] = shape.objectives.flatMap((o, i) => o.indicators.map((k, j) => ({
    code: `K${i + 1}_${j + 1}`, node: `A.1.${i + 1}`, target: '>= 100', value: k.value,
    ...(o.weighted ? { weight: k.weight * weightFactor } : {}),
  })));
  return buildScoringPlan(indicators, {}, nodes);
}

const scoresByCode = (scored: ScoredPlan) => new Map(scored.nodes.map((n) => [n.code, n.score]));

function expectSameScores(a: ScoredPlan, b: ScoredPlan): void {
  const right = scoresByCode(b);
  for (const [code, score] of scoresByCode(a)) {
    const other = right.get(code) as number;
    expect(Math.abs((score as number) - other)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(other)));
    expect(roundScore(score as number, policy.rounding)).toBe(roundScore(other, policy.rounding));
  }
}

describe('scoring properties', () => {
  it('does not change when every weight of a group is scaled', () => {
    fc.assert(fc.property(planArb, fc.integer({ min: 2, max: 1000 }), (shape, factor) => {
      expectSameScores(scorePlan(buildShape(shape, factor), policy, options), scorePlan(buildShape(shape), policy, options));
    }), { numRuns: 150 });
  });

  it('never lowers a >= score when an actual rises', () => {
    fc.assert(fc.property(planArb, fc.nat(), fc.integer({ min: 1, max: 5000 }), (shape, pick, raise) => {
      const plan = buildShape(shape);
      const before = scorePlan(plan, policy, options);
      const raised = structuredClone(plan);
      const value = raised.values[pick % raised.values.length]!;
      value.value = (value.value as number) + raise / 100;
      const after = scorePlan(raised, policy, options);
      for (const [i, n] of after.nodes.entries()) expect(n.score as number).toBeGreaterThanOrEqual(before.nodes[i]!.score as number);
    }), { numRuns: 150 });
  });

  it('scores a suspended indicator as if it were not there', () => {
    fc.assert(fc.property(planArb, fc.nat(), (shape, pick) => {
      const plan = buildShape(shape);
      const victim = plan.indicators[pick % plan.indicators.length]!;
      const suspended = { ...plan, suspensions: [{ target: { kind: 'indicator' as const, code: victim.code }, year: TEST_YEAR, reason: 'Sospeso' }] };
      const removed = { ...plan, indicators: plan.indicators.filter((k) => k !== victim) };
      const a = scoresByCode(scorePlan(suspended, policy, options));
      const b = scoresByCode(scorePlan(removed, policy, options));
      expect(a).toEqual(b);
    }), { numRuns: 150 });
  });

  it('does not depend on the order of siblings', () => {
    fc.assert(fc.property(planArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (shape, randoms) => {
      const plan = buildShape(shape);
      const shuffle = <T>(items: T[]): T[] => items.map((item) => [randoms.next().value, item] as const).sort((x, y) => x[0] - y[0]).map(([, item]) => item);
      const shuffled = { ...plan, nodes: shuffle(plan.nodes), indicators: shuffle(plan.indicators), values: shuffle(plan.values) };
      expect(scoresByCode(scorePlan(shuffled, policy, options))).toEqual(scoresByCode(scorePlan(plan, policy, options)));
    }), { numRuns: 150 });
  });

  it('rounds node scores as exact decimal arithmetic does', () => {
    fc.assert(fc.property(planArb, fc.constantFrom('half_up' as const, 'truncate' as const), (shape, mode) => {
      const scored = scorePlan(buildShape(shape), buildPolicy({ missingData: 'exclude', rounding: { decimals: 2, mode } }), options);
      shape.objectives.forEach((o, i) => {
        let numerator = new Decimal(0);
        let denominator = new Decimal(0);
        for (const k of o.indicators) {
          const w = o.weighted ? new Decimal(k.weight) : new Decimal(1);
          numerator = numerator.plus(Decimal.min(new Decimal(k.value), 100).times(w));
          denominator = denominator.plus(w);
        }
        const exact = numerator.div(denominator).toDecimalPlaces(2, mode === 'half_up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
        expect(scored.nodes.find((n) => n.code === `A.1.${i + 1}`)?.rounded).toBe(exact.toNumber());
      });
    }), { numRuns: 200 });
  });
});
