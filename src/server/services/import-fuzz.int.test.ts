import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type ExcelJS from 'exceljs';
import { CARD_SEED, TREE_SEED, editWorkbook, readSeedText, seedTreePlan } from '../../formats/xlsx/xlsx-test-support.js';
import { writePlanWorkbook } from '../../formats/xlsx/xlsx-writer.js';
import type { Database, Db } from '../db/database.js';
import { entities } from '../db/schema.js';
import { createTestDatabase } from '../db/test-database.js';
import { importPlan, type ImportReport } from './import.js';
import { tableFingerprint } from './import-test-support.js';
import type { ImportFormatChoice } from '../../formats/import-format.js';

const FUZZ_TIMEOUT = 240_000;
let database: Database;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await db.insert(entities).values({ code: 'FZ', name: 'Ente del fuzz' });
});
afterAll(async () => { await database.close(); });

/** Imports for real; a blocked import must leave the database exactly as it was, and say where and why. */
async function importChecked(name: string, bytes: Uint8Array, format: ImportFormatChoice): Promise<ImportReport> {
  const before = await tableFingerprint(db);
  const result = await importPlan(db, { entityCode: 'FZ', file: { name, bytes }, format, dryRun: false, actor: { userId: null, username: 'fuzz' } });
  if (!result.ok) throw new Error(result.code);
  const report = result.value;
  expect(report.imported).toBe(report.errors.length === 0);
  if (!report.imported) expect(await tableFingerprint(db)).toEqual(before);
  for (const issue of [...report.errors, ...report.warnings]) {
    expect(issue.location.file).toBe(name);
    expect(issue.message.it.length * issue.message.en.length).toBeGreaterThan(0);
    expect(issue.code).toMatch(/^[a-z0-9_]+$/);
  }
  return report;
}

const damage = (text: string) => fc.oneof(
  fc.nat({ max: text.length }).map((at) => text.slice(0, at)),
  fc.array(fc.tuple(fc.nat({ max: text.length }), fc.string({ unit: 'binary', maxLength: 10 })), { minLength: 1, maxLength: 10 })
    .map((edits) => edits.reduce((current, [at, junk]) => current.slice(0, at) + junk + current.slice(at + junk.length), text)),
);

describe('importPlan never crashes on damaged files, and a failed import writes nothing', () => {
  it.each([[TREE_SEED, 'tree-export'], [CARD_SEED, 'card-export']] as const)('damaged copies of %s', async (seed, format) => {
    const text = readSeedText(seed);
    await fc.assert(fc.asyncProperty(damage(text), fc.boolean(), async (damaged, named) => {
      await importChecked(seed, Buffer.from(damaged), named ? format : 'auto');
    }), { numRuns: 15 });
  }, FUZZ_TIMEOUT);

  it('damaged copies of the workbook of seed 004', async () => {
    const workbook = await writePlanWorkbook(seedTreePlan());
    const cellValue = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.constant('>= ,,%'));
    const sheets = ['Piano', 'Nodi', 'Indicatori', 'Target', 'Misure', 'Unità organizzative'];
    const edits = fc.array(fc.record({ sheet: fc.constantFrom(...sheets), row: fc.integer({ min: 1, max: 60 }), column: fc.integer({ min: 1, max: 12 }), value: cellValue }), { minLength: 1, maxLength: 4 });
    await fc.assert(fc.asyncProperty(fc.oneof(
      edits.map((list) => ({ list, cut: undefined as number | undefined })),
      fc.nat({ max: workbook.length }).map((cut) => ({ list: [] as never[], cut })),
    ), async ({ list, cut }) => {
      const bytes = cut !== undefined ? workbook.subarray(0, cut) : await editWorkbook(workbook, (book) => {
        for (const edit of list) book.getWorksheet(edit.sheet)!.getCell(edit.row, edit.column).value = edit.value as ExcelJS.CellValue;
      });
      await importChecked('lecce.xlsx', bytes, 'auto');
    }), { numRuns: 15 });
  }, FUZZ_TIMEOUT);
});
