import { describe, expect, it } from 'vitest';
import { buildMeasureUsage } from './measure-usage.js';

const measures = [
  { code: 'PRAT_EVASE', name: 'Pratiche evase' },
  { code: 'PRAT_TOT', name: 'Pratiche ricevute' },
  { code: 'GIORNI', name: 'Giorni medi' },
];

describe('buildMeasureUsage', () => {
  it('finds uses by code and by name, once per indicator, and none for formulas that do not parse', () => {
    const usage = buildMeasureUsage(measures, [
      { code: 'kpi1', formula: 'PRAT_EVASE / PRAT_TOT * 100' },
      { code: 'kpi2', formula: '[Pratiche evase]@t - [Pratiche evase]@t-1' },
      { code: 'kpi3', formula: '[Pratiche evase] + PRAT_EVASE' },
      { code: 'kpi4', formula: 'PRAT_TOT / (' },
      { code: 'kpi5' },
    ]);
    expect(usage.get('PRAT_EVASE')).toEqual([{ indicator: 'kpi1', by: 'code' }, { indicator: 'kpi2', by: 'name' }, { indicator: 'kpi3', by: 'code' }]);
    expect(usage.get('PRAT_TOT')).toEqual([{ indicator: 'kpi1', by: 'code' }]);
    expect(usage.get('GIORNI')).toEqual([]);
  });

  it('ignores references to measures the plan does not have', () => {
    expect(buildMeasureUsage(measures, [{ code: 'kpi1', formula: 'ALTRA / [Altro nome]' }]).get('PRAT_TOT')).toEqual([]);
  });
});
