/**
 * The results of a scoring run kept in columns (typed arrays indexed like the plan's indicators,
 * nodes, units or entity components) instead of one object per item: a full recompute of a million
 * indicators writes numbers into arrays and allocates almost nothing. The records callers see
 * (ScoredIndicator, ScoredNode, …) are built from these columns on demand (indicator-record.ts,
 * node-scoring.ts, organisation-scoring.ts).
 */
import type { ItemState } from './scored-plan.js';
import type { ScoringMessage } from './scoring-messages.js';

/** Item states by code: the code is what a `state` column holds. */
export const STATES: readonly ItemState[] = ['no_target', 'scored', 'suspended', 'missing', 'manual', 'error', 'blocked'];
export const NO_TARGET = 0;
export const SCORED = 1;
export const SUSPENDED = 2;
export const MISSING = 3;
export const MANUAL = 4;
export const ERROR = 5;
export const BLOCKED = 6;

/** What every member of a weighted mean has: a state and, when scored, raw and adjusted achievement (NaN: none). */
export class ScoreColumns {
  readonly state: Uint8Array;
  readonly raw: Float64Array;
  readonly adjusted: Float64Array;

  constructor(readonly size: number) {
    this.state = new Uint8Array(size);
    this.raw = new Float64Array(size).fill(Number.NaN);
    this.adjusted = new Float64Array(size).fill(Number.NaN);
  }
}

/** Bits of IndicatorColumns.flags. */
export const MET_KNOWN = 1;
export const MET = 2;
export const CAP_APPLIED = 4;
export const TOLERANCE_APPLIED = 8;
/** The expected progress does not apply (the target does not accumulate): the record shows null. */
export const PROGRESS_CLEARED = 16;
/** The formula was evaluated for the scored year: the record lists its inputs. */
export const EVALUATED = 32;
/** The formula was evaluated for the reference year (`refYear`): the record lists those inputs too. */
export const REFERENCE_READ = 64;
/** There is a reference value (`refYear`, `refValue`). */
export const REFERENCE_SET = 128;
/** The reference value is the indicator's baseline. */
export const REFERENCE_BASELINE = 256;

/** Kinds of an indicator's formula value (`valueKind`). */
export const VALUE_NONE = 0;
export const VALUE_NUMBER = 1;
export const VALUE_BOOLEAN = 2;
/** An ISO date yyyy-mm-dd, held as the number yyyymmdd (dateValue / isoDateOf). */
export const VALUE_DATE = 3;

/** An ISO date `yyyy-mm-dd` (already checked) as the number yyyymmdd, so it fits the `value` column. */
export function dateValue(iso: string): number {
  let value = 0;
  for (let k = 0; k < 10; k += 1) if (k !== 4 && k !== 7) value = value * 10 + iso.charCodeAt(k) - 48;
  return value;
}

/** The ISO date a `dateValue` stands for. */
export function isoDateOf(value: number): string {
  const year = String(Math.floor(value / 10_000)).padStart(4, '0');
  const month = String(Math.floor(value / 100) % 100).padStart(2, '0');
  const day = String(value % 100).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** What an indicator's record needs beyond numbers; kept only for the indicators that have any. */
export interface IndicatorDetails {
  messages: ScoringMessage[];
  /** The applied target when it is not a number (a range scaled during the year). */
  effective?: string | boolean;
  /** Why a missing indicator is missing (its exclusion's reason). */
  missingReason?: ScoringMessage;
}

/** Per indicator: the common columns plus the formula value, the rule, the reference and the flags above. */
export class IndicatorColumns extends ScoreColumns {
  readonly value = new Float64Array(this.size);
  readonly valueKind = new Uint8Array(this.size);
  /** 0: no rule; k + 1: RULE_KEYS[k]. */
  readonly rule = new Uint8Array(this.size);
  readonly flags = new Uint16Array(this.size);
  readonly refYear = new Int32Array(this.size);
  /** Read only when REFERENCE_SET says there is a reference; `value` only when `valueKind` says it is a number or yes/no. */
  readonly refValue = new Float64Array(this.size);
  /** The applied target when it differs from the written one and is a number (NaN: none). */
  readonly effective = new Float64Array(this.size).fill(Number.NaN);
  readonly details = new Map<number, IndicatorDetails>();
}

/** Per node: the common columns plus how the score was built. */
export class NodeColumns extends ScoreColumns {
  /** Index in NODE_BASES. */
  readonly basis = new Uint8Array(this.size);
}

export const NODE_BASES = ['none', 'indicators', 'children', 'pooled', 'share', 'links', 'manual'] as const;
