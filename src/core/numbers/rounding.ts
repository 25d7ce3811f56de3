/**
 * Exact rounding of published figures. Scores are computed in float64; a float carries artefacts in
 * its last bits (99,885 is stored as 99,88499999999999…), so every value is first normalised to 15
 * significant digits — the precision a float64 is guaranteed to hold — and only then rounded. The
 * result equals rounding the exact decimal, as long as the exact value has at most 15 significant
 * digits (decimal inputs with a few decimals always do).
 */

export type RoundingMode = 'half_up' | 'truncate';
export interface Rounding { decimals: number; mode: RoundingMode }

/** The value with 15 significant digits: removes binary artefacts such as 0,1 + 0,2 = 0,30000000000000004. */
export function normalizeNumber(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? 0 : value;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
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
  const scaled = Math.abs(normalizeNumber(normalizeNumber(value) * factor));
  const whole = Math.trunc(scaled);
  // After normalisation an exact tie has the fraction exactly 0,5 (representable in binary).
  const rounded = mode === 'half_up' && scaled - whole >= 0.5 ? whole + 1 : whole;
  if (rounded === 0) return 0;
  return (value < 0 ? -rounded : rounded) / factor;
}
