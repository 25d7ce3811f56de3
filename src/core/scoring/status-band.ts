/**
 * Status bands: raggiunto / parzialmente raggiunto / non raggiunto at year end, in linea / a rischio
 * during the year. A band carries a colour, an icon, a text symbol and a bilingual label, because
 * colour alone is not accessible.
 */
import { normalizeNumber } from '../numbers/rounding.js';
import type { ScoringPolicy, StatusBandDefinition } from './policy.schema.js';

export type StatusBand = StatusBandDefinition;

/** The policy's bands, highest threshold first. */
export function sortedBands(bands: readonly StatusBandDefinition[]): StatusBandDefinition[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** The band a score falls in (the first whose lowest score it reaches), or null without a score. */
export function bandFor(score: number | null, bandsHighestFirst: readonly StatusBandDefinition[]): StatusBand | null {
  if (score === null) return null;
  const value = normalizeNumber(score);
  for (const band of bandsHighestFirst) if (value >= band.min) return band;
  return bandsHighestFirst[bandsHighestFirst.length - 1] ?? null;
}

/** The bands that apply: interim bands while the year runs, final ones at its end. */
export function bandsFor(policy: ScoringPolicy, interim: boolean): StatusBandDefinition[] {
  return sortedBands(interim ? policy.bands.interim : policy.bands.final);
}
