/**
 * Numbers as the chambers' documents print them: `33,33`, `17.835` (thousands), `1.234,56`, `-10,9`,
 * `+15`. A dot followed by groups of exactly three digits is a thousands separator; a lone dot with
 * other digit counts is read as a decimal point (`0.5`), as some exports mix conventions.
 */
const THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^[+-]?\d*\.\d+$/;

/** The value of an Italian-formatted number, or null when the text is not a number. */
export function parseItalianNumber(text: string): number | null {
  const compact = text.trim().replace(/\s+/g, '');
  if (compact === '') return null;
  let normalized: string;
  if (THOUSANDS.test(compact)) normalized = compact.replaceAll('.', '').replace(',', '.');
  else if (COMMA_DECIMAL.test(compact)) normalized = compact.replace(',', '.');
  else if (DOT_DECIMAL.test(compact)) normalized = compact;
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
