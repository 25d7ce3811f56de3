import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './format-number.js';

describe('formatNumber', () => {
  it('writes Italian and English numbers with grouping', () => {
    expect(formatNumber(1234.56, 'it', 2)).toBe('1.234,56');
    expect(formatNumber(1234.56, 'en', 2)).toBe('1,234.56');
    expect(formatNumber(1234567, 'it')).toBe('1.234.567');
    expect(formatNumber(-3830.8, 'it', 2)).toBe('-3.830,80');
    expect(formatNumber(999, 'it', 0)).toBe('999');
  });

  it('rounds exactly before formatting', () => {
    const mean = (99.77 + 100) / 2;
    expect(formatNumber(mean, 'it', 2)).toBe('99,89');
    expect(formatNumber(mean, 'it', 2, 'truncate')).toBe('99,88');
    expect(formatNumber(mean, 'it')).toBe('99,885');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
  });

  it('formats percentages', () => {
    expect(formatPercent(67.69936890418818, 'it', 1)).toBe('67,7%');
    expect(formatPercent(95.8, 'en', 1)).toBe('95.8%');
  });
});
