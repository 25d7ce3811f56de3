/**
 * Every number of both documents equals the engine's with the policy's rounding: the test walks each
 * number cell of the model, works the value out again from its source (expected-number.ts) and checks
 * the cell's value and its Italian or English display.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../core/numbers/format-number.js';
import { buildPianoModel } from '../piano/piano-model.js';
import { buildRelazioneModel } from '../relazione/relazione-model.js';
import { demoDocumentInput, demoPolicy } from '../testing/document-fixtures.js';
import { expectedNumber } from '../testing/expected-number.js';
import type { DocumentInput } from './document-input.js';
import { numberCellsOf, type DocumentModel } from './document-model.js';

function checkEveryNumber(model: DocumentModel, input: DocumentInput): number {
  const cells = numberCellsOf(model);
  for (const { table, cell } of cells) {
    const expected = expectedNumber(input, cell.source);
    const where = `${table} ${JSON.stringify(cell.source)}`;
    expect(expected, where).not.toBeNull();
    expect(cell.value, where).toBe(expected);
    expect(cell.display, where).toBe(formatNumber(expected as number, input.locale, cell.decimals));
  }
  return cells.length;
}

const scoreCells = (model: DocumentModel, item: string) => numberCellsOf(model)
  .filter(({ cell }) => cell.source.kind === 'score' && cell.source.item === item).map(({ cell }) => cell);

describe('numbers in the documents', () => {
  const policies = {
    'default (2 decimals, half up)': demoPolicy(),
    'truncation to 1 decimal, tolerance 90 published for objectives': demoPolicy({
      rounding: { decimals: 1, mode: 'truncate' }, tolerance: { threshold: 90, appliesTo: ['indicator', 'node'] }, outputs: { nodes: 'adjusted', cards: 'adjusted' },
    }),
  };

  for (const [name, policy] of Object.entries(policies)) {
    it(`equal the engine's in the Relazione and the Piano (${name})`, () => {
      for (const locale of ['it', 'en'] as const) {
        const input = demoDocumentInput(locale, policy);
        const relazione = buildRelazioneModel(input);
        const piano = buildPianoModel(input);
        expect(checkEveryNumber(relazione, input)).toBeGreaterThan(150);
        expect(checkEveryNumber(piano, input)).toBeGreaterThan(100);
        expect(scoreCells(relazione, 'entity').map((cell) => cell.value)).toEqual([input.scored.entity.rounded]);
      }
    });
  }

  it('show every scored indicator, objective and unit of the Relazione, with the published (rounded) figure', () => {
    const input = demoDocumentInput('it');
    const relazione = buildRelazioneModel(input);
    for (const [item, list] of [['indicator', input.scored.indicators], ['node', input.scored.nodes], ['unit', input.scored.units]] as const) {
      const shown = new Map(scoreCells(relazione, item).map((cell) => [(cell.source as { code: string }).code, cell.value]));
      for (const scored of list) {
        if (scored.rounded === null) continue;
        expect(shown.get(scored.code), `${item} ${scored.code}`).toBe(scored.rounded);
      }
    }
  });
});
