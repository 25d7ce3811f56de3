import { describe, expect, it } from 'vitest';
import { buildIndicator, buildPlan } from '../plan/plan-factories.js';
import { findingsWith, lintCodes } from './lint-test-support.js';

describe('baselines of trend indicators', () => {
  it('reports a growth target in the first plan year without a baseline', () => {
    const findings = findingsWith(buildPlan({ indicators: [buildIndicator({ targets: { '2026': '>= +15%' } })] }), 'growth_without_baseline');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', location: { kind: 'indicator', code: 'KPI1', path: 'indicators[0].baseline' } })]);
    expect(findings[0]?.message.it).toBe(`L'indicatore "KPI1" ha il target «>= +15%», che si misura rispetto al 2025, ma non ha un valore di partenza né i valori del 2025.`);
  });

  it('accepts a growth target with a baseline or with the previous year values', () => {
    expect(lintCodes(buildPlan({ indicators: [buildIndicator({ baseline: { year: 2025, value: 581 }, targets: { '2026': '>= +15%' } })] }))).toEqual([]);
    const withValues = buildPlan({ values: [{ measure: 'PRAT', year: 2025, value: 581 }], indicators: [buildIndicator({ targets: { '2026': '>= +15%' } })] });
    expect(lintCodes(withValues)).toEqual([]);
  });

  it('reports a target relative to a year before the plan without its value', () => {
    expect(lintCodes(buildPlan({ indicators: [buildIndicator({ targets: { '2026': '<= anno n-1' } })] })))
      .toEqual(['trend_without_baseline@indicators[0].baseline']);
    expect(lintCodes(buildPlan({ indicators: [buildIndicator({ targets: { '2026': '< anno 2019' } })] })))
      .toEqual(['trend_without_baseline@indicators[0].baseline']);
  });

  it('reports a formula reading t-1 or a past year without those values', () => {
    const growth = buildPlan({ indicators: [buildIndicator({ formula: '(PRAT@t - PRAT@t-1) / PRAT@t-1 * 100', unit: 'percent', targets: { '2026': '>= 10%' } })] });
    const findings = findingsWith(growth, 'trend_without_baseline');
    expect(findings[0]?.message.en).toBe('The formula of indicator "KPI1" reads years before the plan but both the baseline and these values are missing: PRAT 2025.');
    const absolute = buildPlan({ indicators: [buildIndicator({ formula: 'PRAT / PRAT@2019', targets: { '2026': '>= 1' } })] });
    expect(findingsWith(absolute, 'trend_without_baseline')[0]?.message.en).toContain('PRAT 2019');
    const known = buildPlan({ values: [{ measure: 'PRAT', year: 2019, value: 40 }], indicators: [buildIndicator({ formula: 'PRAT / PRAT@2019', targets: { '2026': '>= 1' } })] });
    expect(lintCodes(known)).toEqual([]);
  });
});

describe('baseline years', () => {
  it('does not take a baseline of another year as the previous year value', () => {
    const plan = buildPlan({ indicators: [buildIndicator({ baseline: { year: 2023, value: 581 }, targets: { '2026': '>= +15%' } })] });
    expect(lintCodes(plan)).toEqual(['growth_without_baseline@indicators[0].baseline']);
  });
});
