import { describe, expect, it } from 'vitest';
import { buildDocumentContext } from '../model/document-input.js';
import { DEVIATION_NOTE, demoDocumentInput } from '../testing/document-fixtures.js';
import { buildRelazioneModel } from './relazione-model.js';
import { deviationsOf, noteParts } from './deviations.js';

describe('deviations', () => {
  it('splits a note into cause and corrective action, in Italian or English', () => {
    expect(noteParts('Causa: ritardo del fornitore. Azione correttiva: nuova gara')).toEqual({ cause: 'ritardo del fornitore', action: 'nuova gara' });
    expect(noteParts('Cause: staff shortage; corrective action: two hires')).toEqual({ cause: 'staff shortage', action: 'two hires' });
    expect(noteParts('Dato provvisorio del gestionale')).toEqual({ cause: 'Dato provvisorio del gestionale', action: null });
    expect(noteParts('Azione correttiva: formazione')).toEqual({ cause: null, action: 'formazione' });
  });

  it('lists the indicators below the top band with the cause from the value note, and "non indicata" when there is none', () => {
    const input = demoDocumentInput('it');
    const found = deviationsOf(buildDocumentContext(input));
    const expected = input.scored.indicators.filter((item) => item.rounded !== null && item.band !== null && item.band.key !== 'raggiunto').map((item) => item.code);
    expect(found.map((deviation) => deviation.indicator.code)).toEqual(expected);
    const withNote = found.find((deviation) => deviation.indicator.code === 'kpiB21_02');
    expect(withNote).toMatchObject({ cause: noteParts(DEVIATION_NOTE).cause, action: noteParts(DEVIATION_NOTE).action });
    const table = buildRelazioneModel(input).blocks.find((block) => block.kind === 'table' && block.id === 'scostamenti');
    if (table?.kind !== 'table') throw new Error('no deviations table');
    const texts = table.rows.map((row) => row.cells.map((cell) => (cell.kind === 'text' ? cell.text : '')));
    expect(texts.find((row) => row[0] === 'kpiB21_02')?.slice(5)).toEqual([noteParts(DEVIATION_NOTE).cause, noteParts(DEVIATION_NOTE).action]);
    const other = texts.find((row) => row[0] !== 'kpiB21_02' && expected.includes(row[0] as string));
    expect(other?.slice(5)).toEqual(['non indicata', 'non indicata']);
  });
});
