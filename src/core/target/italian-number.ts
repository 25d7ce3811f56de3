/**
 * Numbers as Italian documents write them: `1.234,56`, `0,5`, `15`, `1.500` (thousands).
 * A lone decimal point (`0.85`, `1.5`) is accepted as a decimal point but reported, since in Italian
 * text a dot normally separates thousands.
 */

export type ItalianNumberResult =
  | { ok: true; value: number; usedDecimalPoint: boolean; plainInteger: boolean }
  | { ok: false };

const PLAIN = /^\d+$/;
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const WITH_COMMA = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+),(\d+)$/;
const WITH_POINT = /^\d+\.\d+$/;

/** Parses an unsigned Italian-format number (digits, dots, one comma). */
export function parseItalianNumber(text: string): ItalianNumberResult {
  if (PLAIN.test(text)) return { ok: true, value: Number(text), usedDecimalPoint: false, plainInteger: true };
  if (GROUPED.test(text)) return { ok: true, value: Number(text.replaceAll('.', '')), usedDecimalPoint: false, plainInteger: false };
  const comma = WITH_COMMA.exec(text);
  if (comma) {
    const whole = (comma[1] as string).replaceAll('.', '');
    return { ok: true, value: Number(`${whole}.${comma[2] as string}`), usedDecimalPoint: false, plainInteger: false };
  }
  if (WITH_POINT.test(text)) return { ok: true, value: Number(text), usedDecimalPoint: true, plainInteger: false };
  return { ok: false };
}

function plainDigits(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Formats a number the Italian way (`1.234,56`) or the English way (`1,234.56`), without rounding. */
export function formatNumber(value: number, locale: 'it' | 'en' = 'it'): string {
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction] = plainDigits(Math.abs(value)).split('.');
  const [groupSep, decimalSep] = locale === 'it' ? ['.', ','] : [',', '.'];
  const grouped = groupThousands(whole, groupSep);
  return sign + (fraction === undefined ? grouped : `${grouped}${decimalSep}${fraction}`);
}
