import { describe, expect, it } from 'vitest';
import { buildExplanation, explanationToText } from './explanation.js';
import { scorePlan } from './score-plan.js';
import type { ScoredPlan } from './scored-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR, type IndicatorSpec } from './scoring-test-plans.js';

const options = { year: TEST_YEAR };
const oneDecimal = buildPolicy({ rounding: { decimals: 1 } });
const levelBased = buildPolicy({ rounding: { decimals: 1 }, rules: { growth: 'level' } });
const indicator = (scored: ScoredPlan, code = 'G') => scored.indicators.find((i) => i.code === code);

/** DOMAIN.md §6: previous 581, target >= +15%, actual 640; here 581 is only the indicator's baseline. */
const growthSpec = (baseline: { year?: number; value?: number; text?: string }): IndicatorSpec =>
  ({ code: 'G', target: '>= +15%', value: 640, extra: { baseline } });

describe('growth and relative targets read the baseline when the reference year has no measured values', () => {
  it('scores the DOMAIN example from a baseline without a year (the year before the plan) as 67,7 literal / 95,8 level-based', () => {
    const plan = buildScoringPlan([growthSpec({ value: 581, text: '581 imprese' })]);
    const literal = indicator(scorePlan(plan, oneDecimal, options));
    expect(literal).toMatchObject({ state: 'scored', rule: 'growth_literal', rounded: 67.7,
      reference: { year: TEST_YEAR - 1, value: 581, source: 'baseline' } });
    expect(indicator(scorePlan(plan, levelBased, options))).toMatchObject({ state: 'scored', rule: 'growth_level', rounded: 95.8 });
  });

  it('uses a baseline whose year is the reference year', () => {
    const plan = buildScoringPlan([growthSpec({ year: TEST_YEAR - 1, value: 581 })]);
    expect(indicator(scorePlan(plan, oneDecimal, options))).toMatchObject({ rounded: 67.7, reference: { year: 2025, value: 581, source: 'baseline' } });
  });

  it('prefers measured values of the reference year to the baseline', () => {
    const plan = buildScoringPlan([growthSpec({ value: 500 })], { values: [{ measure: 'M_G', year: TEST_YEAR - 1, value: 581 }] });
    const scored = indicator(scorePlan(plan, oneDecimal, options));
    expect(scored).toMatchObject({ rounded: 67.7, reference: { year: TEST_YEAR - 1, value: 581 } });
    expect(scored?.reference).toEqual({ year: 2025, value: 581 });
  });

  it('does not use a baseline of another year', () => {
    const plan = buildScoringPlan([growthSpec({ year: TEST_YEAR - 2, value: 581 })]);
    const scored = indicator(scorePlan(plan, oneDecimal, options));
    expect(scored).toMatchObject({ state: 'missing', score: null, reference: null });
    expect(scored?.messages.map((m) => m.code)).toEqual(['reference_missing']);
  });

  it('does not carry a yearless baseline past the plan\'s first year', () => {
    // A 2026–2027 plan scored for 2027: the yearless baseline stands for 2025, the reference is 2026.
    const plan = buildScoringPlan([{ code: 'G', extra: { baseline: { value: 581 }, targets: { 2027: '>= +15%' } } }], {
      plan: { title: 'Piano', firstYear: TEST_YEAR, lastYear: TEST_YEAR + 1, levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }] },
      values: [{ measure: 'M_G', year: TEST_YEAR + 1, value: 640 }],
    });
    expect(indicator(scorePlan(plan, oneDecimal, { year: TEST_YEAR + 1 }))).toMatchObject({ state: 'missing', reference: null });
  });

  it('does not let the baseline hide an error in the reference year\'s values', () => {
    const plan = buildScoringPlan([{ code: 'R', target: '>= +10%', formula: 'M_A / M_B', extra: { baseline: { value: 2 } } }], {
      measures: [{ code: 'M_A', name: 'A' }, { code: 'M_B', name: 'B' }],
      values: [
        { measure: 'M_A', year: TEST_YEAR, value: 30 }, { measure: 'M_B', year: TEST_YEAR, value: 10 },
        { measure: 'M_A', year: TEST_YEAR - 1, value: 30 }, { measure: 'M_B', year: TEST_YEAR - 1, value: 0 },
      ],
    });
    const scored = indicator(scorePlan(plan, oneDecimal, options), 'R');
    expect(scored).toMatchObject({ state: 'error', reference: null });
    expect(scored?.messages[0]?.code).toBe('division_by_zero');
  });

  it('compares a relative target with the baseline of the year it names', () => {
    const plan = buildScoringPlan([{ code: 'T', target: '<= anno n-1', value: 12, extra: { baseline: { value: 10 } } }]);
    const scored = indicator(scorePlan(plan, buildPolicy(), options), 'T');
    expect(scored).toMatchObject({ state: 'scored', rule: 'inverse_ratio', met: false,
      reference: { year: 2025, value: 10, source: 'baseline' }, target: { effective: 10 } });
    expect(scored?.score).toBeCloseTo(83.3333333333333, 12);
  });

  it('says in the explanation that the reference is the baseline', () => {
    const plan = buildScoringPlan([growthSpec({ value: 581 })]);
    const explanation = buildExplanation(scorePlan(plan, oneDecimal, options), { kind: 'indicator', code: 'G' });
    expect(explanation?.reference).toEqual({ year: 2025, value: 581, source: 'baseline' });
    expect(explanation?.inputs).toEqual([
      { measure: 'M_G', name: 'Misura G', year: 2026, value: 640, state: 'validated' },
      { measure: 'M_G', name: 'Misura G', year: 2025, value: null },
      { measure: 'baseline', name: 'Baseline', year: 2025, value: 581, source: 'baseline' },
    ]);
    const lines = explanationToText(explanation!, 'it').split('\n');
    expect(lines).toContain('  Valore di riferimento: 2025 = 581 (baseline)');
    expect(lines).toContain("    Baseline 2025 = 581 — valore di partenza dell'indicatore nel piano");
    expect(explanationToText(explanation!, 'en').split('\n')).toContain('  Reference value: 2025 = 581 (baseline)');
  });
});
