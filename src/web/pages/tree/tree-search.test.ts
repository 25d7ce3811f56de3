import { describe, expect, it } from 'vitest';
import { periodChoiceOf, validateMeasuresSearch, validateTreeSearch } from './tree-search.js';

describe('tree search parameters', () => {
  it('keeps known, well-formed values and drops the rest', () => {
    expect(validateTreeSearch({ periodo: '2026-2', livello: 'action', testo: 'Attività d’impresa', vista: 'grafico', other: 'x' }))
      .toEqual({ periodo: '2026-2', livello: 'action', testo: 'Attività d’impresa', vista: 'grafico' });
    expect(validateTreeSearch({ vista: 'pie', unita: '<script>', stato: 42 })).toEqual({});
    expect(validateMeasuresSearch({ testo: 'RI_PRAT' })).toEqual({ testo: 'RI_PRAT' });
  });

  it('maps the period to the API: absent = current, anno = year end', () => {
    expect(periodChoiceOf(undefined)).toBe('current');
    expect(periodChoiceOf('anno')).toBeNull();
    expect(periodChoiceOf('2026-1')).toBe('2026-1');
  });
});
