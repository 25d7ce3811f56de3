import { describe, expect, it } from 'vitest';
import { buildIndicator, buildNode, buildPlan, buildTreeNodes } from '../plan/plan-factories.js';
import { findingsWith, lintCodes } from './lint-test-support.js';

/** A 2026–2028 plan; indicators on the strategic objective A.1 unless they say otherwise. */
function threeYearPlan(...indicators: ReturnType<typeof buildIndicator>[]) {
  const plan = buildPlan({ indicators: indicators.map((indicator) => ({ ...indicator, node: indicator.node === 'A.1.1' ? 'A.1' : indicator.node })) });
  plan.plan.lastYear = 2028;
  return plan;
}

describe('targets', () => {
  it('reports a target that does not parse, with its position', () => {
    const findings = findingsWith(buildPlan({ indicators: [buildIndicator({ targets: { '2026': '<= abc' } })] }), 'target_syntax');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', location: { kind: 'indicator', code: 'KPI1', path: 'indicators[0].targets.2026' } })]);
    expect(findings[0]?.message.it).toContain('posizione 4');
  });

  it('passes on the parser warnings under their own codes', () => {
    const plan = buildPlan({ indicators: [buildIndicator({ targets: { '2026': '>= 2 pratiche' } })] });
    expect(lintCodes(plan)).toEqual(['target_with_remark@indicators[0].targets.2026']);
  });

  it('reports missing plan years, from the indicator first year, with manual achievements counting', () => {
    expect(lintCodes(threeYearPlan(buildIndicator({ targets: { '2026': '>= 1', '2027': '---', '2028': '>= 2' } })))).toEqual([]);
    const missing = findingsWith(threeYearPlan(buildIndicator({ targets: { '2026': '>= 1' } })), 'target_missing');
    expect(missing.map((finding) => finding.message.en)).toEqual(['Indicator "KPI1" has no target for 2027, 2028 (write "---" when none is planned).']);
    expect(lintCodes(threeYearPlan(buildIndicator({ firstYear: 2028, targets: { '2028': '>= 1' } })))).toEqual([]);
    const manual = threeYearPlan(buildIndicator({ targets: { '2026': '>= 1', '2027': '>= 1' } }));
    manual.manualAchievements.push({ target: { kind: 'indicator', code: 'KPI1' }, year: 2028, achievement: 90, justification: 'Valutazione qualitativa' });
    expect(lintCodes(manual)).toEqual([]);
  });

  it('requires only the first plan year for annual objectives', () => {
    const strategic = threeYearPlan(buildIndicator({ targets: { '2026': '>= 1' } }));
    expect(lintCodes(strategic)).toEqual(['target_missing@indicators[0].targets']);
    const operational = threeYearPlan(buildIndicator({ targets: { '2026': '>= 1' } }));
    operational.indicators[0]!.node = 'A.1.1';
    expect(lintCodes(operational)).toEqual([]);
  });

  it('stops requiring targets after the node is eliminated', () => {
    const plan = threeYearPlan(buildIndicator({ targets: { '2026': '>= 1' } }));
    plan.nodes[1]!.history.push({ year: 2027, change: 'eliminated' });
    expect(lintCodes(plan)).toEqual([]);
  });

  it('reports deadlines outside the target year', () => {
    const plan = threeYearPlan(buildIndicator({ formula: undefined, unit: 'date', targets: { '2026': 'Entro 10/12/2026', '2027': '<= 30/06/2021', '2028': 'entro giugno' } }));
    const findings = findingsWith(plan, 'deadline_outside_year');
    expect(findings.map((finding) => finding.location.path)).toEqual(['indicators[0].targets.2027']);
    expect(findings[0]?.message.it).toContain('scadenza 30/06/2021');
  });

  it('reports ">=" targets that fall year on year', () => {
    const falling = findingsWith(threeYearPlan(buildIndicator({ targets: { '2026': '>= 30', '2027': '>= 25', '2028': '>= 20' } })), 'polarity_inverted');
    expect(falling).toHaveLength(1);
    expect(falling[0]?.message.it).toContain('2026: >= 30; 2027: >= 25; 2028: >= 20');
    expect(lintCodes(threeYearPlan(buildIndicator({ targets: { '2026': '>= 90%', '2027': '>= 85%', '2028': '>= 85%' }, unit: 'percent' }))))
      .toEqual(['polarity_inverted@indicators[0].targets']);
    expect(lintCodes(threeYearPlan(buildIndicator({ targets: { '2026': '>= 30', '2027': '>= 30', '2028': '>= 35' } })))).toEqual([]);
    expect(lintCodes(threeYearPlan(buildIndicator({ targets: { '2026': '>= 30', '2027': '>= 30', '2028': '>= 30' } })))).toEqual([]);
    expect(lintCodes(threeYearPlan(buildIndicator({ targets: { '2026': '>= 30', '2027': '>= 25', '2028': '>= 35' } })))).toEqual([]);
    expect(lintCodes(threeYearPlan(buildIndicator({ targets: { '2026': '<= 30', '2027': '<= 25', '2028': '<= 20' } })))).toEqual([]);
  });

  it('reports a declared "lower is better" polarity with ">=" targets', () => {
    const plan = buildPlan({ indicators: [buildIndicator({ polarity: 'lower', targets: { '2026': '>= 3' } })] });
    expect(lintCodes(plan)).toEqual(['polarity_conflict@indicators[0].polarity']);
  });

  it('accepts every kind of well-formed target', () => {
    const nodes = [...buildTreeNodes(), buildNode({ code: 'A.1.2' })];
    const plan = buildPlan({
      nodes,
      indicators: [
        buildIndicator({ code: 'K1', formula: undefined, unit: 'boolean', targets: { '2026': 'SI' } }),
        buildIndicator({ code: 'K2', formula: undefined, unit: 'date', targets: { '2026': 'entro giugno' } }),
        buildIndicator({ code: 'K3', unit: 'percent', formula: 'PRAT', targets: { '2026': '380% - 390%' } }),
        buildIndicator({ code: 'K4', node: 'A.1.2', formula: undefined, unit: 'text', targets: { '2026': 'Relazione al Consiglio' } }),
      ],
    });
    expect(lintCodes(plan)).toEqual([]);
  });
});
