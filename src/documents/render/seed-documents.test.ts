/**
 * The documents of the real plans read from ../shared/seeds (Lecce's tree, seed 004; Massa-Carrara's
 * cards, seed 002): both documents build, every figure equals the engine's, every format renders, and
 * the Piano PDF lists every objective and indicator code of the source document.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../core/numbers/format-number.js';
import { defaultScoringPolicy } from '../../core/scoring/policy.schema.js';
import type { Plan } from '../../core/plan/plan.schema.js';
import { seedCardPlan, seedTreePlan } from '../../formats/xlsx/xlsx-test-support.js';
import { documentInputFromPlan } from '../document-input-from-plan.js';
import { numberCellsOf } from '../model/document-model.js';
import { buildPianoModel } from '../piano/piano-model.js';
import { buildRelazioneModel } from '../relazione/relazione-model.js';
import { pdfText, requireDocumentTools } from '../testing/document-tools.js';
import { expectedNumber } from '../testing/expected-number.js';
import { zipEntryNames } from '../testing/zip-entries.js';
import { renderDocument } from './render-document.js';

const seeds: Array<[string, () => Plan]> = [['004 (Lecce)', seedTreePlan], ['002 (Massa-Carrara)', seedCardPlan]];

describe('documents of the seed plans', { timeout: 240_000 }, () => {
  for (const [name, read] of seeds) {
    it(`seed ${name}: Piano and Relazione in every format, figures equal to the engine's`, async () => {
      requireDocumentTools();
      const plan = read();
      const year = plan.plan.firstYear;
      const input = documentInputFromPlan({ plan, policy: defaultScoringPolicy(plan.entity.code, year), year, locale: 'it' });
      const piano = buildPianoModel(input);
      const relazione = buildRelazioneModel(input);
      for (const model of [piano, relazione]) {
        for (const { table, cell } of numberCellsOf(model)) {
          const expected = expectedNumber(input, cell.source);
          expect(cell.value, `${table} ${JSON.stringify(cell.source)}`).toBe(expected);
          expect(cell.display).toBe(formatNumber(expected as number, 'it', cell.decimals));
        }
      }
      const dir = mkdtempSync(join(tmpdir(), 'traguardo-seed-documents-'));
      const pdf = join(dir, 'piano.pdf');
      writeFileSync(pdf, await renderDocument(piano, 'pdf'));
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      for (const node of plan.nodes.filter((item) => item.section === 'tree')) expect(text, node.code).toContain(node.code);
      for (const indicator of plan.indicators) expect(text, indicator.code).toContain(indicator.code);
      expect(zipEntryNames(await renderDocument(relazione, 'docx'))).toContain('word/document.xml');
      expect(zipEntryNames(await renderDocument(piano, 'xlsx'))).toContain('xl/workbook.xml');
      expect((await renderDocument(relazione, 'pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    });
  }
});
