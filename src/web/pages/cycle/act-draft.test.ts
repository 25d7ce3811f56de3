import { describe, expect, it } from 'vitest';
import { EMPTY_ACT, parseItalianDate, readAct } from './act-draft.js';

describe('Italian dates of acts', () => {
  it('reads gg/mm/aaaa (and . or - as separators) as ISO days', () => {
    expect(parseItalianDate('29/01/2021')).toBe('2021-01-29');
    expect(parseItalianDate(' 9.1.2027 ')).toBe('2027-01-09');
    expect(parseItalianDate('29-02-2028')).toBe('2028-02-29');
  });

  it('refuses days that do not exist and other orders', () => {
    expect(parseItalianDate('29/02/2027')).toBeNull();
    expect(parseItalianDate('31/04/2027')).toBeNull();
    expect(parseItalianDate('2027-01-29')).toBeNull();
    expect(parseItalianDate('01/13/2027')).toBeNull();
    expect(parseItalianDate('oggi')).toBeNull();
  });
});

describe('act drafts', () => {
  it('gives the act the API expects, trimming and leaving empty optional fields out', () => {
    expect(readAct({ kind: 'determinazione', number: ' 9 ', date: '29/01/2021', body: 'Commissario straordinario', note: '' })).toEqual({
      act: { kind: 'determinazione', number: '9', date: '2021-01-29', body: 'Commissario straordinario' }, errors: null,
    });
  });

  it('names every wrong field', () => {
    expect(readAct(EMPTY_ACT)).toEqual({ act: null, errors: { kind: 'act.errors.kind', number: 'act.errors.number', date: 'act.errors.dateMissing' } });
    expect(readAct({ ...EMPTY_ACT, kind: 'decreto', number: '1', date: '30/02/2027' }).errors).toEqual({ date: 'act.errors.date' });
    expect(readAct({ ...EMPTY_ACT, kind: 'decreto', number: 'x'.repeat(41), date: '01/02/2027' }).errors).toEqual({ number: 'act.errors.numberLong' });
  });
});
