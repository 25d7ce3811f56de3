/**
 * Monitoring periods of a plan year by frequency (four-monthly by default: 30/04, 31/08, 31/12, as at
 * Massa-Carrara), and the dates of a data collection campaign: the entry deadline is a number of days
 * after the period's close (15 by default). Dates are ISO `YYYY-MM-DD`, computed on the calendar
 * (no time zones involved).
 */
import type { Period } from '../plan/plan.schema.js';

export const PERIOD_FREQUENCIES = ['four_monthly', 'semester', 'quarterly', 'monthly', 'annual'] as const;
export type PeriodFrequency = (typeof PERIOD_FREQUENCIES)[number];

export const DEFAULT_FREQUENCY: PeriodFrequency = 'four_monthly';
/** Offices enter data within 15 days of each close (DOMAIN.md §2). */
export const DEFAULT_ENTRY_DAYS = 15;

const MONTHS_PER_PERIOD: Readonly<Record<PeriodFrequency, number>> = {
  four_monthly: 4, semester: 6, quarterly: 3, monthly: 1, annual: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The last day of a month (1–12) of a year. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function periodCode(year: number, frequency: PeriodFrequency, index: number): string {
  switch (frequency) {
    case 'four_monthly': return `${year}-${index}`;
    case 'semester': return `${year}-S${index}`;
    case 'quarterly': return `${year}-Q${index}`;
    case 'monthly': return `${year}-M${pad(index)}`;
    case 'annual': return `${year}-A`;
  }
}

/** The periods of a year at a frequency; the last one closes the year (`final`). */
export function buildPeriods(year: number, frequency: PeriodFrequency = DEFAULT_FREQUENCY): Period[] {
  const months = MONTHS_PER_PERIOD[frequency];
  const count = 12 / months;
  return Array.from({ length: count }, (_, i) => {
    const month = (i + 1) * months;
    return {
      code: periodCode(year, frequency, i + 1),
      year,
      end: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`,
      final: i === count - 1,
    };
  });
}

/** An ISO date moved by a number of days. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** The default entry deadline of a period's campaign: `days` after the period's close. */
export function entryDeadlineOf(periodEnd: string, days: number = DEFAULT_ENTRY_DAYS): string {
  return addDays(periodEnd, days);
}

/** True when `isoDate` is a real calendar date (2026-02-30 is not). */
export function isCalendarDate(isoDate: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
  return addDays(isoDate, 0) === isoDate;
}

/** Days from `today` to `date` (negative when past). */
export function daysBetween(today: string, date: string): number {
  const toTime = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toTime(date) - toTime(today)) / 86_400_000);
}

/** Which periods a measure is collected in: annual measures only at the year's close, others every period. */
export function isCollectedIn(periodicity: string | undefined, period: Pick<Period, 'final'>): boolean {
  return periodicity !== 'annual' || period.final;
}
