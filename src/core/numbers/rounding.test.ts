import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { normalizeNumber, roundScore } from './rounding.js';

describe('normalizeNumber', () => {
  it('removes binary artefacts', () => {
    expect(normalizeNumber(0.1 + 0.2)).toBe(0.3);
    expect(normalizeNumber((99.77 + 100) / 2)).toBe(99.885);
    expect(normalizeNumber(-0)).toBe(0);
    expect(normalizeNumber(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });


  // Same-sign sums: with cancellation a float difference loses digits no normalisation recovers.
  it('recovers sums of decimals exactly, at every magnitude', () => {
    const decimalArb = fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 8 }))
      .map(([units, scale]) => new Decimal(units).div(new Decimal(10).pow(scale)));
    fc.assert(fc.property(decimalArb, decimalArb, (a, b) => {
      expect(normalizeNumber(a.toNumber())).toBe(a.toNumber());
      const sum = a.plus(b);
      if (sum.precision(true) <= 15) expect(normalizeNumber(a.toNumber() + b.toNumber())).toBe(sum.toNumber());
    }), { numRuns: 5000 });
    expect(normalizeNumber(0.01 + 0.02)).toBe(0.03);
    expect(normalizeNumber(1e-9 + 2e-9)).toBe(3e-9);
    expect(normalizeNumber(123456789012.34567)).toBe(123456789012.346);
  });
});

describe('roundScore', () => {
  it('rounds the mean of 99,77 and 100 exactly', () => {
    const mean = (99.77 + 100) / 2;
    expect(roundScore(mean, { decimals: 2, mode: 'half_up' })).toBe(99.89);
    expect(roundScore(mean, { decimals: 2, mode: 'truncate' })).toBe(99.88);
  });

  it('rounds ties away from zero and truncates towards zero', () => {
    expect(roundScore(1.005, { decimals: 2, mode: 'half_up' })).toBe(1.01);
    expect(roundScore(-2.5, { decimals: 0, mode: 'half_up' })).toBe(-3);
    expect(roundScore(-2.59, { decimals: 1, mode: 'truncate' })).toBe(-2.5);
    expect(roundScore(67.69936890418818, { decimals: 1, mode: 'half_up' })).toBe(67.7);
    expect(roundScore(0.004, { decimals: 2, mode: 'half_up' })).toBe(0);
    expect(Object.is(roundScore(-0.004, { decimals: 2, mode: 'half_up' }), 0)).toBe(true);
  });

  it('rejects a meaningless number of decimals', () => {
    expect(() => roundScore(1, { decimals: -1, mode: 'half_up' })).toThrow(RangeError);
    expect(() => roundScore(1, { decimals: 1.5, mode: 'half_up' })).toThrow(RangeError);
  });

  it('matches exact decimal arithmetic for decimal inputs', () => {
    fc.assert(fc.property(
      fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom('half_up' as const, 'truncate' as const),
      (units, scale, decimals, mode) => {
        const exact = new Decimal(units).div(new Decimal(10).pow(scale));
        const expected = exact.toDecimalPlaces(decimals, mode === 'half_up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
        expect(roundScore(exact.toNumber(), { decimals, mode })).toBe(expected.toNumber() === 0 ? 0 : expected.toNumber());
      },
    ), { numRuns: 2000 });
  });
});
