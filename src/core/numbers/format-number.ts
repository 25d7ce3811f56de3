/**
 * Numbers as people read them: Italian `1.234,56`, English `1,234.56`. Formatting goes through
 * roundScore, so what is shown equals the policy's exact rounding (never a float artefact).
 */
import { normalizeNumber, roundScore, type RoundingMode } from './rounding.js';

export type Locale = 'it' | 'en';

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  it: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function groupThousands(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** Fraction digits of the normalised value (99,885 → 3), at most 15. */
function naturalDecimals(value: number): number {
  const text = Math.abs(normalizeNumber(value)).toPrecision(15);
  const [, fraction = ''] = text.split('.');
  if (text.includes('e')) return 0;
  return fraction.replace(/0+$/, '').length;
}

/**
 * Formats a number with thousands grouping. With `decimals`, exactly that many fraction digits
 * (rounded by `mode`, half-up by default); without, as many as the value needs.
 */
export function formatNumber(value: number, locale: Locale, decimals?: number, mode: RoundingMode = 'half_up'): string {
  if (!Number.isFinite(value)) return String(value);
  const places = decimals ?? naturalDecimals(value);
  const rounded = roundScore(value, { decimals: places, mode });
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(places).split('.');
  const { group, decimal } = SEPARATORS[locale];
  const sign = rounded < 0 ? '-' : '';
  return sign + groupThousands(whole, group) + (fraction === undefined ? '' : decimal + fraction);
}

/** A percentage: `99,89%` (Italian), `99.89%` (English). */
export function formatPercent(value: number, locale: Locale, decimals?: number, mode: RoundingMode = 'half_up'): string {
  return `${formatNumber(value, locale, decimals, mode)}%`;
}
