/**
 * The interim status of an indicator at a monitoring period: in linea / a rischio / critico. The
 * scorer already compares the period's value with the target pro-rated to the period (expected
 * progress, for targets that accumulate during the year) and gives an achievement; this maps that
 * achievement to three statuses.
 *
 * Thresholds: the policy's interim bands when they name them (`in_linea` and, when the policy has a
 * `critico` band, `a_rischio`); otherwise the documented defaults: in linea from 90, a rischio from
 * 60, critico below 60. Statuses carry a symbol and a bilingual label (colour alone is not accessible).
 */
import { normalizeNumber } from '../numbers/rounding.js';
import type { ScoringPolicy } from '../scoring/policy.schema.js';
import type { ItemState } from '../scoring/scored-plan.js';
import type { Messages } from './transition.js';

export const INTERIM_STATUSES = ['in_linea', 'a_rischio', 'critico'] as const;
export type InterimStatus = (typeof INTERIM_STATUSES)[number];

export interface InterimThresholds {
  /** Lowest achievement (inclusive) that is in line. */
  onTrack: number;
  /** Lowest achievement (inclusive) that is at risk; below it the indicator is critical. */
  atRisk: number;
  source: 'policy' | 'default';
}

export const DEFAULT_INTERIM_THRESHOLDS: InterimThresholds = { onTrack: 90, atRisk: 60, source: 'default' };

export const INTERIM_STATUS_LABELS: Readonly<Record<InterimStatus, Messages & { symbol: string }>> = {
  in_linea: { it: 'In linea', en: 'On track', symbol: '✔' },
  a_rischio: { it: 'A rischio', en: 'At risk', symbol: '!' },
  critico: { it: 'Critico', en: 'Critical', symbol: '✘' },
};

/** The thresholds a policy sets through its interim bands, or the defaults. */
export function interimThresholdsOf(policy: Pick<ScoringPolicy, 'bands'> | null): InterimThresholds {
  const bands = policy?.bands.interim ?? [];
  const onTrack = bands.find((band) => band.key === 'in_linea')?.min;
  const hasCritical = bands.some((band) => band.key === 'critico');
  const atRisk = hasCritical ? bands.find((band) => band.key === 'a_rischio')?.min : undefined;
  if (onTrack === undefined) return DEFAULT_INTERIM_THRESHOLDS;
  const lower = atRisk ?? Math.min(DEFAULT_INTERIM_THRESHOLDS.atRisk, onTrack);
  return { onTrack, atRisk: Math.min(lower, onTrack), source: 'policy' };
}

/** The status of an achievement (null when the indicator has none: missing data, suspended, no target). */
export function interimStatusOf(achievement: number | null, thresholds: InterimThresholds = DEFAULT_INTERIM_THRESHOLDS): InterimStatus | null {
  if (achievement === null || !Number.isFinite(achievement)) return null;
  const value = normalizeNumber(achievement);
  if (value >= thresholds.onTrack) return 'in_linea';
  if (value >= thresholds.atRisk) return 'a_rischio';
  return 'critico';
}

/** Item states whose achievement is meaningful for a status. */
export function isAssessable(state: ItemState): boolean {
  return state === 'scored' || state === 'manual';
}
