/**
 * What scorePlan returns: for every indicator, node, org unit and the entity, the score with its
 * state, the rule and inputs that produced it and the weights it was built from. Explanations
 * (explanation.ts) are read off these records.
 */
import type { Act, Indicator, ManualAchievement, MeasureValue, PlanNode } from '../plan/plan.schema.js';
import type { Target } from '../target/target-ast.js';
import type { Score, Weight } from '../numbers/units.js';
import type { EffectiveTarget, RuleKey } from './rule-outcome.js';
import type { StatusBand } from './status-band.js';
import type { ScoringMessage } from './scoring-messages.js';
import type { ScoringPolicy } from './policy.schema.js';

/**
 * scored: computed; manual: entered by hand with a justification; suspended: excluded with a reason;
 * missing: data not there (counted per policy); no_target: nothing to score this year;
 * error: cannot be computed (formula, target or data error); blocked: waits for something missing or
 * in error below it (policy missingData = block).
 */
export type ItemState = 'scored' | 'suspended' | 'missing' | 'manual' | 'no_target' | 'error' | 'blocked';

/** Raw, and adjusted by the tolerance (≥ threshold counts as 100). */
export interface Achievement { raw: Score; adjusted: Score }

export interface ScoredInput {
  measure: string;
  name: string;
  year: number;
  period?: string;
  /** The value used, with its provenance; null when missing. */
  value: MeasureValue | null;
}

export interface Exclusion {
  state: 'suspended' | 'missing' | 'no_target';
  reason: ScoringMessage | { code: 'suspended'; it: string; en: string };
  act?: Act;
  /** Code of the item whose suspension this is, when inherited from an ancestor. */
  from?: string;
}

/** Common fields of every scored item. */
export interface ScoredCommon {
  state: ItemState;
  achievement: Achievement | null;
  /** The output the policy publishes for this kind of item (raw or adjusted), unrounded. */
  score: Score | null;
  /** `score` rounded as the policy says: the published figure. */
  rounded: number | null;
  band: StatusBand | null;
  toleranceApplied: boolean;
  exclusion: Exclusion | null;
  manual: ManualAchievement | null;
  messages: ScoringMessage[];
}

export interface ScoredIndicator extends ScoredCommon {
  kind: 'indicator';
  code: string;
  name: string;
  node: string;
  /** The canonical formula, as the plan writes it. */
  formula: string | null;
  /** The formula's value for the year/period: a number, yes/no or ISO date; null when not computed. */
  value: number | boolean | string | null;
  target: { text: string; parsed: Target | null; effective: EffectiveTarget } | null;
  /**
   * Value of an earlier year the rule used (growth, relative targets, linear baseline), computed from
   * the measures of that year or, with `source: 'baseline'`, taken from the indicator's baseline.
   */
  reference: ScoredReference | null;
  rule: RuleKey | null;
  met: boolean | null;
  capApplied: boolean;
  /** Share (0–100) of the yearly target expected by the period's end, for accumulating targets. */
  expectedProgress: number | null;
  inputs: ScoredInput[];
}

/** The earlier value a rule compared against; `source` is there only when it is the baseline. */
export interface ScoredReference { year: number; value: number; source?: 'baseline' }

/** One item of a weighted mean, with the weight given and its normalised share (sums to 100). */
export interface Contribution {
  kind: 'indicator' | 'node' | 'unit' | 'component';
  code: string;
  weight: Weight | null;
  normalised: Weight | null;
  included: boolean;
  state: ItemState;
}

export type NodeBasis = 'indicators' | 'children' | 'pooled' | 'share' | 'links' | 'manual' | 'none';

export interface ScoredNode extends ScoredCommon {
  kind: 'node';
  code: string;
  title: string;
  section: PlanNode['section'];
  level: PlanNode['level'];
  basis: NodeBasis;
  /** In share mode: the share (percent) of the node's own indicators. */
  indicatorShare: number | null;
  contributions: Contribution[];
}

export interface ScoredUnit extends ScoredCommon {
  kind: 'unit';
  code: string;
  name: string;
  contributions: Contribution[];
}

export interface ScoredComponent extends ScoredCommon {
  kind: 'component';
  /** The component's key (also in `code`, as every member of a mean has one). */
  key: string;
  code: string;
  label: { it: string; en: string };
  contributions: Contribution[];
}

export interface ScoredEntity extends ScoredCommon {
  kind: 'entity';
  code: string;
  name: string;
  mode: 'weighted' | 'pooled';
  components: ScoredComponent[];
  /** Weights of the components (weighted mode) or the pooled items (pooled mode). */
  contributions: Contribution[];
}

export interface ScoredPlan {
  entity: ScoredEntity;
  year: number;
  period: string | null;
  /** True when scoring a monitoring period before the year's end (bands in_linea / a_rischio). */
  interim: boolean;
  expectedProgress: number | null;
  /** The policy's identity and the settings an explanation quotes. */
  policy: {
    entity: string; year: number; revision: number;
    cap: number; toleranceThreshold: number | null;
    outputs: ScoringPolicy['outputs']; rounding: ScoringPolicy['rounding'];
  };
  /** In the plan's order. */
  indicators: ScoredIndicator[];
  nodes: ScoredNode[];
  units: ScoredUnit[];
}

export type ScoredItem = ScoredIndicator | ScoredNode | ScoredUnit | ScoredComponent | ScoredEntity;
export type { Indicator };
