import { describe, expect, it } from 'vitest';
import { applyCompletion, completionContext, matchMeasures, measureReference } from './formula-completion.js';

const measures = [
  { code: 'RI_PRAT', name: 'Pratiche del Registro imprese evase' },
  { code: 'RI_PRAT_5GG', name: 'Pratiche evase entro 5 giorni' },
  { code: 'MED_DOM', name: 'Domande di mediazione' },
  { code: '2024-X', name: 'Attività [speciali]' },
];

describe('completionContext', () => {
  it('finds the code being typed at the caret', () => {
    expect(completionContext('RI_PR / 100', 5)).toEqual({ start: 0, end: 5, query: 'RI_PR', bracket: false });
    expect(completionContext('(MED_D', 6)).toEqual({ start: 1, end: 6, query: 'MED_D', bracket: false });
  });

  it('finds a name being typed after [ and replaces up to the closing ]', () => {
    expect(completionContext('[Prat', 5)).toEqual({ start: 0, end: 5, query: 'Prat', bracket: true });
    expect(completionContext('[Prat] / 2', 3)).toEqual({ start: 0, end: 6, query: 'Pr', bracket: true });
  });

  it('ignores numbers, years, parameters, function names and closed names', () => {
    expect(completionContext('12', 2)).toBeNull();
    expect(completionContext('RI_PRAT@t', 9)).toBeNull();
    expect(completionContext('$N', 2)).toBeNull();
    expect(completionContext('sum(A, B)', 2)).toBeNull();
    expect(completionContext('[Pratiche] ', 11)).toBeNull();
  });
});

describe('matchMeasures', () => {
  it('ranks codes starting with the query first, then names, then containment, accent-insensitive', () => {
    expect(matchMeasures(measures, 'ri_p').map((m) => m.code)).toEqual(['RI_PRAT', 'RI_PRAT_5GG']);
    expect(matchMeasures(measures, 'domande').map((m) => m.code)).toEqual(['MED_DOM']);
    expect(matchMeasures(measures, 'attivita').map((m) => m.code)).toEqual(['2024-X']);
    expect(matchMeasures(measures, 'evase').map((m) => m.code)).toEqual(['RI_PRAT', 'RI_PRAT_5GG']);
    expect(matchMeasures(measures, 'zzz')).toEqual([]);
  });
});

describe('applyCompletion', () => {
  it('inserts a code, or a bracketed name (with ] doubled) when the code is not writable', () => {
    expect(measureReference(measures[0]!)).toBe('RI_PRAT');
    expect(measureReference(measures[3]!)).toBe('[Attività [speciali]]]');
    const context = completionContext('RI_PR / 100', 5)!;
    expect(applyCompletion('RI_PR / 100', context, measures[0]!)).toEqual({ text: 'RI_PRAT / 100', caret: 7 });
    const bracket = completionContext('[Att', 4)!;
    expect(applyCompletion('[Att', bracket, measures[3]!)).toEqual({ text: '[Attività [speciali]]]', caret: 22 });
  });
});
