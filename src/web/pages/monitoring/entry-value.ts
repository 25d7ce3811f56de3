/**
 * The value typed in the entry grid, read as people write it: Italian numbers "1.234,5" (English
 * "1,234.5"), yes/no for boolean measures, dates as YYYY-MM-DD from the date input. A text that is not a
 * clean number is an error with a reason, never a guess (1.5 in Italian is refused, not read as 15).
 */
import type { AppLanguage } from '../../i18n/format.js';

export type EntryKind = 'number' | 'boolean' | 'date';
export type EntryValue = number | boolean | string;

export type EntryProblem = 'required' | 'not_a_number' | 'decimal_separator' | 'not_a_date';
export type ParsedEntry = { ok: true; value: EntryValue } | { ok: false; problem: EntryProblem };

/** How a measure's unit is entered. */
export function entryKindOf(unit: string): EntryKind {
  if (unit === 'boolean') return 'boolean';
  if (unit === 'date') return 'date';
  return 'number';
}

function separatorsOf(language: AppLanguage): { group: string; decimal: string } {
  return language === 'en' ? { group: ',', decimal: '.' } : { group: '.', decimal: ',' };
}

/** A number written with the language's separators: grouping optional but, when present, by threes. */
export function parseLocalNumber(text: string, language: AppLanguage): ParsedEntry {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: false, problem: 'required' };
  const { group, decimal } = separatorsOf(language);
  const escape = (char: string) => `\\${char}`;
  const grouped = new RegExp(`^[-+]?\\d{1,3}(${escape(group)}\\d{3})+(${escape(decimal)}\\d+)?$`);
  const plain = new RegExp(`^[-+]?\\d+(${escape(decimal)}\\d+)?$`);
  if (!grouped.test(compact) && !plain.test(compact)) {
    // "1.5" in Italian (or "1,5" in English): the other language's decimal mark.
    const otherDecimal = new RegExp(`^[-+]?\\d+${escape(group)}\\d{1,2}$|^[-+]?\\d+${escape(group)}\\d{4,}$`);
    return { ok: false, problem: otherDecimal.test(compact) ? 'decimal_separator' : 'not_a_number' };
  }
  const normal = compact.split(group).join('').replace(decimal, '.');
  const value = Number(normal);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not_a_number' };
}

export function parseEntry(text: string, kind: EntryKind, language: AppLanguage): ParsedEntry {
  if (kind === 'boolean') {
    if (text === 'true') return { ok: true, value: true };
    if (text === 'false') return { ok: true, value: false };
    return { ok: false, problem: 'required' };
  }
  if (kind === 'date') {
    if (text.trim() === '') return { ok: false, problem: 'required' };
    return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? { ok: true, value: text.trim() } : { ok: false, problem: 'not_a_date' };
  }
  return parseLocalNumber(text, language);
}

/** The text an input starts from for a stored value (numbers with the language's separators). */
export function entryText(value: unknown, kind: EntryKind, locale: string): string {
  if (value === null || value === undefined) return '';
  if (kind === 'boolean') return value === true ? 'true' : value === false ? 'false' : '';
  if (kind === 'date') return typeof value === 'string' ? value : '';
  if (typeof value !== 'number') return String(value);
  // Every stored decimal kept (formatNumber rounds to 2 for display): re-saving must not change the value.
  return new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 15 }).format(value);
}

/** Whether the typed text means the same value as the stored one (nothing to save). */
export function sameEntry(text: string, stored: unknown, kind: EntryKind, language: AppLanguage): boolean {
  const parsed = parseEntry(text, kind, language);
  return parsed.ok && stored !== null && stored !== undefined && parsed.value === stored;
}
