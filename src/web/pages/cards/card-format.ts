/** How card numbers are written: points as percentages in the UI's locale (99,81%), or a dash when absent. */
import { formatNumber, formatPercent } from '../../i18n/format.js';

export function pointsText(value: number | null | undefined, locale: string, decimals = 2): string {
  return value === null || value === undefined ? '—' : formatPercent(value, { locale, decimals });
}

export function weightText(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined ? '—' : formatNumber(value, { locale });
}

/** Parses a number as a user types it in Italian or English (1.234,56 or 1234.56); null when it is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}
