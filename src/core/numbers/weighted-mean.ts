/**
 * The weighted mean MR = Σ mᵢ·pᵢ / Σ pᵢ, computed as if in twice the float64 precision (error-free
 * products and sums, Ogita–Rump–Oishi "Dot2"), then normalised to 15 significant digits. So the mean
 * of 99,77 and 100 is exactly 99,885 however many terms there are and in whatever order they come.
 */
import { normalizeNumber } from './rounding.js';

export interface WeightedItem { value: number; weight?: number }

const SPLITTER = 134_217_729; // 2^27 + 1, Dekker's splitting constant

/** Accumulates Σ a·b exactly enough: the products' and sums' rounding errors are carried along. */
export class DotAccumulator {
  private sum = 0;
  private error = 0;

  add(a: number, b: number): void {
    const product = a * b;
    // Dekker's TwoProduct: product + productError === a·b exactly.
    const ca = SPLITTER * a;
    const aHigh = ca - (ca - a);
    const aLow = a - aHigh;
    const cb = SPLITTER * b;
    const bHigh = cb - (cb - b);
    const bLow = b - bHigh;
    const productError = aLow * bLow - (((product - aHigh * bHigh) - aLow * bHigh) - aHigh * bLow);
    // Knuth's TwoSum: next + sumError === sum + product exactly.
    const next = this.sum + product;
    const virtual = next - this.sum;
    const sumError = (this.sum - (next - virtual)) + (product - virtual);
    this.sum = next;
    this.error += sumError + productError;
  }

  value(): number {
    return this.sum + this.error;
  }

  /** Starts again from zero (an accumulator can be reused across means without allocating). */
  reset(): void {
    this.sum = 0;
    this.error = 0;
  }
}

/** Σ values, carried in twice the precision. */
export function exactSum(values: readonly number[]): number {
  const accumulator = new DotAccumulator();
  for (const value of values) accumulator.add(value, 1);
  return normalizeNumber(accumulator.value());
}

/** The quotient of two accumulated sums, normalised. */
export function normalizedQuotient(numerator: number, denominator: number): number {
  return normalizeNumber(numerator / denominator);
}

/**
 * Weighted mean of the items; equal weights when no item gives one. When only some items give a
 * weight, the others take the mean of the given weights (a plan error that lint reports; the mean
 * keeps every item counted). Null when there is nothing to average or every weight is 0.
 */
export function weightedMean(items: ReadonlyArray<WeightedItem>): number | null {
  if (items.length === 0) return null;
  let given = 0;
  const givenWeights = new DotAccumulator();
  for (const item of items) {
    if (item.weight === undefined) continue;
    if (!(item.weight >= 0) || !Number.isFinite(item.weight)) throw new RangeError(`invalid weight ${item.weight}`);
    given += 1;
    givenWeights.add(item.weight, 1);
  }
  const fallback = given === 0 ? 1 : givenWeights.value() / given;
  const numerator = new DotAccumulator();
  const denominator = new DotAccumulator();
  for (const item of items) {
    const w = item.weight ?? fallback;
    numerator.add(item.value, w);
    denominator.add(w, 1);
  }
  const total = denominator.value();
  if (total === 0) return null;
  return normalizedQuotient(numerator.value(), total);
}
