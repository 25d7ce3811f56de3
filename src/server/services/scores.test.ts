import { describe, expect, it } from 'vitest';
import { currentPeriodOf, todayInRome } from './scores.js';

const periods = [
  { code: '2026-1', year: 2026, end: '2026-04-30', final: false },
  { code: '2026-2', year: 2026, end: '2026-08-31', final: false },
  { code: '2026-3', year: 2026, end: '2026-12-31', final: true },
  { code: '2027-1', year: 2027, end: '2027-04-30', final: false },
];

describe('currentPeriodOf', () => {
  it('is the latest non-final period of the year ended by today', () => {
    expect(currentPeriodOf({ periods }, 2026, '2026-11-22')).toBe('2026-2');
    expect(currentPeriodOf({ periods }, 2026, '2026-04-30')).toBe('2026-1');
    expect(currentPeriodOf({ periods }, 2026, '2026-12-31')).toBe('2026-2');
  });

  it('is the year end before any period ends and once the year is over', () => {
    expect(currentPeriodOf({ periods }, 2026, '2026-04-29')).toBeUndefined();
    expect(currentPeriodOf({ periods }, 2026, '2027-01-01')).toBeUndefined();
    expect(currentPeriodOf({ periods }, 2027, '2026-11-22')).toBeUndefined();
  });
});

describe('todayInRome', () => {
  it('uses the Italian calendar day, not UTC', () => {
    expect(todayInRome(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInRome(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});
