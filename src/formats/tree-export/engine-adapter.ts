/**
 * What the readers need from the engine: the prose-formula importer, the year-target splitter and the
 * canonical formula parser. Kept behind one small interface so the readers can be tested with the
 * real engine and each conversion stays a single call.
 */
import type { IndicatorUnit } from '../../core/plan/plan.schema.js';

export interface ConversionReason { code: string; it: string; en: string }

export interface ProseConversion {
  canonical: string | null;
  confidence: 'high' | 'review';
  reasons: ConversionReason[];
  measureNames: string[];
}

/** A target for one year, in the target language, or a problem found while reading it. */
export interface YearTarget { year: number | null; text: string }

export interface YearTargetsReading {
  targets: YearTarget[];
  problems: ConversionReason[];
}

export interface ReaderEngine {
  /** Known measures turn matching names into codes; names matching none are then flagged for review. */
  convertProse(prose: string, knownMeasures: ReadonlyArray<{ code: string; name: string }>): ProseConversion;
  splitYearTargets(text: string): YearTargetsReading;
  /** Problems of a single target text: its errors, or the choices made reading it (empty when plain). */
  checkTarget(text: string, context?: { unit?: IndicatorUnit; planYear?: number }): ConversionReason[];
}
