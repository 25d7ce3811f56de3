/**
 * The one combination rule used at every level of a card (items → objective, objectives →
 * component, components → final score): a weighted mean where suspended parts are excluded and the
 * remaining weights re-normalised, and a part without data follows the policy (block, exclude, zero).
 */
import { exactSum, weightedMean } from '../numbers/weighted-mean.js';
import { normalizeNumber } from '../numbers/rounding.js';
import type { CardPolicy } from './card-policy.schema.js';

/** `blocked`: cannot be scored (unknown code, out-of-scale rating, an incomplete sub-result); it always blocks. */
export type PartState = 'scored' | 'suspended' | 'missing' | 'blocked';
export type MissingRule = CardPolicy['missing'];

export interface Part {
  state: PartState;
  raw: number | null;
  adjusted: number | null;
  /** Weight as given; absent means "the mean of the given weights" (equal weights when none is given). */
  weight?: number;
}

export type PartTreatment = 'counted' | 'counted_as_zero' | 'excluded_suspended' | 'excluded_missing' | 'blocking';

export interface PartWeighting {
  given: number | null;
  effective: number;
  /** Share of the counted weights, in percent; null for parts not counted. */
  normalised: number | null;
  treatment: PartTreatment;
}

/** `missing`: nothing left to count because every part without data was excluded (it is then missing to its parent). */
export type CombinationState = 'scored' | 'suspended' | 'missing' | 'incomplete';
export type IncompleteReason = 'empty' | 'blocked' | 'zero_weights';

export interface Combination {
  state: CombinationState;
  raw: number | null;
  adjusted: number | null;
  weights: PartWeighting[];
  incompleteReason?: IncompleteReason;
}

function treatmentOf(part: Part, missing: MissingRule): PartTreatment {
  if (part.state === 'scored') return 'counted';
  if (part.state === 'suspended') return 'excluded_suspended';
  if (part.state === 'blocked') return 'blocking';
  if (missing === 'exclude') return 'excluded_missing';
  return missing === 'zero' ? 'counted_as_zero' : 'blocking';
}

/** Weights as used: given ones, else the mean of the given ones, else 1 (equal weights). */
export function effectiveWeights(given: readonly (number | undefined)[]): number[] {
  const present = given.filter((weight): weight is number => weight !== undefined);
  const fallback = present.length === 0 ? 1 : normalizeNumber(exactSum(present) / present.length);
  return given.map((weight) => weight ?? fallback);
}

function isCounted(treatment: PartTreatment): boolean {
  return treatment === 'counted' || treatment === 'counted_as_zero';
}

function valueOf(part: Part, treatment: PartTreatment, which: 'raw' | 'adjusted'): number {
  if (treatment === 'counted_as_zero') return 0;
  return part[which] ?? 0;
}

export function combineParts(parts: readonly Part[], missing: MissingRule): Combination {
  const effective = effectiveWeights(parts.map((part) => part.weight));
  const treatments = parts.map((part) => treatmentOf(part, missing));
  const countedTotal = exactSum(treatments.map((treatment, i) => (isCounted(treatment) ? (effective[i] ?? 0) : 0)));
  const weights = parts.map((part, i): PartWeighting => {
    const treatment = treatments[i] ?? 'blocking';
    const weight = effective[i] ?? 0;
    const share = isCounted(treatment) && countedTotal > 0 ? normalizeNumber((weight / countedTotal) * 100) : null;
    return { given: part.weight ?? null, effective: weight, normalised: share, treatment };
  });
  const incomplete = (reason: IncompleteReason): Combination =>
    ({ state: 'incomplete', raw: null, adjusted: null, weights, incompleteReason: reason });
  if (parts.length === 0) return incomplete('empty');
  if (treatments.includes('blocking')) return incomplete('blocked');
  if (treatments.every((treatment) => treatment === 'excluded_suspended')) {
    return { state: 'suspended', raw: null, adjusted: null, weights };
  }
  const counted = parts.flatMap((part, i) => {
    const treatment = treatments[i] ?? 'blocking';
    return isCounted(treatment) ? [{ part, treatment, weight: effective[i] ?? 0 }] : [];
  });
  if (counted.length === 0) return { state: 'missing', raw: null, adjusted: null, weights };
  const raw = weightedMean(counted.map(({ part, treatment, weight }) => ({ value: valueOf(part, treatment, 'raw'), weight })));
  const adjusted = weightedMean(counted.map(({ part, treatment, weight }) => ({ value: valueOf(part, treatment, 'adjusted'), weight })));
  if (raw === null || adjusted === null) return incomplete('zero_weights');
  return { state: 'scored', raw, adjusted, weights };
}

/** Tolerance: an achievement at or above the threshold and below 100 counts as 100. */
export function applyTolerance(value: number | null, threshold: number | undefined): number | null {
  if (value === null || threshold === undefined) return value;
  return value >= threshold && value < 100 ? 100 : value;
}
