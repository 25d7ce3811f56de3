import { describe, expect, it } from 'vitest';
import { entryKindOf, entryText, parseEntry, parseLocalNumber, sameEntry } from './entry-value.js';

describe('numbers as Italians write them', () => {
  it.each([
    ['1.234,5', 1234.5], ['1234,5', 1234.5], ['1.234.567', 1234567], ['0,25', 0.25], ['-3,5', -3.5], [' 12 ', 12], ['9880', 9880], ['1 234,5', 1234.5],
  ])('%s is %d', (text, value) => {
    expect(parseLocalNumber(text, 'it')).toEqual({ ok: true, value });
  });

  it('refuses the English decimal point with its own reason, and garbage as not a number', () => {
    expect(parseLocalNumber('1.5', 'it')).toEqual({ ok: false, problem: 'decimal_separator' });
    expect(parseLocalNumber('12.34', 'it')).toEqual({ ok: false, problem: 'decimal_separator' });
    expect(parseLocalNumber('1.23.4', 'it')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseLocalNumber('abc', 'it')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseLocalNumber('1,2,3', 'it')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseLocalNumber('', 'it')).toEqual({ ok: false, problem: 'required' });
  });

  it('reads English separators when the interface is in English', () => {
    expect(parseLocalNumber('1,234.5', 'en')).toEqual({ ok: true, value: 1234.5 });
    expect(parseLocalNumber('1,5', 'en')).toEqual({ ok: false, problem: 'decimal_separator' });
  });
});

describe('entry by unit', () => {
  it('maps units to inputs', () => {
    expect(entryKindOf('boolean')).toBe('boolean');
    expect(entryKindOf('date')).toBe('date');
    expect(entryKindOf('percent')).toBe('number');
  });

  it('parses yes/no and dates', () => {
    expect(parseEntry('true', 'boolean', 'it')).toEqual({ ok: true, value: true });
    expect(parseEntry('', 'boolean', 'it')).toEqual({ ok: false, problem: 'required' });
    expect(parseEntry('2026-08-31', 'date', 'it')).toEqual({ ok: true, value: '2026-08-31' });
    expect(parseEntry('31/08/2026', 'date', 'it')).toEqual({ ok: false, problem: 'not_a_date' });
  });

  it('writes stored values back with the language\'s separators, and knows when nothing changed', () => {
    expect(entryText(1234.5, 'number', 'it-IT')).toBe('1.234,5');
    expect(entryText(1234.5, 'number', 'en-GB')).toBe('1,234.5');
    expect(entryText(83.50202429149797, 'number', 'it-IT')).toBe('83,50202429149797');
    expect(entryText(false, 'boolean', 'it-IT')).toBe('false');
    expect(entryText(null, 'number', 'it-IT')).toBe('');
    expect(sameEntry('1.234,5', 1234.5, 'number', 'it')).toBe(true);
    expect(sameEntry('1.234,6', 1234.5, 'number', 'it')).toBe(false);
  });
});
