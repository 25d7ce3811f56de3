/** Calendar helpers of the target language: valid dates, month names, ISO strings. */

export const MONTHS_IT = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
] as const;

export const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** 1–12 for an Italian month name (already normalised: lowercase, no accents), else undefined. */
export function monthNumber(norm: string): number | undefined {
  const index = (MONTHS_IT as readonly string[]).indexOf(norm);
  return index < 0 ? undefined : index + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date one day earlier: a strict deadline `< 30/06/2021` means done by 29/06/2021. */
export function previousDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** `2021-06-30` → `30/06/2021`. */
export function italianDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export function isEndOfMonth(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return day === daysInMonth(year, month);
}
