import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNode } from '../plan/plan-factories.js';
import type { MeasureValue, Plan } from '../plan/plan.schema.js';
import { scorePlan } from './score-plan.js';
import { createScoringSession } from './scoring-session.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR } from './scoring-test-plans.js';

/** Two areas, links, a unit, a rollup() indicator, a growth indicator and a measure shared by two indicators. */
function sessionPlan(): Plan {
  const nodes = [
    buildNode({ code: 'A', title: 'Area A', level: 'strategic_area', parent: undefined }),
    buildNode({ code: 'A.1', title: 'Strategico A.1', level: 'strategic_objective', parent: 'A', units: { responsible: ['U1'] } }),
    buildNode({ code: 'A.1.1', title: 'Operativo A.1.1', parent: 'A.1', weight: 30, units: { responsible: ['U1'] } }),
    buildNode({ code: 'A.1.2', title: 'Operativo A.1.2', parent: 'A.1', weight: 70 }),
    buildNode({ code: 'B', title: 'Area B', level: 'strategic_area', parent: undefined }),
    buildNode({ code: 'B.1', title: 'Strategico B.1', level: 'strategic_objective', parent: 'B', units: { responsible: ['U2'] } }),
    buildNode({ code: 'E.1', title: 'Obiettivo di ente', section: 'entity', level: undefined, parent: undefined, links: ['A.1', 'B.1'] }),
  ];
  return buildScoringPlan([
    { code: 'K1', node: 'A.1.1', target: '>= 100', value: 80 },
    { code: 'K2', node: 'A.1.1', target: '<= 30', value: 25, weight: 2 },
    { code: 'K3', node: 'A.1.2', target: '>= +10%', value: 110 },
    { code: 'K4', node: 'A.1.2', target: '>= 50', formula: 'M_K1 / 2', weight: 1 },
    { code: 'R', node: 'A.1', target: '>= 100%', formula: 'rollup() * 100' },
    { code: 'K5', node: 'B.1', target: 'SI', value: true },
    { code: 'K6', node: 'B.1', target: '380% - 390%', value: 385 },
  ], {
    orgUnits: [{ code: 'U1', name: 'Ufficio 1' }, { code: 'U2', name: 'Ufficio 2' }],
    values: [{ measure: 'M_K3', year: TEST_YEAR - 1, value: 100 }],
  }, nodes);
}

const measures = ['M_K1', 'M_K2', 'M_K3', 'M_K5', 'M_K6', 'M_UNKNOWN'];
const valueArb: fc.Arbitrary<MeasureValue> = fc.record({
  measure: fc.constantFrom(...measures),
  year: fc.constantFrom(TEST_YEAR, TEST_YEAR - 1),
  value: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant(0), fc.boolean()),
  state: fc.constantFrom('validated' as const, 'submitted' as const, 'draft' as const, 'rejected' as const),
  enteredAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z'),
});

describe('createScoringSession', () => {
  const policy = buildPolicy({ missingData: 'exclude' });
  const options = { year: TEST_YEAR };

  it('starts from the full result', () => {
    const session = createScoringSession(sessionPlan(), policy, options);
    expect(session.result).toEqual(scorePlan(sessionPlan(), policy, options));
  });

  it('re-scores only what depends on the changed measure', () => {
    const session = createScoringSession(sessionPlan(), policy, options);
    const before = session.result;
    const after = session.setMeasureValue({ measure: 'M_K5', year: TEST_YEAR, value: false, state: 'validated' });
    const same = (code: string) => after.nodes.find((n) => n.code === code) === before.nodes.find((n) => n.code === code);
    expect(['A', 'A.1', 'A.1.1', 'A.1.2'].every(same)).toBe(true);
    expect(['B', 'B.1', 'E.1'].some(same)).toBe(false);
    expect(after.nodes.find((n) => n.code === 'B.1')?.score).toBe(50);
    expect(after.units.find((u) => u.code === 'U1')).toBe(before.units.find((u) => u.code === 'U1'));
    expect(before.nodes.find((n) => n.code === 'B.1')?.score).toBe(100);
  });

  it('equals a full recompute after any sequence of changes', () => {
    fc.assert(fc.property(fc.array(valueArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (changes, blocking) => {
      const p = buildPolicy({ missingData: blocking ? 'block' : 'exclude' });
      const session = createScoringSession(sessionPlan(), p, options);
      for (const change of changes) session.setMeasureValue(change);
      expect(session.result).toEqual(scorePlan(session.plan(), p, options));
    }), { numRuns: 200 });
  }, 30_000); // 200 sessions of up to 12 changes: seconds on a loaded machine, over the 5 s default

  it('replaces the value of the same measure, year and period', () => {
    const session = createScoringSession(sessionPlan(), policy, options);
    session.setMeasureValue({ measure: 'M_K1', year: TEST_YEAR, value: 90, state: 'validated' });
    session.setMeasureValue({ measure: 'M_K1', year: TEST_YEAR, value: 95, state: 'validated' });
    expect(session.plan().values.filter((v) => v.measure === 'M_K1')).toEqual([{ measure: 'M_K1', year: TEST_YEAR, value: 95, state: 'validated' }]);
    expect(session.result.indicators.find((i) => i.code === 'K1')?.score).toBe(95);
    expect(session.result.indicators.find((i) => i.code === 'K4')?.score).toBe(95);
  });
});
