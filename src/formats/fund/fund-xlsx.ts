/**
 * The fund distribution as an XLSX workbook for the payroll office: one sheet, the same columns as the
 * CSV (Italian or English headers), numbers as numbers (shares in euros with two decimals), a total row
 * equal to the fund to the cent. Every text is a text cell: nothing in the file is evaluated.
 */
import ExcelJS from 'exceljs';
import type { FundDistribution, FundRow, FundRowStatus } from '../../core/evaluation/fund-distribution.js';

type Locale = 'it' | 'en';

const headers: Record<Locale, string[]> = {
  it: ['Codice', 'Nome', 'Punteggio', 'Fascia', 'Coefficiente', 'Part-time %', 'Giorni di assenza', 'Giorni di presenza', 'Complessità', 'Peso', 'Quota (€)', 'Esito'],
  en: ['Code', 'Name', 'Score', 'Band', 'Coefficient', 'Part-time %', 'Absence days', 'Presence days', 'Complexity', 'Weight', 'Share (€)', 'Outcome'],
};

const statusLabels: Record<FundRowStatus, Record<Locale, string>> = {
  paid: { it: 'quota attribuita', en: 'share paid' },
  below_bands: { it: 'punteggio sotto la fascia minima', en: 'score below the lowest band' },
  no_score: { it: 'scheda non valutata', en: 'card not scored' },
  no_presence: { it: 'nessun giorno di presenza', en: 'no days of presence' },
};

function rowValues(row: FundRow, locale: Locale): (string | number | null)[] {
  return [
    row.code, row.name ?? '', row.score, row.band === null ? '' : row.band.label ?? `≥ ${row.band.min}`, row.band?.coefficient ?? 0,
    row.partTimePercent, row.absenceDays, row.presenceDays, row.complexityCoefficient, row.weight, row.shareCents / 100,
    statusLabels[row.status][locale],
  ];
}

export async function fundDistributionToXlsx(distribution: FundDistribution, options: { locale?: Locale; title: string }): Promise<Buffer> {
  const locale = options.locale ?? 'it';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'it' ? 'Fondo' : 'Fund');
  sheet.addRow([options.title]).font = { bold: true };
  const header = sheet.addRow(headers[locale]);
  header.font = { bold: true };
  for (const row of distribution.rows) sheet.addRow(rowValues(row, locale));
  const total = sheet.addRow([locale === 'it' ? 'Totale distribuito' : 'Total distributed', '', null, '', null, null, null, null, null, null, distribution.distributedCents / 100, '']);
  total.font = { bold: true };
  if (distribution.undistributedCents > 0) {
    sheet.addRow([locale === 'it' ? 'Non distribuito' : 'Not distributed', '', null, '', null, null, null, null, null, null, distribution.undistributedCents / 100, '']);
  }
  sheet.getColumn(11).numFmt = '#,##0.00';
  sheet.getColumn(3).numFmt = '0.00';
  sheet.columns.forEach((column, index) => { column.width = index === 1 ? 30 : 16; });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
