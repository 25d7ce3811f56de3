/**
 * The first sheet of the plan workbook, "Istruzioni": what the file is, the rules for filling it in,
 * and every sheet and column with its kind of value and meaning, in Italian and English. It is written
 * from the layout (xlsx-layout.ts), so it never disagrees with what the reader accepts. The reader
 * ignores this sheet.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../../core/plan/plan.schema.js';
import { describeKind } from './xlsx-kinds.js';
import { DATA_SHEETS, INSTRUCTIONS_SHEET_NAME } from './xlsx-layout.js';

const RULES: [string, string][] = [
  ['La riga 1 di ogni foglio contiene le intestazioni: non rinominarle; l’ordine delle colonne è libero.', 'Row 1 of each sheet holds the headers: do not rename them; columns may be in any order.'],
  ['Una cella vuota significa "nessun valore". Le righe completamente vuote sono ignorate.', 'An empty cell means "no value". Completely empty rows are ignored.'],
  ['Numeri: come numeri di Excel, oppure testo all’italiana (1.234,56). Date: gg/mm/aaaa.', 'Numbers: as Excel numbers, or Italian text (1.234,56). Dates: dd/mm/yyyy.'],
  ['SI/NO per le colonne sì/no. Elenchi di codici separati da ";"; collegamenti delle schede come codice=peso (es. kpi1=60; kpi2=40).', 'SI/NO (yes/no) for yes/no columns. Lists of codes separated by ";"; card links as code=weight (e.g. kpi1=60; kpi2=40).'],
  ['Le formule di Excel non vengono mai ricalcolate: si legge il valore salvato nel file. I collegamenti esterni sono ignorati.', 'Excel formulas are never recalculated: the value saved in the file is read. External links are ignored.'],
  ['Gli algoritmi degli indicatori usano il linguaggio delle formule di Traguardo; i target il linguaggio dei target (vedi docs/formats).', 'Indicator formulas use Traguardo’s formula language; targets use the target language (see docs/formats).'],
  ['Importazione: traguardo import <file.xlsx> oppure la pagina Importa. Gli errori indicano foglio, riga e colonna.', 'Import: traguardo import <file.xlsx> or the Import page. Errors give the sheet, row and column.'],
];

export function writeInstructions(workbook: ExcelJS.Workbook, plan: Plan): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  sheet.columns = [{ width: 26 }, { width: 30 }, { width: 14 }, { width: 30 }, { width: 60 }, { width: 60 }];
  const title = sheet.getRow(1);
  title.getCell(1).value = `Traguardo — modello del piano / plan workbook: ${plan.plan.title}`;
  title.font = { bold: true, size: 14 };
  sheet.getRow(2).getCell(1).value = `Ente / Entity: ${plan.entity.name} (${plan.entity.code}) — formato / format ${plan.format}`;
  let row = 4;
  for (const [it, en] of RULES) {
    sheet.getRow(row).getCell(1).value = `• ${it}`;
    sheet.getRow(row + 1).getCell(1).value = `  ${en}`;
    sheet.getRow(row + 1).font = { italic: true };
    row += 2;
  }
  row += 1;
  const header = sheet.getRow(row);
  header.values = ['Foglio / Sheet', 'Colonna / Column', 'Obbligatoria / Required', 'Valore / Value', 'Descrizione', 'Description'];
  header.font = { bold: true };
  row += 1;
  for (const spec of DATA_SHEETS) {
    const about = sheet.getRow(row++);
    about.values = [`${spec.name} / ${spec.nameEn}`, '', '', '', spec.about.it, spec.about.en];
    about.font = { bold: true };
    for (const column of spec.columns) {
      const kind = describeKind(column.kind);
      sheet.getRow(row++).values = [
        '', `${column.header.it} / ${column.header.en}`, column.required ? 'SI' : '', `${kind.it} / ${kind.en}`, column.help.it, column.help.en,
      ];
    }
  }
}
