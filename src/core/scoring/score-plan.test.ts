import { describe, expect, it } from 'vitest';
import { weightedMean } from '../numbers/weighted-mean.js';
import { scorePlan } from './score-plan.js';
import type { ScoredPlan } from './scored-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR } from './scoring-test-plans.js';

const options = { year: TEST_YEAR };
const node = (scored: ScoredPlan, code: string) => scored.nodes.find((n) => n.code === code);
const indicator = (scored: ScoredPlan, code: string) => scored.indicators.find((i) => i.code === code);

describe('worked examples of the documents', () => {
  it('scores an objective with indicators 96, 100, 100, 100, 100 as 99,20', () => {
    const plan = buildScoringPlan([96, 100, 100, 100, 100].map((value, i) => ({ code: `K${i + 1}`, target: '>= 100', value })));
    const scored = scorePlan(plan, buildPolicy(), options);
    const objective = node(scored, 'A.1.1');
    expect(objective).toMatchObject({ state: 'scored', score: 99.2, rounded: 99.2, basis: 'indicators' });
    expect(objective?.band?.key).toBe('parzialmente_raggiunto');
    expect(objective?.contributions.map((c) => c.normalised)).toEqual([20, 20, 20, 20, 20]);
    expect(indicator(scored, 'K1')).toMatchObject({ state: 'scored', rule: 'ratio', score: 96, met: false, value: 96 });
  });

  it('scores (suspended, 100, 100) as 100', () => {
    const plan = buildScoringPlan(
      [{ code: 'K1', target: '>= 10', value: 2 }, { code: 'K2', target: '>= 5', value: 5 }, { code: 'K3', target: 'SI', value: true }],
      { suspensions: [{ target: { kind: 'indicator', code: 'K1' }, year: TEST_YEAR, reason: 'Accorpamento sospeso dal TAR',
        act: { kind: 'delibera_giunta', number: '12', date: '2026-03-01' } }] },
    );
    const scored = scorePlan(plan, buildPolicy(), options);
    expect(node(scored, 'A.1.1')).toMatchObject({ state: 'scored', score: 100, band: { key: 'raggiunto' } });
    expect(indicator(scored, 'K1')).toMatchObject({ state: 'suspended', achievement: null, exclusion: { state: 'suspended', act: { number: '12' } } });
    expect(node(scored, 'A.1.1')?.contributions[0]).toMatchObject({ code: 'K1', included: false, state: 'suspended', normalised: null });
  });

  it('gives 67,7 literal and 95,8 level-based for growth 581 → 640 against >= +15%', () => {
    const plan = buildScoringPlan([{ code: 'G', target: '>= +15%', value: 640 }], {
      values: [{ measure: 'M_G', year: TEST_YEAR - 1, value: 581 }],
    });
    const literal = indicator(scorePlan(plan, buildPolicy({ rounding: { decimals: 1 } }), options));
    const level = indicator(scorePlan(plan, buildPolicy({ rounding: { decimals: 1 }, rules: { growth: 'level' } }), options));
    expect(literal).toMatchObject({ rule: 'growth_literal', rounded: 67.7, reference: { year: TEST_YEAR - 1, value: 581 } });
    expect(level).toMatchObject({ rule: 'growth_level', rounded: 95.8 });
    expect(literal?.inputs.map((input) => [input.year, input.value?.value])).toEqual([[TEST_YEAR, 640], [TEST_YEAR - 1, 581]]);
    function indicator(scored: ScoredPlan) { return scored.indicators[0]; }
  });

  it('rounds the mean of 99,77 and 100 to 99,89 half-up and 99,88 truncated', () => {
    const plan = buildScoringPlan([{ code: 'K1', target: '>= 100', value: 99.77 }, { code: 'K2', target: '>= 100', value: 100 }]);
    expect(node(scorePlan(plan, buildPolicy(), options), 'A.1.1')).toMatchObject({ score: 99.885, rounded: 99.89 });
    expect(node(scorePlan(plan, buildPolicy({ rounding: { mode: 'truncate' } }), options), 'A.1.1')).toMatchObject({ score: 99.885, rounded: 99.88 });
  });

  it('weighs a card 20/20/30/30 with objectives 99,20 / 100 / 100 / 99,885 to 99,8055', () => {
    const card = [{ value: 99.2, weight: 20 }, { value: 100, weight: 20 }, { value: 100, weight: 30 }, { value: 99.885, weight: 30 }];
    expect(weightedMean(card)).toBe(99.8055);
  });
});

describe('errors and missing data', () => {
  it('turns a division by zero into an error with its message, and blocks the parents', () => {
    const plan = buildScoringPlan([{ code: 'R', target: '>= 50', formula: 'M_R / M_Z', value: 10 }], {
      measures: [{ code: 'M_R', name: 'Misura R' }, { code: 'M_Z', name: 'Misura Z' }],
      values: [{ measure: 'M_Z', year: TEST_YEAR, value: 0 }],
    });
    const scored = scorePlan(plan, buildPolicy(), options);
    const r = indicator(scored, 'R');
    expect(r).toMatchObject({ state: 'error', achievement: null, score: null, value: null });
    expect(r?.messages[0]).toMatchObject({ code: 'division_by_zero' });
    expect(r?.messages[0]?.it).toContain('Divisione per zero');
    expect(node(scored, 'A.1.1')).toMatchObject({ state: 'blocked', score: null });
    expect(node(scored, 'A')).toMatchObject({ state: 'blocked', score: null });
  });

  const withMissing = () => buildScoringPlan([{ code: 'K1', target: '>= 100', value: 100 }, { code: 'K2', target: '>= 100', value: null }]);

  it('counts missing data 0 when the policy says zero, and says so', () => {
    const scored = scorePlan(withMissing(), buildPolicy({ missingData: 'zero' }), options);
    expect(indicator(scored, 'K2')).toMatchObject({ state: 'missing', score: 0, band: { key: 'non_raggiunto' } });
    expect(indicator(scored, 'K2')?.messages.map((m) => m.code)).toEqual(['missing_data', 'missing_counts_zero']);
    expect(node(scored, 'A.1.1')).toMatchObject({ state: 'scored', score: 50 });
  });

  it('leaves missing data out when the policy says exclude', () => {
    const scored = scorePlan(withMissing(), buildPolicy({ missingData: 'exclude' }), options);
    expect(indicator(scored, 'K2')).toMatchObject({ state: 'missing', score: null, band: null });
    expect(node(scored, 'A.1.1')).toMatchObject({ state: 'scored', score: 100 });
    expect(node(scored, 'A.1.1')?.messages.map((m) => m.code)).toContain('missing_excluded');
  });

  it('blocks the parents when the policy says block (the default)', () => {
    const scored = scorePlan(withMissing(), buildPolicy(), options);
    expect(node(scored, 'A.1.1')).toMatchObject({ state: 'blocked', score: null, band: null });
    expect(scored.entity.state).not.toBe('scored');
  });

  it('lists the missing inputs by measure and year', () => {
    const scored = scorePlan(withMissing(), buildPolicy(), options);
    expect(indicator(scored, 'K2')?.inputs).toEqual([{ measure: 'M_K2', name: 'Misura K2', year: TEST_YEAR, value: null }]);
    expect(indicator(scored, 'K2')?.messages[0]?.en).toBe(`Missing data: M_K2 ${TEST_YEAR}`);
  });

  it('excludes indicators without a target this year', () => {
    const scored = scorePlan(buildScoringPlan([{ code: 'K1', target: '>= 100', value: 80 }, { code: 'K2', value: 3 }, { code: 'K3', target: '---', value: 1 }]), buildPolicy(), options);
    expect(indicator(scored, 'K2')).toMatchObject({ state: 'no_target', value: 3 });
    expect(indicator(scored, 'K3')).toMatchObject({ state: 'no_target' });
    expect(node(scored, 'A.1.1')).toMatchObject({ score: 80 });
  });

  it('reports formula and target syntax errors as errors', () => {
    const scored = scorePlan(buildScoringPlan([
      { code: 'F', target: '>= 1', formula: 'M_F +', value: 1 },
      { code: 'T', target: '>= >= 3', value: 1 },
    ]), buildPolicy(), options);
    expect(indicator(scored, 'F')?.state).toBe('error');
    expect(indicator(scored, 'T')?.state).toBe('error');
    expect(indicator(scored, 'F')?.messages.length).toBeGreaterThan(0);
  });

  it('never scores a descriptive target by itself', () => {
    const scored = scorePlan(buildScoringPlan([{ code: 'Q', target: 'Miglioramento della qualità percepita', value: 1 }]), buildPolicy({ missingData: 'exclude' }), options);
    expect(indicator(scored, 'Q')).toMatchObject({ state: 'missing', score: null });
    expect(indicator(scored, 'Q')?.messages[0]?.code).toBe('manual_required');
  });
});

describe('manual achievements', () => {
  it('override computation for an indicator and a node, with the justification kept', () => {
    const plan = buildScoringPlan([{ code: 'K1', target: 'Relazione approvata', value: null }, { code: 'K2', target: '>= 10', value: 10 }], {
      manualAchievements: [
        { target: { kind: 'indicator', code: 'K1' }, year: TEST_YEAR, achievement: 80, justification: 'Relazione consegnata in ritardo', by: 'oiv' },
        { target: { kind: 'node', code: 'A' }, year: TEST_YEAR, achievement: 130, justification: 'Valutazione della Giunta' },
      ],
    });
    const scored = scorePlan(plan, buildPolicy(), options);
    expect(indicator(scored, 'K1')).toMatchObject({ state: 'manual', rule: 'manual', score: 80, manual: { justification: 'Relazione consegnata in ritardo' } });
    expect(node(scored, 'A.1.1')).toMatchObject({ score: 90 });
    expect(node(scored, 'A')).toMatchObject({ state: 'manual', basis: 'manual', score: 100 });
  });
});
