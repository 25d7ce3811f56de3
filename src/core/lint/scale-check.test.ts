import { describe, expect, it } from 'vitest';
import { buildIndicator, buildMeasure, buildPlan } from '../plan/plan-factories.js';
import { findingsWith, lintCodes } from './lint-test-support.js';

const measures = [buildMeasure(), buildMeasure({ code: 'TOT', name: 'Pratiche totali' })];

describe('scales', () => {
  it('reports a *100 formula whose target is not a percentage', () => {
    const plan = buildPlan({ measures, indicators: [buildIndicator({ formula: 'PRAT / TOT * 100', targets: { '2026': '>= 0,8' } })] });
    expect(lintCodes(plan)).toEqual(['percent_target_missing@indicators[0].targets.2026']);
    const fine = buildPlan({ measures, indicators: [buildIndicator({ formula: 'PRAT / TOT * 100', unit: 'percent', targets: { '2026': '>= 80' } })] });
    expect(lintCodes(fine)).toEqual([]);
  });

  it('reports a percentage target on a ratio formula without *100', () => {
    const plan = buildPlan({ measures, indicators: [buildIndicator({ formula: 'PRAT / TOT', unit: 'percent', targets: { '2026': '>= 80%' } })] });
    const findings = findingsWith(plan, 'percent_formula_missing');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.it).toContain('manca "*100"?');
    const inPercent = buildPlan({ measures: [buildMeasure({ unit: 'percent' })], indicators: [buildIndicator({ unit: 'percent', targets: { '2026': '>= 80%' } })] });
    expect(lintCodes(inPercent)).toEqual([]);
  });

  it('reports an index ×100 with a target far below 100', () => {
    const plan = buildPlan({
      measures,
      indicators: [buildIndicator({ formula: 'PRAT@t / PRAT@t-1 * 100', unit: 'percent', baseline: { year: 2025, value: 100 }, targets: { '2026': '>= 5%' } })],
    });
    const findings = findingsWith(plan, 'index_target_low');
    expect(findings[0]?.message.it).toBe(`L'indicatore "KPI1" è un indice ×100 (100 = invariato) ma il target 2026 è >= 5%: è raggiunto anche dopo un calo del 95%.`);
    expect(lintCodes(plan)).toEqual(['index_target_low@indicators[0].targets.2026']);
    const sane = buildPlan({
      measures,
      indicators: [buildIndicator({ formula: 'PRAT@t / PRAT@t-1 * 100', unit: 'percent', baseline: { value: 100 }, targets: { '2026': '>= 105%' } })],
    });
    expect(lintCodes(sane)).toEqual([]);
  });

  it('reports a ratio target 100 times the baseline (140 for about 1,4)', () => {
    const plan = buildPlan({ measures, indicators: [buildIndicator({ formula: 'PRAT / TOT', baseline: { value: 1.38 }, targets: { '2026': '>= 140' } })] });
    const findings = findingsWith(plan, 'target_scale_mismatch');
    expect(findings[0]?.message.it).toBe(`Il target 2026 dell'indicatore "KPI1" (140) è su una scala diversa da il valore di partenza (1,38): differiscono di un fattore 100, forse un rapporto scritto come percentuale o viceversa.`);
  });

  it('judges the scale by the values when there is no baseline', () => {
    const plan = buildPlan({
      measures,
      values: [{ measure: 'PRAT', year: 2025, value: 7 }, { measure: 'TOT', year: 2025, value: 5 }],
      indicators: [buildIndicator({ formula: 'PRAT / TOT', targets: { '2026': '>= 140' } })],
    });
    expect(findingsWith(plan, 'target_scale_mismatch')[0]?.message.en).toContain('than the 2025 value (1.4)');
    const matching = buildPlan({ ...plan, indicators: [buildIndicator({ formula: 'PRAT / TOT', targets: { '2026': '>= 1,5' } })] });
    expect(lintCodes(matching)).toEqual([]);
  });
});

describe('values used to judge the scale', () => {
  it('takes the value in the most advanced state, as the scorer does', () => {
    const plan = buildPlan({
      measures,
      values: [
        { measure: 'PRAT', year: 2025, value: 700, state: 'draft' },
        { measure: 'PRAT', year: 2025, value: 7, state: 'validated' },
        { measure: 'TOT', year: 2025, value: 5 },
      ],
      indicators: [buildIndicator({ formula: 'PRAT / TOT', targets: { '2026': '>= 140' } })],
    });
    expect(findingsWith(plan, 'target_scale_mismatch')[0]?.message.en).toContain('than the 2025 value (1.4)');
  });
});
