/**
 * Number and date formatting with Italian conventions (1.234,56 and gg/mm/aaaa) through Intl.
 * English uses en-GB, which keeps day/month/year order. Grouping is forced ("always") because Italian
 * CLDR data leaves four-digit numbers ungrouped (1234,56), while the documents write 1.234,56.
 */
export type AppLanguage = 'it' | 'en';

export const appLanguages: readonly AppLanguage[] = ['it', 'en'];

export function isAppLanguage(value: unknown): value is AppLanguage {
  return value === 'it' || value === 'en';
}

export function localeOf(language: AppLanguage): string {
  return language === 'en' ? 'en-GB' : 'it-IT';
}

export interface NumberFormatOptions {
  /** Fixed number of decimals; when absent, up to 2 are shown. */
  decimals?: number;
  locale?: string;
}

export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  const { decimals, locale = 'it-IT' } = options;
  return new Intl.NumberFormat(locale, {
    useGrouping: 'always',
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
  }).format(value);
}

/** A percentage given in points (99.89 means 99,89%). */
export function formatPercent(points: number, options: NumberFormatOptions = {}): string {
  const { decimals, locale = 'it-IT' } = options;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    useGrouping: 'always',
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
  }).format(points / 100);
}

const isoDateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as gg/mm/aaaa. A date-only ISO string (2025-06-30) is a calendar day, not an
 * instant: it is formatted as is, whatever the browser's time zone.
 */
export function formatDate(value: Date | string, locale = 'it-IT'): string {
  if (typeof value === 'string') {
    const match = isoDateOnly.exec(value);
    if (match) {
      const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(day);
    }
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Rome' }).format(instant);
}

/** An instant (timestamp) as gg/mm/aaaa hh:mm in Italian time, the bodies' legal time zone. */
export function formatDateTime(value: Date | string, locale = 'it-IT'): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome',
  }).format(instant);
}

/** A year range as written in plan titles: 2025–2027 (a single year when both are equal). */
export function formatYearRange(firstYear: number, lastYear: number): string {
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
}
