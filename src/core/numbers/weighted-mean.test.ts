import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { exactSum, weightedMean } from './weighted-mean.js';
import { roundScore } from './rounding.js';

describe('weightedMean', () => {
  it('uses equal weights when none is given', () => {
    expect(weightedMean([{ value: 96 }, { value: 100 }, { value: 100 }, { value: 100 }, { value: 100 }])).toBe(99.2);
    expect(weightedMean([{ value: 99.77 }, { value: 100 }])).toBe(99.885);
  });

  it('weighs a card 20/20/30/30 exactly', () => {
    const card = [
      { value: 99.2, weight: 20 }, { value: 100, weight: 20 },
      { value: 100, weight: 30 }, { value: 99.885, weight: 30 },
    ];
    expect(weightedMean(card)).toBe(99.8055);
  });

  it('gives absent weights the mean of the given ones', () => {
    expect(weightedMean([{ value: 80, weight: 30 }, { value: 20, weight: 10 }, { value: 50 }])).toBe(60);
  });

  it('is null for nothing to average or all weights zero', () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ value: 80, weight: 0 }])).toBeNull();
  });

  it('rejects negative or non-finite weights', () => {
    expect(() => weightedMean([{ value: 1, weight: -1 }])).toThrow(RangeError);
    expect(() => weightedMean([{ value: 1, weight: Number.NaN }])).toThrow(RangeError);
  });

  it('sums exactly', () => {
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([33.33, 33.33, 33.34])).toBe(100);
  });

  /** Equal to the 13th significant digit and identical once rounded as published. */
  function expectSameScore(actual: number | null, expected: number | null): void {
    expect(actual).not.toBeNull();
    const a = actual as number;
    const b = expected as number;
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
    expect(roundScore(a, { decimals: 2, mode: 'half_up' })).toBe(roundScore(b, { decimals: 2, mode: 'half_up' }));
  }

  const scoreArb = fc.integer({ min: 0, max: 12_000 }).map((hundredths) => hundredths / 100);
  const weightArb = fc.integer({ min: 1, max: 10_000 }).map((hundredths) => hundredths / 100);

  it('equals exact decimal arithmetic, rounded', () => {
    fc.assert(fc.property(fc.array(fc.tuple(scoreArb, weightArb), { minLength: 1, maxLength: 40 }), (pairs) => {
      let numerator = new Decimal(0);
      let denominator = new Decimal(0);
      for (const [value, w] of pairs) {
        numerator = numerator.plus(new Decimal(value).times(w));
        denominator = denominator.plus(w);
      }
      const exact = numerator.div(denominator);
      const mean = weightedMean(pairs.map(([value, w]) => ({ value, weight: w }))) as number;
      for (const mode of ['half_up', 'truncate'] as const) {
        const expected = exact.toDecimalPlaces(2, mode === 'half_up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
        expect(roundScore(mean, { decimals: 2, mode })).toBe(expected.toNumber());
      }
    }), { numRuns: 1000 });
  });

  it('does not change when all weights are scaled', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(scoreArb, weightArb), { minLength: 1, maxLength: 20 }),
      fc.integer({ min: 1, max: 1000 }),
      (pairs, factor) => {
        const base = weightedMean(pairs.map(([value, w]) => ({ value, weight: w })));
        const scaled = weightedMean(pairs.map(([value, w]) => ({ value, weight: w * factor })));
        expectSameScore(scaled, base);
      },
    ));
  });

  it('does not depend on the order of the items', () => {
    fc.assert(fc.property(fc.array(fc.tuple(scoreArb, weightArb), { minLength: 1, maxLength: 20 }), (pairs) => {
      const items = pairs.map(([value, w]) => ({ value, weight: w }));
      expectSameScore(weightedMean([...items].reverse()), weightedMean(items));
    }));
  });
});
