import { describe, expect, it } from 'vitest';
import { fundAmountOf, fundDraftOf, fundRequestOf } from './fund-draft.js';

describe('fund page draft', () => {
  const draft = () => ({
    ...fundDraftOf({ bands: [{ min: 60, coefficient: 0.6 }, { min: 95, coefficient: 1, label: 'Fascia 1' }], partTime: true, useComplexity: false, scoreBasis: 'adjusted' as const }),
    amount: '10.000,00',
  });

  it('reads euro amounts with at most two decimals', () => {
    expect(fundAmountOf('10.000,00')).toBe(10000);
    expect(fundAmountOf('1234.57')).toBe(1234.57);
    expect(fundAmountOf('1,234')).toBeNull();
    expect(fundAmountOf('-5')).toBeNull();
  });

  it('builds the request with the bands, the pro-rating and the payroll data', () => {
    const value = draft();
    value.payroll = { referente: { partTime: '50', absence: '10' } };
    expect(fundRequestOf(2025, value)).toEqual({
      request: {
        year: 2025, fund: 10000,
        policy: { bands: [{ min: 60, coefficient: 0.6 }, { min: 95, coefficient: 1, label: 'Fascia 1' }], partTime: true, useComplexity: false, scoreBasis: 'adjusted' },
        people: [{ code: 'referente', partTimePercent: 50, absenceDays: 10 }],
      },
    });
  });

  it('locates every field in error', () => {
    const value = { ...draft(), amount: 'mille', absence: true, workingDays: '0' };
    value.bands[0]!.coefficient = 'x';
    value.payroll = { referente: { partTime: '150', absence: '' } };
    expect(fundRequestOf(2025, value)).toEqual({ errors: { amount: true, 'bands.0.coefficient': true, workingDays: true, 'payroll.referente.partTime': true } });
  });
});
