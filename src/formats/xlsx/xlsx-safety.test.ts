import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { encodeCellText } from './xlsx-cells.js';
import { readPlanWorkbook } from './xlsx-reader.js';
import { buildZip, editWorkbook, examplePlan, unzipEntries } from './xlsx-test-support.js';
import { writePlanWorkbook } from './xlsx-writer.js';
import { checkZipArchive, DEFAULT_ZIP_LIMITS } from './zip-guard.js';

let template: Buffer;
beforeAll(async () => { template = await writePlanWorkbook(examplePlan()); });

const codes = async (bytes: Uint8Array, limits = DEFAULT_ZIP_LIMITS) => (await readPlanWorkbook(bytes, { fileName: 'x.xlsx', limits })).errors.map((issue) => issue.code);

describe('zip guard: hostile archives are refused before exceljs opens them', () => {
  it('refuses files over the size limit, bytes that are not a zip and truncated workbooks', async () => {
    expect(await codes(template, { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 10_000 })).toEqual(['file_too_large']);
    expect(await codes(Buffer.from('Area strategica A — not a workbook'))).toEqual(['xlsx_not_a_workbook']);
    expect(await codes(template.subarray(0, Math.floor(template.length / 2)))).toEqual(['xlsx_not_a_workbook']);
  });

  it('refuses a zip bomb by its compression ratio and total uncompressed size', () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(30 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(checkZipArchive(bomb)).toMatchObject({ ok: false, code: 'xlsx_suspicious_compression' });
    const many = buildZip(Array.from({ length: 9 }, (_, i) => ({ name: `xl/media/image${i}.bin`, content: Buffer.alloc(10 * 1024 * 1024, i) })));
    expect(checkZipArchive(many, { ...DEFAULT_ZIP_LIMITS, maxRatio: 100_000 })).toMatchObject({ ok: false, code: 'xlsx_too_large_uncompressed' });
  });

  it('refuses an entry whose real size differs from the size its directory declares, without inflating past it', () => {
    const liar = buildZip([{ name: 'xl/sharedStrings.xml', content: Buffer.alloc(5 * 1024 * 1024, 0x41), declaredSize: 1000 }]);
    const check = checkZipArchive(liar);
    expect(check).toMatchObject({ ok: false, code: 'xlsx_entry_size_mismatch' });
    if (!check.ok) expect(check.message.it).toContain('xl/sharedStrings.xml');
  });

  it('refuses too many rows, too many cells and ranges that would expand to millions of cells', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="B${i + 1}"><v>2</v></c></row>`).join('');
    const sheet = (extra = '') => Buffer.from(`<worksheet><sheetData>${rows}</sheetData>${extra}</worksheet>`);
    const archive = (extra?: string) => buildZip([{ name: 'xl/worksheets/sheet1.xml', content: sheet(extra) }]);
    expect(checkZipArchive(archive(), { ...DEFAULT_ZIP_LIMITS, maxRowsPerSheet: 499 })).toMatchObject({ ok: false, code: 'xlsx_too_many_rows' });
    expect(checkZipArchive(archive(), { ...DEFAULT_ZIP_LIMITS, maxCells: 999 })).toMatchObject({ ok: false, code: 'xlsx_too_many_cells' });
    expect(checkZipArchive(archive())).toMatchObject({ ok: true });
    expect(checkZipArchive(archive('<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'))).toMatchObject({ ok: false, code: 'xlsx_too_many_cells' });
    expect(checkZipArchive(archive('<dataValidations><dataValidation type="list" sqref="A1:Z2 C1:C2000000"/></dataValidations>'))).toMatchObject({ ok: false, code: 'xlsx_too_many_cells' });
    const names = buildZip([{ name: 'xl/workbook.xml', content: Buffer.from('<workbook><definedNames><definedName name="x">Piano!$A$1:$XFD$1048576</definedName></definedNames></workbook>') }]);
    expect(checkZipArchive(names)).toMatchObject({ ok: false, code: 'xlsx_too_many_cells' });
  });

  it('ignores external links and macros, with a warning, and still reads the plan', async () => {
    const extra = [
      { name: 'xl/externalLinks/externalLink1.xml', content: Buffer.from('<externalLink><externalBook r:id="rId1"/></externalLink>') },
      { name: 'xl/vbaProject.bin', content: Buffer.from('Attribute VB_Name = "Module1"') },
    ];
    const result = await readPlanWorkbook(buildZip([...unzipEntries(template), ...extra]), { fileName: 'links.xlsm' });
    expect(result.errors).toEqual([]);
    expect(result.plan?.indicators.length).toBe(examplePlan().indicators.length);
    expect(result.warnings.map((issue) => issue.code).sort()).toEqual(['xlsx_external_links_ignored', 'xlsx_macros_ignored']);
  });

  it('accepts the workbooks it writes', () => {
    const check = checkZipArchive(template);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.sheets.filter((sheet) => sheet.rows > 0).length).toBeGreaterThan(10);
  });
});

describe('reading damaged or fuzzed workbooks never crashes', () => {
  it('byte flips and truncations give a plan or located errors, never an exception', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.option(fc.nat(), { nil: undefined }),
      async (flips, cut) => {
        const bytes = Buffer.from(template);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const input = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
        const result = await readPlanWorkbook(input, { fileName: 'fuzz.xlsx' });
        expect(result.plan === null).toBe(result.errors.length > 0);
        for (const issue of result.errors) expect(issue.message.it.length * issue.message.en.length).toBeGreaterThan(0);
      },
    ), { numRuns: 40 });
  }, 120_000);

  it('damaged XML inside the archive (flipped characters, cut entries) gives a plan or errors, never an exception', async () => {
    const entries = unzipEntries(template);
    await fc.assert(fc.asyncProperty(
      fc.nat({ max: entries.length - 1 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'<>/"&=x1 ')), { maxLength: 6 }),
      fc.option(fc.nat(), { nil: undefined }),
      async (which, flips, cut) => {
        const damaged = entries.map((entry, i) => {
          if (i !== which) return entry;
          const content = Buffer.from(entry.content);
          for (const [at, char] of flips) content[at % content.length] = char.charCodeAt(0);
          return { name: entry.name, content: cut === undefined ? content : content.subarray(0, cut % content.length) };
        });
        const result = await readPlanWorkbook(buildZip(damaged), { fileName: 'fuzz.xlsx' });
        expect(result.plan === null).toBe(result.errors.length > 0);
      },
    ), { numRuns: 40 });
  }, 180_000);

  it('a date cell holding a number no calendar has is refused with a located error, not a crash', async () => {
    // Found by the property below: exceljs turns it into an invalid Date.
    const bytes = await editWorkbook(template, (workbook) => {
      workbook.getWorksheet('Periodi')!.getCell(2, 3).value = 100025569.00000001;
      workbook.getWorksheet('Piano')!.getCell(1, 1).value = null;
    });
    const result = await readPlanWorkbook(bytes, { fileName: 'fuzz.xlsx' });
    expect(result.plan).toBeNull();
    expect(result.errors.length).toBeGreaterThan(0);
    for (const issue of result.errors) expect(issue.location.sheet ?? issue.location.path).toBeDefined();
  });

  it('random values typed into random cells give a plan or errors located by sheet and row', async () => {
    const sheets = ['Piano', 'Nodi', 'Indicatori', 'Target', 'Misure', 'Valori', 'Periodi', 'Unità organizzative'];
    const cellValue = fc.oneof(fc.string({ maxLength: 12 }), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }));
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ sheet: fc.constantFrom(...sheets), row: fc.integer({ min: 1, max: 30 }), column: fc.integer({ min: 1, max: 20 }), value: cellValue }), { minLength: 1, maxLength: 6 }),
      async (edits) => {
        const bytes = await editWorkbook(template, (workbook) => {
          for (const edit of edits) workbook.getWorksheet(edit.sheet)!.getCell(edit.row, edit.column).value = edit.value as ExcelJS.CellValue;
        });
        const result = await readPlanWorkbook(bytes, { fileName: 'fuzz.xlsx' });
        expect(result.plan === null).toBe(result.errors.length > 0);
        for (const issue of result.errors) expect(issue.location.sheet ?? issue.location.path).toBeDefined();
      },
    ), { numRuns: 10 });
  }, 300_000);
});

describe('cell text escapes', () => {
  it('any text survives a write and read by exceljs', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 30 }), async (texts) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('T');
      texts.forEach((text, i) => { sheet.getCell(i + 1, 1).value = encodeCellText(text); });
      const back = new ExcelJS.Workbook();
      await back.xlsx.load(await workbook.xlsx.writeBuffer() as ExcelJS.Buffer);
      const read = texts.map((_, i) => back.getWorksheet('T')!.getCell(i + 1, 1).value ?? '');
      expect(read).toEqual(texts);
    }), { numRuns: 30 });
  }, 60_000);
});
