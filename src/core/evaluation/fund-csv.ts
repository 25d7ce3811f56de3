/**
 * The fund distribution as CSV for the payroll office and for publication. Italian by default
 * (`;` separator, `1234,56` decimals, so a spreadsheet opens it as numbers); English uses `,` and `.`.
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) are
 * prefixed with a quote: names and codes come from users (CSV injection).
 */
import { Decimal } from 'decimal.js';
import type { FundRow, FundRowStatus } from './fund-distribution.js';

export interface FundCsvOptions {
  locale?: 'it' | 'en';
}

const headers = {
  it: ['Codice', 'Nome', 'Punteggio', 'Fascia', 'Coefficiente', 'Part-time %', 'Giorni di assenza', 'Giorni di presenza', 'Complessità', 'Peso', 'Quota (€)', 'Esito'],
  en: ['Code', 'Name', 'Score', 'Band', 'Coefficient', 'Part-time %', 'Absence days', 'Presence days', 'Complexity', 'Weight', 'Share (€)', 'Outcome'],
};

const statusLabels: Record<FundRowStatus, { it: string; en: string }> = {
  paid: { it: 'quota attribuita', en: 'share paid' },
  below_bands: { it: 'punteggio sotto la fascia minima', en: 'score below the lowest band' },
  no_score: { it: 'scheda non valutata', en: 'card not scored' },
  no_presence: { it: 'nessun giorno di presenza', en: 'no days of presence' },
};

const dangerous = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formulas and quotes the cell when it holds the separator, a quote or a line break. */
export function csvCell(value: string, separator: string): string {
  const safe = dangerous.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function decimal(value: number | null, locale: 'it' | 'en'): string {
  if (value === null) return '';
  const text = new Decimal(value).toFixed();
  return locale === 'it' ? text.replace('.', ',') : text;
}

function euros(cents: number, locale: 'it' | 'en'): string {
  const text = new Decimal(cents).div(100).toFixed(2);
  return locale === 'it' ? text.replace('.', ',') : text;
}

export function fundDistributionToCsv(rows: readonly FundRow[], options: FundCsvOptions = {}): string {
  const locale = options.locale ?? 'it';
  const separator = locale === 'it' ? ';' : ',';
  const lines = [headers[locale]];
  for (const row of rows) {
    lines.push([
      row.code,
      row.name ?? '',
      decimal(row.score, locale),
      row.band === null ? '' : row.band.label ?? `≥ ${decimal(row.band.min, locale)}`,
      decimal(row.band?.coefficient ?? 0, locale),
      decimal(row.partTimePercent, locale),
      decimal(row.absenceDays, locale),
      decimal(row.presenceDays, locale),
      decimal(row.complexityCoefficient, locale),
      decimal(row.weight, locale),
      euros(row.shareCents, locale),
      statusLabels[row.status][locale],
    ]);
  }
  return lines.map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
