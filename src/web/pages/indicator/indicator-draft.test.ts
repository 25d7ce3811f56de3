import { describe, expect, it } from 'vitest';
import { changedFields, draftOf, parseWeight, patchOf, rebaseDraft } from './indicator-draft.js';
import type { IndicatorItem } from './indicator-queries.js';

const indicator: IndicatorItem = {
  id: '00000000-0000-4000-8000-000000000001', code: 'kpiB1_01', nodeCode: 'B.1', name: 'Pratiche evase entro 5 giorni',
  formula: 'RI_PRAT_5GG / RI_PRAT * 100', unit: 'percent', targets: { 2024: '>= 78%', 2025: '>= 80%', 2026: '>= 82%' }, weight: 33.33,
  version: 4, abilities: ['indicator.read', 'indicator.update'],
};
const years = [2025, 2026, 2027];

describe('indicator draft', () => {
  it('starts from the indicator: plan years only, weight in Italian format', () => {
    expect(draftOf(indicator, years)).toEqual({
      formula: 'RI_PRAT_5GG / RI_PRAT * 100', targets: { 2025: '>= 80%', 2026: '>= 82%', 2027: '' }, weight: '33,33', scoringRule: '',
    });
  });

  it('parses weights: empty = equal weights, Italian decimals, garbage is invalid', () => {
    expect(parseWeight('')).toBeNull();
    expect(parseWeight(' 33,34 ')).toBe(33.34);
    expect(parseWeight('1.000')).toBe(1000);
    expect(parseWeight('-5')).toBeUndefined();
    expect(parseWeight('tanto')).toBeUndefined();
  });

  it('patches only what changed; targets whole, with years outside the plan kept and emptied years removed', () => {
    const base = draftOf(indicator, years);
    expect(patchOf(indicator, base, { ...base, weight: '33,330' })).toEqual({});
    const mine = { ...base, formula: ' RI_PRAT_5GG / RI_PRAT ', weight: '', targets: { ...base.targets, 2026: '', 2027: '>= 85%' } };
    expect(changedFields(base, mine)).toEqual(['formula', 'targets.2026', 'targets.2027', 'weight']);
    expect(patchOf(indicator, base, mine)).toEqual({
      formula: 'RI_PRAT_5GG / RI_PRAT', weight: null, targets: { 2024: '>= 78%', 2025: '>= 80%', 2027: '>= 85%' },
    });
    expect(patchOf(indicator, base, { ...base, scoringRule: 'binary' })).toEqual({ scoringRule: 'binary' });
    expect(patchOf(indicator, { ...base, scoringRule: 'binary' }, base)).toEqual({ scoringRule: null });
  });

  it('reapplies my changes on top of theirs, keeping theirs where I changed nothing', () => {
    const base = draftOf(indicator, years);
    const mine = { ...base, formula: 'RI_PRAT_5GG / RI_PRAT * 100 + 0', targets: { ...base.targets, 2027: '>= 85%' } };
    const theirs = { ...base, weight: '50', targets: { ...base.targets, 2025: '>= 81%' } };
    expect(rebaseDraft(base, mine, theirs)).toEqual({ ...theirs, formula: mine.formula, targets: { ...theirs.targets, 2027: '>= 85%' } });
  });
});
