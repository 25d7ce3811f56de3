/**
 * Writes a plan as the documented workbook (docs/formats/xlsx.md): the instructions sheet, then one
 * sheet per kind of item with a header row (Italian headers; a note on each header gives the English
 * name and the help text), frozen and filterable, with drop-down lists on coded columns. Every text
 * is written as a text cell (never a formula), so nothing in the file is ever evaluated.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../../core/plan/plan.schema.js';
import { writeInstructions } from './xlsx-instructions.js';
import { choicesOf, numberFormatOf, writeKind } from './xlsx-kinds.js';
import { DATA_SHEETS, type ColumnSpec, type SheetSpec } from './xlsx-layout.js';
import { planToRecords, type FlatRecord } from './xlsx-plan-rows.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
/** Rows below the data that still get the drop-down lists, for rows the user adds. */
const SPARE_ROWS = 200;

function headerNote(column: ColumnSpec): string {
  const required = column.required ? ' (obbligatoria / required)' : '';
  return `${column.header.it}${required}: ${column.help.it}\n${column.header.en}: ${column.help.en}`;
}

function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** exceljs keeps range validations in `dataValidations` (not in its type declarations). */
interface RangeValidations { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }

function addChoices(sheet: ExcelJS.Worksheet, columnIndex: number, firstRow: number, lastRow: number, choices: readonly string[]): void {
  const letter = columnLetter(columnIndex);
  (sheet as unknown as RangeValidations).dataValidations.add(`${letter}${firstRow}:${letter}${lastRow}`, {
    type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`],
    showErrorMessage: true, errorStyle: 'warning',
    errorTitle: 'Valore non previsto / Unexpected value', error: `${choices.join(', ')}`,
  });
}

function writeTableSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, records: readonly FlatRecord[]): void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({ key: column.key, width: column.width ?? Math.max(12, column.header.it.length + 2) }));
  const header = sheet.getRow(1);
  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header.it;
    cell.note = headerNote(column);
  });
  header.font = { bold: true };
  header.eachCell((cell) => { cell.fill = HEADER_FILL; });
  records.forEach((record, r) => {
    const row = sheet.getRow(r + 2);
    spec.columns.forEach((column, i) => {
      const value = writeKind(column.kind, record[column.key]);
      if (value !== undefined) row.getCell(i + 1).value = value;
    });
  });
  spec.columns.forEach((column, i) => {
    const format = numberFormatOf(column.kind);
    if (format) sheet.getColumn(i + 1).numFmt = format;
    const choices = choicesOf(column.kind);
    if (choices) addChoices(sheet, i + 1, 2, records.length + 1 + SPARE_ROWS, choices);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
}

/** A one-record sheet: `Campo | Valore | Descrizione`, one row per field. */
function writeFieldSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, record: FlatRecord): void {
  const sheet = workbook.addWorksheet(spec.name);
  sheet.columns = [{ width: 30 }, { width: 50 }, { width: 60 }];
  const header = sheet.getRow(1);
  header.values = ['Campo / Field', 'Valore / Value', 'Descrizione / Description'];
  header.font = { bold: true };
  header.eachCell((cell) => { cell.fill = HEADER_FILL; });
  spec.columns.forEach((column, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = column.header.it;
    row.getCell(1).note = headerNote(column);
    const value = writeKind(column.kind, record[column.key]);
    if (value !== undefined) row.getCell(2).value = value;
    const format = numberFormatOf(column.kind);
    if (format) row.getCell(2).numFmt = format;
    row.getCell(3).value = `${column.help.it} / ${column.help.en}`;
    const choices = choicesOf(column.kind);
    if (choices) addChoices(sheet, 2, i + 2, i + 2, choices);
  });
}

/** The plan as an .xlsx file. */
export async function writePlanWorkbook(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Traguardo';
  workbook.title = plan.plan.title;
  writeInstructions(workbook, plan);
  const records = planToRecords(plan);
  for (const spec of DATA_SHEETS) {
    const rows = records.get(spec.name) ?? [];
    if (spec.fields) writeFieldSheet(workbook, spec, rows[0] ?? {});
    else writeTableSheet(workbook, spec, rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
