import { describe, expect, it } from 'vitest';
import { buildIndicator, buildMeasure, buildPlan } from '../plan/plan-factories.js';
import { findingsWith, lintCodes } from './lint-test-support.js';

describe('formulas', () => {
  it('accepts formulas over known measures, by code or by name', () => {
    const plan = buildPlan({
      measures: [buildMeasure(), buildMeasure({ code: 'TOT', name: 'Pratiche totali' })],
      indicators: [buildIndicator({ formula: 'PRAT / [Pratiche totali] * 100', unit: 'percent', targets: { '2026': '>= 80%' } })],
    });
    expect(lintCodes(plan)).toEqual([]);
  });

  it('reports a formula that does not parse, with the character position', () => {
    const findings = findingsWith(buildPlan({ indicators: [buildIndicator({ formula: 'PRAT / (TOT' })] }), 'formula_syntax');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.location.path).toBe('indicators[0].formula');
    expect(findings[0]?.message.it).toContain('posizione 12');
    expect(findings[0]?.message.it).toContain('«PRAT / (TOT»');
  });

  it('reports unknown measures once each', () => {
    const findings = findingsWith(buildPlan({ indicators: [buildIndicator({ formula: 'PRAT + NOPE + [Ignota] + NOPE@t-1' })] }), 'formula_unknown_measure');
    expect(findings.map((finding) => finding.message.en)).toEqual([
      'The formula of indicator "KPI1" uses measures that do not exist in the plan: NOPE, [Ignota].',
    ]);
  });

  it('reports parameters without a value for a plan year', () => {
    const ok = buildPlan({ indicators: [buildIndicator({ formula: 'PRAT - $N', parameters: { N: { '2026': 5 } } })] });
    expect(lintCodes(ok)).toEqual([]);
    const missing = buildPlan({ indicators: [buildIndicator({ formula: 'PRAT - $N' })] });
    expect(lintCodes(missing)).toEqual(['formula_parameter_missing@indicators[0].parameters']);
  });

  it('reports rollup() on a node without children', () => {
    const onLeaf = buildPlan({ indicators: [buildIndicator({ formula: 'rollup()', targets: { '2026': '>= 90' } })] });
    expect(lintCodes(onLeaf)).toEqual(['rollup_without_children@indicators[0].formula']);
    const onParent = buildPlan({ indicators: [buildIndicator({ node: 'A.1', formula: 'rollup()', targets: { '2026': '>= 90' } })] });
    expect(lintCodes(onParent)).toEqual([]);
  });
});
