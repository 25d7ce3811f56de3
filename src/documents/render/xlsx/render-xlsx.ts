/**
 * renderXlsx: the tables of a document model as a workbook — an index sheet, then one sheet per table.
 * Numbers are stored as numbers (the published, rounded values) with a display format the reader's
 * Excel or LibreOffice shows in its locale (1.234,56 in Italian); header rows are frozen; spans are
 * merged cells; statuses keep their symbol and words.
 */
import ExcelJS from 'exceljs';
import type { BarChartBlock, DocumentModel, TableBlock, TableCell, TableRow } from '../../model/document-model.js';
import { tablesOf } from '../../model/document-model.js';
import { words } from '../../model/document-words.js';

const FILLS: Partial<Record<TableRow['kind'], string>> = { header: 'FFD9E8F7', section: 'FFEEF3F8', total: 'FFF2F2F2' };
const TOTAL_CHARS = 110;
/** A4 (paper size 9), landscape, one page wide: a printed or converted sheet keeps its columns together. */
const PAGE_SETUP = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

/** `#,##0.00`, with a literal unit suffix (`#,##0.00"%"`): Excel shows separators in the reader's locale. */
export function numberFormat(decimals: number, suffix?: string): string {
  const base = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return suffix ? `${base}"${suffix.replace(/"/g, '')}"` : base;
}

/** A valid, unique sheet name (at most 31 characters, none of \ / ? * [ ] :). */
export function sheetName(id: string, used: Set<string>): string {
  const clean = id.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31) || 'Tabella';
  let name = clean;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) {
    const suffix = `~${n}`;
    name = clean.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

function writeCell(target: ExcelJS.Cell, cell: TableCell, row: TableRow): void {
  const bold = row.kind === 'header' || row.kind === 'total' || cell.bold === true;
  if (cell.kind === 'number') {
    target.value = cell.value;
    target.numFmt = numberFormat(cell.decimals, cell.suffix);
    target.alignment = { horizontal: 'right', vertical: 'top' };
    target.font = { bold };
    return;
  }
  if (cell.kind === 'status') {
    target.value = { richText: [
      { text: `${cell.symbol} `, font: { bold: true, color: { argb: `FF${cell.colour.slice(1).toUpperCase()}` } } },
      { text: cell.label, font: { bold } },
    ] };
    target.alignment = { vertical: 'top' };
    return;
  }
  target.value = cell.text;
  target.font = { bold, italic: cell.italic === true };
  target.alignment = { wrapText: true, vertical: 'top', indent: cell.indent ?? 0 };
}

const LINE_HEIGHT = 15;

/** Lines a text needs in a column this many characters wide (spreadsheets do not grow wrapped rows on their own everywhere). */
function linesFor(cell: TableCell, widthChars: number): number {
  const content = cell.kind === 'text' ? cell.text : cell.kind === 'status' ? `${cell.symbol} ${cell.label}` : cell.display;
  const usable = Math.max(4, widthChars - 1 - (cell.kind === 'text' ? (cell.indent ?? 0) * 2 : 0));
  return content.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / usable)), 0);
}

function addTableSheet(workbook: ExcelJS.Workbook, table: TableBlock, name: string): void {
  let headerRows = 0;
  while (table.rows[headerRows]?.kind === 'header') headerRows += 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 + headerRows, xSplit: 0 }],
    pageSetup: { ...PAGE_SETUP, printTitlesRow: `1:${1 + headerRows}` },
  });
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  sheet.columns = table.columns.map((column) => ({ key: column.key, width: Math.max(8, Math.round((column.width / total) * TOTAL_CHARS)) }));
  const caption = sheet.getCell(1, 1);
  caption.value = table.title;
  caption.font = { bold: true, size: 12, color: { argb: 'FF0066CC' } };
  const widths = sheet.columns.map((column) => column.width ?? 10);
  table.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 2);
    let position = 1;
    let lines = 1;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      lines = Math.max(lines, linesFor(cell, widths.slice(position - 1, position - 1 + span).reduce((sum, width) => sum + width, 0)));
      writeCell(excelRow.getCell(position), cell, row);
      const fill = FILLS[row.kind];
      for (let k = 0; k < span; k += 1) {
        if (fill) excelRow.getCell(position + k).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      }
      if (span > 1) sheet.mergeCells(r + 2, position, r + 2, position + span - 1);
      position += span;
    }
    if (lines > 1) excelRow.height = lines * LINE_HEIGHT;
  });
}

function addIndexSheet(workbook: ExcelJS.Workbook, model: DocumentModel, names: Array<{ name: string; title: string }>): void {
  const sheet = workbook.addWorksheet(model.locale === 'it' ? 'Indice' : 'Index', { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: PAGE_SETUP });
  sheet.columns = [{ width: 34 }, { width: 90 }];
  sheet.getCell('A1').value = model.title;
  sheet.getCell('A1').font = { bold: true, size: 14, color: { argb: 'FF0066CC' } };
  sheet.getCell('A2').value = model.entity;
  const header = sheet.getRow(4);
  header.values = [model.locale === 'it' ? 'Foglio' : 'Sheet', model.locale === 'it' ? 'Tabella' : 'Table'];
  header.font = { bold: true };
  names.forEach(({ name, title }, i) => {
    const row = sheet.getRow(5 + i);
    row.getCell(1).value = { text: name, hyperlink: `#'${name.replace(/'/g, "''")}'!A1` };
    row.getCell(2).value = title;
  });
  const legend = model.blocks.find((block) => block.kind === 'legend');
  if (legend?.kind === 'legend') {
    const start = 6 + names.length;
    sheet.getCell(start, 1).value = words(model.locale).legendTitle;
    sheet.getCell(start, 1).font = { bold: true };
    legend.items.forEach((item, i) => {
      sheet.getCell(start + 1 + i, 1).value = `${item.symbol} ${item.label}`;
      sheet.getCell(start + 1 + i, 2).value = item.description;
    });
  }
}

/** Units of the longest bar of a chart sheet (as in the DOCX: bars drawn with █, in the bar's colour). */
const BAR_UNITS = 40;

/**
 * A chart of the document as a sheet: its data table (label, value as a number) beside the bars drawn
 * in the cells with the bar's colour — exceljs writes no native charts, and these bars look the same
 * in Excel, LibreOffice and on paper.
 */
function addChartSheet(workbook: ExcelJS.Workbook, chart: BarChartBlock, name: string, locale: DocumentModel['locale']): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: PAGE_SETUP });
  sheet.columns = [{ width: 40 }, { width: 14 }, { width: BAR_UNITS + 12 }];
  sheet.getCell('A1').value = chart.title;
  sheet.getCell('A1').font = { bold: true, size: 12 };
  const header = sheet.getRow(2);
  header.values = locale === 'it' ? ['Voce', 'Valore', 'Grafico'] : ['Item', 'Value', 'Chart'];
  header.font = { bold: true };
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS.header! } }; });
  chart.bars.forEach((bar, i) => {
    const row = sheet.getRow(3 + i);
    const length = chart.max > 0 ? Math.max(bar.value > 0 ? 1 : 0, Math.round((bar.value / chart.max) * BAR_UNITS)) : 0;
    row.getCell(1).value = bar.label;
    row.getCell(2).value = bar.value;
    row.getCell(2).numFmt = numberFormat(Number.isInteger(bar.value) ? 0 : 2);
    row.getCell(3).value = { richText: [{ text: '█'.repeat(length), font: { color: { argb: `FF${bar.colour.replace('#', '').toUpperCase()}` } } }, { text: ` ${bar.display}` }] };
  });
}

export async function renderXlsx(model: DocumentModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Traguardo';
  workbook.title = model.title;
  workbook.subject = model.entity;
  const used = new Set<string>([model.locale === 'it' ? 'indice' : 'index']);
  const tables = tablesOf(model).map((table) => ({ table, name: sheetName(table.id, used) }));
  const charts = model.blocks.filter((block): block is BarChartBlock => block.kind === 'bar_chart')
    .map((chart, i) => ({ chart, name: sheetName(`${model.locale === 'it' ? 'Grafico' : 'Chart'} ${i + 1}`, used) }));
  addIndexSheet(workbook, model, [...tables.map(({ table, name }) => ({ name, title: table.title })), ...charts.map(({ chart, name }) => ({ name, title: chart.title }))]);
  for (const { table, name } of tables) addTableSheet(workbook, table, name);
  for (const { chart, name } of charts) addChartSheet(workbook, chart, name, model.locale);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
