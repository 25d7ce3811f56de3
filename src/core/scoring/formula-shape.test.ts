import { describe, expect, it } from 'vitest';
import { parseFormula } from '../formula/formula-parser.js';
import { FormulaShapes } from './formula-shape.js';
import { MeasureValueStore } from './measure-value-store.js';
import { scorePlan } from './score-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR } from './scoring-test-plans.js';

const measures = ['M_A', 'M_B', 'M_LONG_NAME', 'M_C', 'M_ZERO'].map((code) => ({ code, name: `Misura ${code}` }));

function compile(shapes: FormulaShapes, source: string) {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return shapes.compile(source, parsed.value);
}

describe('FormulaShapes', () => {
  const plan = buildScoringPlan([], { measures });
  const store = new MeasureValueStore(plan, ['validated'], TEST_YEAR, null);

  it('compiles formulas that differ only in their measures once', () => {
    const shapes = new FormulaShapes(store, TEST_YEAR);
    const a = compile(shapes, 'M_A / M_B * 100');
    const b = compile(shapes, 'M_LONG_NAME / M_C * 100');
    const c = compile(shapes, '[Misura M_C] / M_A * 100');
    expect(shapes.size).toBe(1);
    expect(a.shape).toBe(b.shape);
    expect(c.shape).toBe(a.shape);
    expect([...b.measures]).toEqual([2, 3]);
    expect(compile(shapes, 'M_A / M_A * 100').shape).not.toBe(a.shape);
  });

  it('tells a rate formula and the slots it reads', () => {
    const shapes = new FormulaShapes(store, TEST_YEAR);
    const growth = compile(shapes, '(M_A - M_A@t-1) / M_A@t-1 * 100');
    expect(growth.shape.rate).toBe(true);
    expect(growth.shape.refs).toEqual([{ slot: 0, time: { kind: 'relative', offset: 0 } }, { slot: 0, time: { kind: 'relative', offset: -1 } }]);
    expect(compile(shapes, 'M_A@2019').shape.rate).toBe(true);
    expect(compile(shapes, 'M_A').shape.rate).toBe(false);
  });

  it('compiles a formula naming an unknown measure on its own', () => {
    const unknown = compile(new FormulaShapes(store, TEST_YEAR), 'M_NOPE + 1');
    expect(unknown.shape.shared).toBe(false);
    expect([...unknown.measures]).toEqual([-1]);
    expect(unknown.keys).toEqual(['M_NOPE']);
  });
});

describe('messages of shared shapes', () => {
  it('cite the indicator\'s own positions, measures and missing data', () => {
    const plan = buildScoringPlan([
      { code: 'K1', target: '>= 1', formula: 'M_A + M_B / M_B' },
      { code: 'K2', target: '>= 1', formula: 'M_LONG_NAME + M_B / M_ZERO' },
      { code: 'K5', target: '>= 1', formula: 'M_A + M_B / M_ZERO' },
      { code: 'K3', target: '>= 1', formula: 'M_C / M_A' },
      { code: 'K4', target: '>= 1', formula: 'M_NOPE / M_A' },
    ], {
      measures,
      values: [
        { measure: 'M_A', year: TEST_YEAR, value: 4 }, { measure: 'M_B', year: TEST_YEAR, value: 2 },
        { measure: 'M_LONG_NAME', year: TEST_YEAR, value: 5 }, { measure: 'M_ZERO', year: TEST_YEAR, value: 0 },
      ],
    });
    const scored = scorePlan(plan, buildPolicy({ missingData: 'exclude' }), { year: TEST_YEAR });
    const [k1, k2, k5, k3, k4] = scored.indicators;
    expect(k1).toMatchObject({ state: 'scored', value: 5 });
    // K2 compiles the shape `#0 + #1 / #2`; K5 shares it, yet its message points at its own `/`.
    expect(k5?.messages[0]).toMatchObject({ code: 'division_by_zero', it: 'Divisione per zero (posizione 7)' });
    expect(k2?.messages[0]).toMatchObject({ code: 'division_by_zero', it: 'Divisione per zero (posizione 15)' });
    expect(k3?.messages[0]?.en).toBe(`Missing data: M_C ${TEST_YEAR}`);
    expect(k4?.messages[0]).toMatchObject({ code: 'unknown_measure' });
    expect(k4?.messages[0]?.en).toContain('M_NOPE');
    expect(k4?.inputs[0]).toEqual({ measure: 'M_NOPE', name: 'M_NOPE', year: TEST_YEAR, value: null });
  });
});
