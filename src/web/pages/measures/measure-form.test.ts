import { describe, expect, it } from 'vitest';
import { changedMeasureFields, formOf, measurePatchOf, rebaseMeasureForm } from './measure-form.js';

const measure = { id: 'm', code: 'RI_PRAT', name: 'Pratiche evase', unit: 'number', source: 'Priamo', version: 3 };

describe('measure form', () => {
  it('patches only changed fields, removing emptied optional ones', () => {
    const base = formOf(measure);
    expect(base).toEqual({ name: 'Pratiche evase', description: '', unit: 'number', source: 'Priamo', periodicity: '' });
    expect(measurePatchOf(base, { ...base, name: 'Pratiche evase ' })).toEqual({});
    expect(measurePatchOf(base, { ...base, source: '', periodicity: 'quarterly', description: 'Nell’anno' }))
      .toEqual({ source: null, periodicity: 'quarterly', description: 'Nell’anno' });
  });

  it('reapplies my changes on top of theirs', () => {
    const base = formOf(measure);
    const mine = { ...base, description: 'Mia' };
    const theirs = { ...base, name: 'Pratiche RI evase' };
    expect(rebaseMeasureForm(base, mine, theirs)).toEqual({ ...theirs, description: 'Mia' });
    expect(changedMeasureFields(base, theirs)).toEqual(['name']);
  });
});
