import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndicator, buildNode, buildPlan, buildTreeNodes } from './plan-factories.js';
import { buildPlanIndex, naturalCodeCompare, planYears } from './plan-index.js';

describe('naturalCodeCompare', () => {
  it('orders digit runs by value', () => {
    const sorted = ['C.1.2.10', 'C.1.2.9', 'C.1.10', 'C.1.2', 'C.2'].sort(naturalCodeCompare);
    expect(sorted).toEqual(['C.1.2', 'C.1.2.9', 'C.1.2.10', 'C.1.10', 'C.2']);
  });

  it('orders the Lucca and Massa-Carrara schemes', () => {
    expect(['1B02', '1B0101', '1B01', '1A', '10A', '2'].sort(naturalCodeCompare)).toEqual(['1A', '1B01', '1B02', '1B0101', '2', '10A']);
    expect(['AS2', 'AS10', 'AS1'].sort(naturalCodeCompare)).toEqual(['AS1', 'AS2', 'AS10']);
  });

  it('is a total order consistent with equality', () => {
    const code = fc.stringMatching(/^[A-Ca-c0-9._]{0,8}$/);
    fc.assert(fc.property(code, code, (a, b) => {
      const ab = Math.sign(naturalCodeCompare(a, b));
      expect(ab + Math.sign(naturalCodeCompare(b, a))).toBe(0);
      expect(ab === 0).toBe(a === b);
    }));
    fc.assert(fc.property(code, code, code, (a, b, c) => {
      if (naturalCodeCompare(a, b) <= 0 && naturalCodeCompare(b, c) <= 0) expect(naturalCodeCompare(a, c)).toBeLessThanOrEqual(0);
    }));
  });

  it('compares very long digit runs without losing precision', () => {
    expect(naturalCodeCompare('X99999999999999999998', 'X99999999999999999999')).toBeLessThan(0);
    expect(naturalCodeCompare('X007', 'X7')).toBeGreaterThan(0);
  });
});

describe('buildPlanIndex', () => {
  it('finds items by code, children and indicators in natural order', () => {
    const plan = buildPlan({
      nodes: [...buildTreeNodes(), buildNode({ code: 'A.1.10' }), buildNode({ code: 'A.1.2' })],
      indicators: [buildIndicator({ code: 'K10', node: 'A.1' }), buildIndicator({ code: 'K9', node: 'A.1' })],
    });
    const index = buildPlanIndex(plan);
    expect(index.nodes.get('A.1.2')).toMatchObject({ position: 4 });
    expect(index.childrenOf('A.1').map((child) => child.item.code)).toEqual(['A.1.1', 'A.1.2', 'A.1.10']);
    expect(index.indicatorsOf('A.1').map((entry) => entry.item.code)).toEqual(['K9', 'K10']);
    expect(index.childrenOf('A.1.1')).toEqual([]);
    expect(index.measuresByName.get('Numero pratiche evase')?.item.code).toBe('PRAT');
    expect(index.levelDepth('operational_objective')).toBe(2);
    expect(index.levelDepth('action')).toBeUndefined();
  });

  it('lists the plan years', () => {
    const plan = buildPlan();
    plan.plan.lastYear = 2028;
    expect(planYears(plan)).toEqual([2026, 2027, 2028]);
  });
});
