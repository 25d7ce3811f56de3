import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Plan } from '../../core/plan/plan.schema.js';
import { writePlanFile } from '../plan-file.js';
import { readPlanWorkbook } from './xlsx-reader.js';
import { buildDemoPlan } from '../../server/demo/demo-plan.js';
import { buildFullPlan, examplePlan, seedCardPlan, seedTreePlan } from './xlsx-test-support.js';
import { writePlanWorkbook } from './xlsx-writer.js';

async function roundTrip(plan: Plan): Promise<Plan> {
  const result = await readPlanWorkbook(await writePlanWorkbook(plan), { fileName: 'plan.xlsx' });
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  return result.plan as Plan;
}

describe('plan workbook round trip (write → read gives the identical plan)', () => {
  it.each([
    ['seed 004 (tree export, Lecce)', seedTreePlan],
    ['seed 002 (card export, Massa-Carrara, with 7 cards)', seedCardPlan],
    ['the example plan', examplePlan],
    ['the demo plan (values, periods, suspensions, manual achievements)', buildDemoPlan],
    ['a plan with every optional field, control characters and list separators in codes', buildFullPlan],
  ])('%s', async (_name, build) => {
    const plan = build();
    const back = await roundTrip(plan);
    expect(back).toStrictEqual(plan);
    expect(writePlanFile(back, 'json')).toBe(writePlanFile(plan, 'json'));
  }, 30_000);

  it('writes the documented sheets in order, with Italian headers and notes in both languages', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await writePlanWorkbook(buildFullPlan()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Istruzioni', 'Piano', 'Livelli', 'Nodi', 'Budget nodi', 'Storia nodi', 'Indicatori', 'Target', 'Parametri indicatori',
      'Misure', 'Valori', 'Unità organizzative', 'Schede', 'Componenti schede', 'Obiettivi schede', 'Indicatori propri schede',
      'Comportamenti schede', 'Periodi', 'Sospensioni', 'Raggiungimenti manuali',
    ]);
    const targets = workbook.getWorksheet('Target')!;
    expect(targets.getRow(1).values).toEqual([undefined, 'Indicatore', 'Anno', 'Target']);
    expect(String(targets.getCell('C1').note)).toContain('Target');
    const plan = buildFullPlan();
    const targetRows = plan.indicators.reduce((n, indicator) => n + Object.keys(indicator.targets).length, 0);
    expect(targets.actualRowCount).toBe(targetRows + 1);
    const objectives = workbook.getWorksheet('Obiettivi schede')!;
    expect(objectives.getCell('E2').value).toBe(`${plan.indicators[0]!.code}; ${plan.indicators[1]!.code}=30; a\\=b\\;c=`);
    const instructions = workbook.getWorksheet('Istruzioni')!;
    const text = instructions.getSheetValues().flat().join(' ');
    expect(text).toContain('Le formule di Excel non vengono mai ricalcolate');
    expect(text).toContain('Excel formulas are never recalculated');
    expect(text).toContain('Target / Target');
  });

  it('writes texts that look like formulas as text cells, never as formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await writePlanWorkbook(buildFullPlan()) as unknown as ExcelJS.Buffer);
    const indicators = workbook.getWorksheet('Indicatori')!;
    const notes = indicators.getRow(2).getCell(18);
    expect(indicators.getCell('R1').value).toBe('Note');
    expect(notes.type).toBe(ExcelJS.ValueType.String);
    expect(notes.value).toBe('=SOMMA(A1:A3) is text, not a formula');
  });
});
