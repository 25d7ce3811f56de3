import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { readPlanWorkbook, type XlsxReadResult } from './xlsx-reader.js';
import { formatXlsxIssue } from './xlsx-issues.js';
import { planToRecords } from './xlsx-plan-rows.js';
import { editWorkbook, examplePlan } from './xlsx-test-support.js';
import { writePlanWorkbook } from './xlsx-writer.js';

let template: Buffer;
beforeAll(async () => { template = await writePlanWorkbook(examplePlan()); });

async function readEdited(edit: (workbook: ExcelJS.Workbook) => void): Promise<XlsxReadResult> {
  return readPlanWorkbook(await editWorkbook(template, edit), { fileName: 'piano.xlsx' });
}

const messages = (result: XlsxReadResult, locale: 'it' | 'en' = 'it') => result.errors.map((issue) => formatXlsxIssue(issue, locale));

describe('readPlanWorkbook: located cell errors', () => {
  it('says which sheet, row and column holds a value of the wrong kind, in Italian and English', async () => {
    const result = await readEdited((workbook) => { workbook.getWorksheet('Target')!.getCell('B14').value = 'duemila'; });
    expect(result.plan).toBeNull();
    expect(messages(result)).toEqual(['Foglio Target, riga 14, colonna Anno: atteso un numero intero, trovato "duemila".']);
    expect(messages(result, 'en')).toEqual(['Sheet Target, row 14, column Anno: expected a whole number, found "duemila".']);
    expect(result.errors[0]!.location).toMatchObject({ file: 'piano.xlsx', sheet: 'Target', row: 14, column: 'Anno', cell: 'B14' });
  });

  it('reports a required value left empty', async () => {
    const result = await readEdited((workbook) => { workbook.getWorksheet('Indicatori')!.getCell('C3').value = null; });
    expect(messages(result)).toEqual(['Foglio Indicatori, riga 3, colonna Nome: valore obbligatorio mancante.']);
  });

  it('reports a child row whose parent code is not in its sheet', async () => {
    const result = await readEdited((workbook) => { workbook.getWorksheet('Target')!.getCell('A5').value = 'NOPE'; });
    expect(messages(result)).toEqual(['Foglio Target, riga 5, colonna Indicatore: "NOPE" non è nel foglio Indicatori.']);
  });

  it('locates schema problems and plan validation errors at the cell they came from', async () => {
    const bad = await readEdited((workbook) => {
      const plan = workbook.getWorksheet('Piano')!;
      plan.eachRow((row) => { if (row.getCell(1).value === 'Primo anno') row.getCell(2).value = 1800; });
      workbook.getWorksheet('Indicatori')!.getCell('B4').value = 'ZZ.9';
    });
    const [schema] = bad.errors;
    expect(schema).toMatchObject({ code: 'schema', location: { sheet: 'Piano', column: 'Primo anno', path: 'plan.firstYear' } });
    expect(formatXlsxIssue(schema!, 'it')).toMatch(/^Foglio Piano, riga \d+, colonna Primo anno: Valore troppo piccolo: deve essere ≥ 1990\.$/);
    const invalid = await readEdited((workbook) => { workbook.getWorksheet('Indicatori')!.getCell('B4').value = 'ZZ.9'; });
    expect(invalid.errors.map((issue) => [issue.code, issue.location.sheet, issue.location.row, issue.location.column])).toEqual([
      ['indicator_node_unknown', 'Indicatori', 4, 'Nodo'],
    ]);
  });

  it('reports duplicate codes and duplicate target years', async () => {
    const result = await readEdited((workbook) => {
      const indicators = workbook.getWorksheet('Indicatori')!;
      indicators.getCell('A3').value = indicators.getCell('A2').value;
      const targets = workbook.getWorksheet('Target')!;
      targets.getCell('A3').value = targets.getCell('A2').value;
      targets.getCell('B3').value = targets.getCell('B2').value;
    });
    expect(result.errors.map((issue) => [issue.code, issue.location.sheet, issue.location.row])).toEqual(expect.arrayContaining([
      ['xlsx_duplicate_code', 'Indicatori', 3], ['xlsx_duplicate_row', 'Target', 3],
    ]));
  });
});

describe('readPlanWorkbook: what users do to a workbook', () => {
  it('accepts English headers and sheet names, any column order, and ignores unknown columns and sheets with a warning', async () => {
    const original = await readPlanWorkbook(template);
    const result = await readEdited((workbook) => {
      const targets = workbook.getWorksheet('Target')!;
      targets.name = 'Targets';
      targets.spliceColumns(1, 0, []);
      targets.getCell('A1').value = 'Commento';
      targets.getCell('B1').value = 'Indicator';
      targets.getCell('C1').value = 'YEAR';
      workbook.addWorksheet('Appunti').getCell('A1').value = 'note personali';
    });
    expect(result.errors).toEqual([]);
    expect(result.plan).toStrictEqual(original.plan);
    expect(result.warnings.map((issue) => formatXlsxIssue(issue, 'en'))).toEqual([
      'Sheet Targets, row 1, column Commento: unknown column "Commento": ignored.',
      'Sheet Appunti: unknown sheet: ignored.',
    ]);
  });

  it('reads formulas as their saved results, never evaluating them, and warns about formulas without one', async () => {
    const result = await readEdited((workbook) => {
      const targets = workbook.getWorksheet('Target')!;
      targets.getCell('B2').value = { formula: 'B3', result: targets.getCell('B2').value as number } as ExcelJS.CellFormulaValue;
      targets.getCell('C3').value = { formula: 'CONCATENATE(">= ";"2")', result: '>= 2' } as ExcelJS.CellFormulaValue;
      workbook.getWorksheet('Indicatori')!.getCell('R2').value = { formula: 'WEBSERVICE("http://example.invalid")' } as ExcelJS.CellFormulaValue;
    });
    expect(result.errors).toEqual([]);
    expect(result.plan!.indicators[0]!.notes).toBeUndefined();
    expect(result.warnings.map((issue) => formatXlsxIssue(issue, 'it'))).toEqual([
      'Foglio Indicatori, riga 2, colonna Note: la formula =WEBSERVICE("http://example.invalid") non ha un valore salvato e non viene calcolata: la cella è letta come vuota.',
    ]);
    const second = planToRecords(examplePlan()).get('Target')![1]!;
    expect(result.plan!.indicators.find((item) => item.code === second.indicator)!.targets[String(second.year)]).toBe('>= 2');
  });

  it('reads dates typed the Italian way, SI/NO, Italian decimals in text and codes typed as numbers', async () => {
    const result = await readEdited((workbook) => {
      const periods = workbook.getWorksheet('Periodi')!;
      periods.getCell('C2').value = '30/04/2026';
      periods.getCell('D2').value = 'No';
      periods.getCell('D4').value = 'sì';
      const indicators = workbook.getWorksheet('Indicatori')!;
      indicators.getCell('M2').value = '33,34';
      workbook.getWorksheet('Unità organizzative')!.addRow([42, 'Ufficio quarantadue', 'office']);
    });
    expect(result.errors.filter((issue) => issue.code.startsWith('xlsx_'))).toEqual([]);
    expect(result.plan?.periods.map((period) => [period.end, period.final])).toEqual([['2026-04-30', false], ['2026-08-31', false], ['2026-12-31', true]]);
    expect(result.plan?.indicators[0]?.weight).toBe(33.34);
    expect(result.plan?.orgUnits.at(-1)).toEqual({ code: '42', name: 'Ufficio quarantadue', kind: 'office' });
  });

  it('refuses a workbook without the Piano sheet', async () => {
    const result = await readEdited((workbook) => { workbook.removeWorksheet(workbook.getWorksheet('Piano')!.id); });
    expect(result.plan).toBeNull();
    expect(result.errors.map((issue) => issue.code)).toContain('xlsx_missing_plan_sheet');
  });
});
