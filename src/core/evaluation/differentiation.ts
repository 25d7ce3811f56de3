/**
 * Differentiation of evaluations (D.Lgs. 150/2009; Funzione Pubblica guideline n. 5): the
 * distribution of final card scores per evaluator or per org unit, and a flag when the ratings are
 * flat (everyone at the top, or too little spread), with an Italian and English message.
 */
import { Decimal } from 'decimal.js';
import { formatNumber } from '../numbers/format-number.js';
import { normalizeNumber } from '../numbers/rounding.js';
import { naturalCodeCompare } from '../plan/plan-index.js';
import type { BilingualMessage } from '../plan/plan-issue.js';
import type { CardResult } from './card-scoring.js';

export interface DifferentiationOptions {
  by: 'evaluator' | 'unit';
  /** Which final score is compared; default adjusted (the one that feeds rewards). */
  basis?: 'raw' | 'adjusted';
  /** A score at or above it is "high"; default 95. */
  highThreshold?: number;
  /** A spread (population standard deviation) below it is flat; default 2 points. */
  minStdDev?: number;
  /** Groups smaller than this are described but never flagged; default 3. */
  minGroupSize?: number;
}

export interface DistributionStats {
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation. */
  stdDev: number | null;
  /** Percent of the scores at or above the high threshold. */
  shareHigh: number | null;
}

export type FlatReason = 'all_high' | 'low_spread';

export interface DifferentiationGroup {
  key: string;
  label: BilingualMessage;
  stats: DistributionStats;
  /** Cards left out because they have no final score (incomplete, suspended). */
  unscored: number;
  flat: boolean;
  reasons: FlatReason[];
  message: BilingualMessage | null;
}

export interface DifferentiationReport {
  by: DifferentiationOptions['by'];
  basis: 'raw' | 'adjusted';
  highThreshold: number;
  overall: DifferentiationGroup;
  groups: DifferentiationGroup[];
}

const NO_GROUP = '—';

export function distributionStats(scores: readonly number[], highThreshold: number): DistributionStats {
  if (scores.length === 0) return { count: 0, mean: null, min: null, max: null, stdDev: null, shareHigh: null };
  const values = scores.map((score) => new Decimal(score));
  const mean = Decimal.sum(...values).div(values.length);
  const variance = Decimal.sum(...values.map((value) => value.minus(mean).pow(2))).div(values.length);
  const high = scores.filter((score) => score >= highThreshold).length;
  return {
    count: scores.length,
    mean: normalizeNumber(mean.toNumber()),
    min: Math.min(...scores),
    max: Math.max(...scores),
    stdDev: normalizeNumber(variance.sqrt().toNumber()),
    shareHigh: normalizeNumber(new Decimal(high).div(scores.length).times(100).toNumber()),
  };
}

function groupOf(result: CardResult, by: DifferentiationOptions['by']): { key: string; label: string } {
  if (by === 'unit') return { key: result.card.orgUnit ?? NO_GROUP, label: result.card.orgUnit ?? NO_GROUP };
  const evaluator = result.card.evaluator;
  return { key: evaluator?.code ?? NO_GROUP, label: evaluator?.name ?? evaluator?.code ?? NO_GROUP };
}

function flatMessage(label: BilingualMessage, stats: DistributionStats, reasons: FlatReason[], options: Required<Omit<DifferentiationOptions, 'by' | 'basis'>>): BilingualMessage | null {
  if (reasons.length === 0) return null;
  const high = (locale: 'it' | 'en') => formatNumber(options.highThreshold, locale);
  if (reasons.includes('all_high')) {
    return {
      it: `Valutazioni appiattite (${label.it}): tutti i ${stats.count} punteggi sono pari o superiori a ${high('it')}. Le linee guida chiedono di differenziare le valutazioni.`,
      en: `Flat ratings (${label.en}): all ${stats.count} scores are at or above ${high('en')}. The guidelines require evaluations to be differentiated.`,
    };
  }
  const spread = (locale: 'it' | 'en') => formatNumber(stats.stdDev ?? 0, locale, 2);
  const threshold = (locale: 'it' | 'en') => formatNumber(options.minStdDev, locale);
  return {
    it: `Valutazioni poco differenziate (${label.it}): deviazione standard ${spread('it')} punti, sotto la soglia di ${threshold('it')}.`,
    en: `Little differentiation (${label.en}): standard deviation ${spread('en')} points, below the threshold of ${threshold('en')}.`,
  };
}

function describeGroup(
  key: string, label: BilingualMessage, results: readonly CardResult[], basis: 'raw' | 'adjusted',
  options: Required<Omit<DifferentiationOptions, 'by' | 'basis'>>,
): DifferentiationGroup {
  const scores = results.map((result) => result[basis]).filter((score): score is number => score !== null);
  const stats = distributionStats(scores, options.highThreshold);
  const reasons: FlatReason[] = [];
  if (stats.count >= options.minGroupSize) {
    if (stats.shareHigh === 100) reasons.push('all_high');
    if ((stats.stdDev ?? 0) < options.minStdDev) reasons.push('low_spread');
  }
  return {
    key, label, stats, unscored: results.length - scores.length,
    flat: reasons.length > 0, reasons, message: flatMessage(label, stats, reasons, options),
  };
}

export function differentiationReport(results: readonly CardResult[], options: DifferentiationOptions): DifferentiationReport {
  const basis = options.basis ?? 'adjusted';
  const settings = {
    highThreshold: options.highThreshold ?? 95,
    minStdDev: options.minStdDev ?? 2,
    minGroupSize: options.minGroupSize ?? 3,
  };
  const groups = new Map<string, { label: string; results: CardResult[] }>();
  for (const result of results) {
    const { key, label } = groupOf(result, options.by);
    const group = groups.get(key) ?? { label, results: [] };
    group.results.push(result);
    groups.set(key, group);
  }
  const overallLabel = options.by === 'unit'
    ? { it: 'tutte le unità', en: 'all units' }
    : { it: 'tutti i valutatori', en: 'all evaluators' };
  return {
    by: options.by,
    basis,
    highThreshold: settings.highThreshold,
    overall: describeGroup('*', overallLabel, results, basis, settings),
    groups: [...groups.entries()]
      .sort(([a], [b]) => Number(a === NO_GROUP) - Number(b === NO_GROUP) || naturalCodeCompare(a, b))
      .map(([key, group]) => describeGroup(key, { it: group.label, en: group.label }, group.results, basis, settings)),
  };
}
