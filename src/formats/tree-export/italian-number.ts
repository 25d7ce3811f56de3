/**
 * Numbers as the chambers' documents print them in tables: `33,33`, `17.835` (thousands), `1.234,56`,
 * with an optional sign (`-10,9`, `+15`). The digits are read by the target language's Italian number
 * reader; this adds the sign and the null-for-not-a-number shape the readers need.
 */
import { parseItalianNumber as parseUnsigned } from '../../core/target/italian-number.js';

/** The value of an Italian-formatted number, or null when the text is not a number. */
export function parseItalianNumber(text: string): number | null {
  const compact = text.trim().replace(/\s+/g, '');
  const sign = /^[+-]/.exec(compact)?.[0] ?? '';
  const result = parseUnsigned(compact.slice(sign.length));
  if (!result.ok) return null;
  return sign === '-' ? -result.value : result.value;
}
