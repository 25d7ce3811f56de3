/**
 * Exact rounding of published figures. Scores are computed in float64; a float carries artefacts in
 * its last bits (99,885 is stored as 99,88499999999999…), so every value is first normalised to 15
 * significant digits — the precision a float64 is guaranteed to hold — and only then rounded. The
 * result equals rounding the exact decimal, as long as the exact value has at most 15 significant
 * digits (decimal inputs with a few decimals always do).
 */

export type RoundingMode = 'half_up' | 'truncate';
export interface Rounding { decimals: number; mode: RoundingMode }

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** 1e-0 … 1e-8 as the nearest doubles to the decimals (parsed, not computed, so 0,01 compares equal to 0,01). */
const NEGATIVE_POWERS_OF_TEN = Array.from({ length: 9 }, (_, i) => Number(`1e-${i}`));

/**
 * The value with 15 significant digits: removes binary artefacts such as 0,1 + 0,2 = 0,30000000000000004.
 * Scaling to a 15-digit integer and back is exact for the powers of ten used (≤ 10²²) and much
 * faster than going through a string; extreme magnitudes take the string route.
 */
export function normalizeNumber(value: number): number {
  if (Number.isInteger(value) && value < 1e15 && value > -1e15) return value === 0 ? 0 : value;
  if (!Number.isFinite(value)) return value;
  const abs = value < 0 ? -value : value;
  if (abs < 1e-7 || abs >= 1e15) return Number(value.toPrecision(15));
  let decimals = 14;
  if (abs >= 1) {
    while (decimals > 0 && (POWERS_OF_TEN[15 - decimals] as number) <= abs) decimals -= 1;
  } else {
    let k = 1;
    while ((NEGATIVE_POWERS_OF_TEN[k] as number) > abs) k += 1;
    decimals = 14 + k;
  }
  const factor = POWERS_OF_TEN[decimals] as number;
  return Math.round(value * factor) / factor;
}

/**
 * Rounds to `decimals` places: `half_up` rounds a tie away from zero (99,885 → 99,89, −0,5 → −1),
 * `truncate` drops the digits (99,885 → 99,88).
 */
export function roundScore(value: number, rounding: Rounding): number {
  const { decimals, mode } = rounding;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be an integer in 0..15, got ${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  // One normalisation after scaling removes the artefacts a normalisation before it would.
  const scaled = Math.abs(normalizeNumber(value * factor));
  const whole = Math.trunc(scaled);
  // After normalisation an exact tie has the fraction exactly 0,5 (representable in binary).
  const rounded = mode === 'half_up' && scaled - whole >= 0.5 ? whole + 1 : whole;
  if (rounded === 0) return 0;
  return (value < 0 ? -rounded : rounded) / factor;
}
