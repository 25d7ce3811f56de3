/**
 * The finishing touches of a score: the cap (indicators), the tolerance that raises the adjusted
 * score (when the policy applies it at this level), and — when a record is built — the output the
 * policy publishes, its rounding and its status band.
 */
import { roundScore } from '../numbers/rounding.js';
import { score as asScore, type Score } from '../numbers/units.js';
import type { ScoringPolicy, StatusBandDefinition } from './policy.schema.js';
import type { Achievement } from './scored-plan.js';
import { bandFor, type StatusBand } from './status-band.js';

/** Components take the entity's output choice and no tolerance of their own. */
export type OutputLevel = 'indicator' | 'node' | 'unit' | 'entity' | 'component';

const OUTPUT_OF: Record<OutputLevel, keyof ScoringPolicy['outputs']> = {
  indicator: 'indicators', node: 'nodes', unit: 'units', entity: 'entity', component: 'entity',
};

/** Does the tolerance raise this adjusted score to 100 at this level? */
export function toleranceApplies(policy: ScoringPolicy, level: OutputLevel, adjustedBase: number): boolean {
  const threshold = policy.tolerance.threshold;
  return threshold !== null && level !== 'component' && policy.tolerance.appliesTo.includes(level)
    && adjustedBase >= threshold && adjustedBase < 100;
}

/** The tolerance settings of one level, decided once per run: the threshold, or null when it does not apply. */
export function toleranceThreshold(policy: ScoringPolicy, level: OutputLevel): number | null {
  const threshold = policy.tolerance.threshold;
  return threshold !== null && level !== 'component' && policy.tolerance.appliesTo.includes(level) ? threshold : null;
}

// The two most common achievements, shared rather than allocated a million times.
const FULL: Achievement = Object.freeze({ raw: asScore(100), adjusted: asScore(100) });
const NONE: Achievement = Object.freeze({ raw: asScore(0), adjusted: asScore(0) });

export interface FinishedFields {
  achievement: Achievement | null;
  score: Score | null;
  rounded: number | null;
  band: StatusBand | null;
  toleranceApplied: boolean;
}

/** Writes a finished score into a record: achievement, the published output, its rounding and band. */
export function finishRecord(record: FinishedFields, raw: number, adjusted: number, tolerant: boolean, level: OutputLevel,
  policy: ScoringPolicy, bands: readonly StatusBandDefinition[]): void {
  const score = policy.outputs[OUTPUT_OF[level]] === 'raw' ? raw : adjusted;
  record.achievement = raw === adjusted && (raw === 100 || raw === 0) ? (raw === 100 ? FULL : NONE)
    : { raw: asScore(raw), adjusted: asScore(adjusted) };
  record.score = asScore(score);
  record.rounded = roundScore(score, policy.rounding);
  record.band = bandFor(score, bands);
  record.toleranceApplied = tolerant;
}

/** Applies the tolerance to a mean and writes the finished record (nodes, units, components, entity). */
export function applyFinish(record: FinishedFields, raw: number, adjustedBase: number, level: OutputLevel, policy: ScoringPolicy,
  bands: readonly StatusBandDefinition[]): void {
  const tolerant = toleranceApplies(policy, level, adjustedBase);
  finishRecord(record, raw, tolerant ? 100 : adjustedBase, tolerant, level, policy, bands);
}
