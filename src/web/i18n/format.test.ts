import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatYearRange, isAppLanguage, localeOf } from './format.js';

describe('formatNumber', () => {
  it('groups thousands with a dot and uses a decimal comma, also for four digits', () => {
    expect(formatNumber(1234.56)).toBe('1.234,56');
    expect(formatNumber(3830.8, { decimals: 2 })).toBe('3.830,80');
    expect(formatNumber(1_234_567)).toBe('1.234.567');
  });

  it('rounds to the requested decimals', () => {
    expect(formatNumber(99.885, { decimals: 1 })).toBe('99,9');
    expect(formatNumber(-12.46, { decimals: 1 })).toBe('-12,5');
  });

  it('follows the English locale when asked', () => {
    expect(formatNumber(1234.56, { locale: localeOf('en') })).toBe('1,234.56');
  });
});

describe('formatPercent', () => {
  it('takes percentage points', () => {
    expect(formatPercent(99.2)).toBe('99,2%');
    expect(formatPercent(67.7, { decimals: 1 })).toBe('67,7%');
    expect(formatPercent(1250)).toBe('1.250%');
  });
});

describe('formatDate', () => {
  it('writes a calendar date as gg/mm/aaaa without time-zone shifts', () => {
    expect(formatDate('2021-06-30')).toBe('30/06/2021');
    expect(formatDate('2022-01-01')).toBe('01/01/2022');
  });

  it('formats an instant in Italian time', () => {
    // 23:30 UTC on 31 December is already 1 January in Rome.
    expect(formatDate('2024-12-31T23:30:00Z')).toBe('01/01/2025');
    expect(formatDateTime('2025-07-01T08:05:00Z')).toBe('01/07/2025, 10:05');
  });

  it('keeps day-month-year order in English', () => {
    expect(formatDate('2021-06-30', localeOf('en'))).toBe('30/06/2021');
  });
});

describe('formatYearRange and languages', () => {
  it('writes plan periods', () => {
    expect(formatYearRange(2025, 2027)).toBe('2025–2027');
    expect(formatYearRange(2025, 2025)).toBe('2025');
  });

  it('recognises the supported languages only', () => {
    expect(isAppLanguage('it')).toBe(true);
    expect(isAppLanguage('en')).toBe(true);
    expect(isAppLanguage('de')).toBe(false);
    expect(isAppLanguage(null)).toBe(false);
  });
});
