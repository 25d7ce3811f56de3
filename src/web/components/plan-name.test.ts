import { describe, expect, it } from 'vitest';
import { planName } from './plan-name.js';

describe('planName', () => {
  it('keeps a title that already names the period', () => {
    expect(planName({ code: 'P', title: 'Piano della performance 2025–2027', firstYear: 2025, lastYear: 2027 })).toBe('Piano della performance 2025–2027');
  });

  it('adds the period to a title without it', () => {
    expect(planName({ code: 'P', title: 'PIAO – sezione performance', firstYear: 2025, lastYear: 2027 })).toBe('PIAO – sezione performance (2025–2027)');
  });
});
