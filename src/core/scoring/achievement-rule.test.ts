import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Target } from '../target/target-ast.js';
import { roundScore } from '../numbers/rounding.js';
import { computeAchievement, type RuleInput } from './achievement-rule.js';
import { daysBetween, monthsLate } from './achievement-rule-time.js';
import { defaultScoringPolicy, scoringPolicySchema, type ScoringRules } from './policy.schema.js';

const defaults = defaultScoringPolicy('LU', 2026).rules;
const rulesWith = (rules: object): ScoringRules =>
  scoringPolicySchema.parse({ meta: { entity: 'LU', year: 2026 }, rules }).rules;

function achievement(input: RuleInput, rules: ScoringRules = defaults): number {
  const outcome = computeAchievement(input, rules);
  if (!outcome.ok) throw new Error(outcome.error.en);
  return outcome.achievement;
}

const atLeast = (value: number): Target => ({ kind: 'compare', op: '>=', value, unit: 'number' });
const atMost = (value: number): Target => ({ kind: 'compare', op: '<=', value, unit: 'number' });

describe('compare targets', () => {
  it('scores >= T as actual / T', () => {
    expect(achievement({ target: atLeast(100), actual: 96 })).toBe(96);
    expect(achievement({ target: atLeast(2), actual: 3 })).toBe(150);
    expect(achievement({ target: atLeast(80), actual: -5 })).toBe(0);
  });

  it('scores <= T as 100 when met, else T / actual, or a linear decrease', () => {
    expect(achievement({ target: atMost(7), actual: 5 })).toBe(100);
    expect(achievement({ target: atMost(30), actual: 40 })).toBe(75);
    const linear = rulesWith({ atMost: 'linear_decrease', linearDecreaseZeroAt: 50 });
    expect(achievement({ target: atMost(30), actual: 36 }, linear)).toBe(60);
    expect(achievement({ target: atMost(30), actual: 60 }, linear)).toBe(0);
  });

  it('scores T <= 0 as binary or within a tolerance band, never dividing by zero', () => {
    expect(achievement({ target: atMost(0), actual: 0 })).toBe(100);
    expect(achievement({ target: atMost(0), actual: 2 })).toBe(0);
    const band = rulesWith({ nonPositiveTarget: { mode: 'tolerance_band', band: 4 } });
    expect(achievement({ target: atMost(0), actual: 1 }, band)).toBe(75);
    expect(achievement({ target: atMost(0), actual: 5 }, band)).toBe(0);
    expect(achievement({ target: atMost(0), actual: 5, override: 'ratio' })).toBe(0);
  });

  it('scores linearly from the baseline to the target', () => {
    const linear = rulesWith({ atLeast: 'linear_baseline' });
    expect(achievement({ target: atLeast(120), actual: 110, reference: 100 }, linear)).toBe(50);
    expect(achievement({ target: atLeast(120), actual: 90, reference: 100 }, linear)).toBe(0);
    const outcome = computeAchievement({ target: atLeast(100), actual: 100, reference: 120 }, linear);
    expect(outcome).toMatchObject({ ok: true, rule: 'binary', achievement: 100, notes: [{ code: 'baseline_not_improvement' }] });
  });

  it('treats strict operators as met only past the value', () => {
    expect(computeAchievement({ target: { kind: 'compare', op: '>', value: 1, unit: 'number' }, actual: 1 }, defaults))
      .toMatchObject({ ok: true, achievement: 100, met: false });
  });

  it('compares at 15 significant digits', () => {
    expect(computeAchievement({ target: atLeast(0.3), actual: 0.1 + 0.2 }, defaults)).toMatchObject({ met: true, achievement: 100 });
  });

  it('never lowers a >= achievement when the actual rises', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      (target, actual, raise) => {
        const before = achievement({ target: atLeast(target), actual });
        const after = achievement({ target: atLeast(target), actual: actual + raise });
        expect(after).toBeGreaterThanOrEqual(before);
      },
    ));
  });
});

describe('growth targets', () => {
  const growth: Target = { kind: 'growth', op: '>=', percent: 15 };

  it('gives 67,7 literal and 95,8 level-based for 581 → 640 against +15%', () => {
    const literal = achievement({ target: growth, actual: 640, reference: 581 });
    const level = achievement({ target: growth, actual: 640, reference: 581 }, rulesWith({ growth: 'level' }));
    expect(roundScore(literal, { decimals: 1, mode: 'half_up' })).toBe(67.7);
    expect(roundScore(level, { decimals: 1, mode: 'half_up' })).toBe(95.8);
  });

  it('reads the rate itself when the formula computes it', () => {
    const rate = ((640 - 581) * 100) / 581;
    const literal = achievement({ target: growth, actual: rate, rateFormula: true });
    const level = achievement({ target: growth, actual: rate, rateFormula: true }, rulesWith({ growth: 'level' }));
    expect(roundScore(literal, { decimals: 1, mode: 'half_up' })).toBe(67.7);
    expect(roundScore(level, { decimals: 1, mode: 'half_up' })).toBe(95.8);
  });

  it('fails without a positive previous value', () => {
    expect(computeAchievement({ target: growth, actual: 640, reference: 0 }, defaults))
      .toMatchObject({ ok: false, error: { code: 'growth_base_not_positive' } });
  });

  it('uses the level when a literal ratio has no meaning', () => {
    const outcome = computeAchievement({ target: { kind: 'growth', op: '>=', percent: -5 }, actual: 96, reference: 100 }, defaults);
    expect(outcome).toMatchObject({ ok: true, rule: 'growth_level', effectiveTarget: 95, notes: [{ code: 'growth_literal_not_meaningful' }] });
    expect(outcome.ok && roundScore(outcome.achievement, { decimals: 2, mode: 'half_up' })).toBe(101.05);
  });
});

describe('deadlines, yes/no and ranges', () => {
  const deadline: Target = { kind: 'deadline', date: '2026-06-30', spelling: 'entro_date' };

  it('scores a deadline as done or not, or reduced per month late', () => {
    expect(achievement({ target: deadline, actual: '2026-06-30' })).toBe(100);
    expect(achievement({ target: deadline, actual: '2026-07-01' })).toBe(0);
    const reduction = rulesWith({ deadline: { mode: 'reduction', reduction: 20, per: 'month' } });
    expect(achievement({ target: deadline, actual: '2026-07-31' }, reduction)).toBe(60);
    const perDay = rulesWith({ deadline: { mode: 'reduction', reduction: 1, per: 'day' } });
    expect(achievement({ target: deadline, actual: '2026-07-10' }, perDay)).toBe(90);
    expect(computeAchievement({ target: deadline, actual: true }, defaults)).toMatchObject({ ok: false, error: { code: 'deadline_needs_date' } });
  });

  it('counts started months late', () => {
    expect(monthsLate('2026-06-30', '2026-07-01')).toBe(1);
    expect(monthsLate('2026-06-30', '2026-07-30')).toBe(1);
    expect(monthsLate('2026-06-30', '2026-07-31')).toBe(2);
    expect(monthsLate('2026-12-15', '2027-01-10')).toBe(1);
  });

  it('counts days between ISO dates as Date.UTC does, impossible dates and years below 100 included', () => {
    expect(daysBetween('2026-06-30', '2026-07-10')).toBe(10);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2026-06-31', '2026-07-01')).toBe(0);
    expect(daysBetween('2026-06-30', '30/06/2026')).toBeNaN();
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const anyDigits = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }));
    const calendar = fc.tuple(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }));
    const iso = fc.oneof(calendar, anyDigits)
      .map(([y, m, d]) => ({ text: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`, utc: Date.UTC(y, m - 1, d) }));
    fc.assert(fc.property(iso, iso, (from, to) => {
      expect(daysBetween(from.text, to.text)).toBe(Math.round((to.utc - from.utc) / 86_400_000));
    }), { numRuns: 2000 });
  });

  it('scores SI/NO as 100 or 0', () => {
    expect(achievement({ target: { kind: 'boolean', expected: true }, actual: true })).toBe(100);
    expect(achievement({ target: { kind: 'boolean', expected: true }, actual: 0 })).toBe(0);
    expect(achievement({ target: { kind: 'boolean', expected: false }, actual: false })).toBe(100);
    expect(computeAchievement({ target: { kind: 'boolean', expected: true }, actual: 7 }, defaults))
      .toMatchObject({ ok: false, error: { code: 'value_not_boolean' } });
  });

  it('scores a range as 100 inside, graded or 0 outside', () => {
    const range: Target = { kind: 'range', min: 85, max: 90, unit: 'percent' };
    expect(achievement({ target: range, actual: 87 })).toBe(100);
    expect(achievement({ target: range, actual: 68 })).toBe(80);
    expect(achievement({ target: range, actual: 100 })).toBe(90);
    expect(achievement({ target: range, actual: 100 }, rulesWith({ range: 'binary' }))).toBe(0);
  });

  it('scores a relative target against the referenced year', () => {
    const relative: Target = { kind: 'relative', op: '<=', ref: { kind: 'offset', offset: -1 } };
    expect(achievement({ target: relative, actual: 12, reference: 10 })).toBeCloseTo(83.3333333333333, 12);
  });
});

describe('rules and value kinds', () => {
  it('honours an indicator override and rejects an unknown or inapplicable one', () => {
    expect(achievement({ target: atLeast(100), actual: 96, override: 'binary' })).toBe(0);
    expect(computeAchievement({ target: atLeast(100), actual: 96, override: 'magic' }, defaults))
      .toMatchObject({ ok: false, error: { code: 'rule_unknown' } });
    expect(computeAchievement({ target: atLeast(100), actual: 96, override: 'deadline_binary' }, defaults))
      .toMatchObject({ ok: false, error: { code: 'rule_not_applicable' } });
  });

  it('rejects a date against a numeric target', () => {
    expect(computeAchievement({ target: atLeast(100), actual: '2026-01-01' }, defaults))
      .toMatchObject({ ok: false, error: { code: 'value_not_number' } });
  });

  it('scales accumulating targets by the expected progress', () => {
    expect(computeAchievement({ target: atLeast(300), actual: 90, progress: 1 / 3 }, defaults))
      .toMatchObject({ ok: true, achievement: 90, effectiveTarget: 100 });
  });
});
