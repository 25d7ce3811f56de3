import { describe, expect, it } from 'vitest';
import { parseDecimal, pointsText } from './card-format.js';

describe('card number formats', () => {
  it('writes points as Italian percentages', () => {
    expect(pointsText(99.8055, 'it-IT')).toBe('99,81%');
    expect(pointsText(null, 'it-IT')).toBe('—');
  });

  it('reads numbers typed in Italian or English, and refuses anything else', () => {
    expect(parseDecimal('1.234,56')).toBe(1234.56);
    expect(parseDecimal('33,33')).toBe(33.33);
    expect(parseDecimal('97.5')).toBe(97.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
  });
});
