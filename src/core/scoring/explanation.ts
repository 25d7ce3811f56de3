/**
 * Explanations: every score as a tree a UI or a document renders — value raw and adjusted, rule,
 * target, inputs with their provenance, weights given and normalised, exclusions with their reasons
 * and acts, cap and tolerance, and the explanations of what it was built from. Built on demand from
 * a ScoredPlan (a whole plan's tree can be large: `depth` bounds it).
 */
import type { Act, ValueState } from '../plan/plan.schema.js';
import type { EffectiveTarget, RuleKey } from './rule-outcome.js';
import type {
  Contribution, Exclusion, ItemState, NodeBasis, ScoredComponent, ScoredEntity, ScoredIndicator, ScoredItem, ScoredNode, ScoredPlan, ScoredUnit,
} from './scored-plan.js';
import type { ScoringMessage } from './scoring-messages.js';
import { BASELINE_INPUT, explanationToText } from './explanation-text.js';

export { BASELINE_INPUT, explanationToText };

export type ExplanationKind = 'indicator' | 'node' | 'unit' | 'component' | 'entity';

/** A measured value the indicator read; the baseline, when a rule used it, is one too (`source: 'baseline'`). */
export interface ExplanationInput {
  measure: string;
  name: string;
  year: number;
  period?: string;
  value: number | boolean | string | null;
  state?: ValueState;
  enteredBy?: string;
  enteredAt?: string;
  source?: string;
}

export interface ExplanationWeight {
  kind: Contribution['kind'];
  code: string;
  given: number | null;
  normalised: number | null;
  included: boolean;
  state: ItemState;
}

export interface ExplanationExclusion {
  kind: Contribution['kind'];
  code: string;
  state: ItemState;
  reason: { it: string; en: string };
  act?: Act;
}

export interface Explanation {
  kind: ExplanationKind;
  code: string;
  label: string;
  state: ItemState;
  value: {
    raw: number | null; adjusted: number | null; output: 'raw' | 'adjusted'; score: number | null;
    /** The published figure, rounded to `decimals` places as the policy says. */
    rounded: number | null; decimals: number;
  };
  band: { key: string; label: { it: string; en: string }; colour: string; icon: string; symbol: string } | null;
  rule: RuleKey | null;
  basis: NodeBasis | 'composition' | 'mean' | null;
  target: { text: string; effective: EffectiveTarget; met: boolean | null } | null;
  formula: { source: string; value: number | boolean | string | null } | null;
  /** The earlier value the rule compared against; `source: 'baseline'` when it is the indicator's baseline. */
  reference: { year: number; value: number; source?: 'baseline' } | null;
  expectedProgress: number | null;
  inputs: ExplanationInput[];
  weights: ExplanationWeight[];
  /** Why this item itself is left out (suspended with its act, missing, no target). */
  exclusion: ExplanationExclusion | null;
  /** Members left out of this item's mean, with their reasons. */
  exclusions: ExplanationExclusion[];
  /** The cap when it cut the achievement; the tolerance threshold when it raised the adjusted score. */
  adjustments: { cap: number | null; tolerance: number | null };
  manual: { achievement: number; justification: string; by?: string; at?: string } | null;
  messages: ScoringMessage[];
  children: Explanation[];
}

export type ExplanationSubject = { kind: 'indicator' | 'node' | 'unit'; code: string } | { kind: 'entity' };

interface Lookup {
  scored: ScoredPlan;
  indicators: Map<string, ScoredIndicator>;
  nodes: Map<string, ScoredNode>;
  units: Map<string, ScoredUnit>;
  components: Map<string, ScoredComponent>;
}

const OUTPUT_KEY = { indicator: 'indicators', node: 'nodes', unit: 'units', component: 'entity', entity: 'entity' } as const;

function itemOf(lookup: Lookup, kind: Contribution['kind'], code: string): ScoredItem | undefined {
  if (kind === 'indicator') return lookup.indicators.get(code);
  if (kind === 'node') return lookup.nodes.get(code);
  if (kind === 'unit') return lookup.units.get(code);
  return lookup.components.get(code);
}

function labelOf(item: ScoredItem): { code: string; label: string } {
  switch (item.kind) {
    case 'indicator': return { code: item.code, label: item.name };
    case 'node': return { code: item.code, label: item.title };
    case 'unit': return { code: item.code, label: item.name };
    case 'component': return { code: item.key, label: item.label.it };
    case 'entity': return { code: item.code, label: item.name };
  }
}

function inputsOf(item: ScoredIndicator): ExplanationInput[] {
  const inputs = item.inputs.map((input) => {
    const found = input.value;
    const out: ExplanationInput = { measure: input.measure, name: input.name, year: input.year, value: found ? found.value : null };
    if (input.period !== undefined) out.period = input.period;
    if (found) {
      out.state = found.state;
      if (found.enteredBy !== undefined) out.enteredBy = found.enteredBy;
      if (found.enteredAt !== undefined) out.enteredAt = found.enteredAt;
      if (found.source !== undefined) out.source = found.source;
    }
    return out;
  });
  const reference = item.reference;
  if (reference?.source === 'baseline') {
    inputs.push({ measure: BASELINE_INPUT, name: 'Baseline', year: reference.year, value: reference.value, source: BASELINE_INPUT });
  }
  return inputs;
}

function exclusionsOf(lookup: Lookup, contributions: readonly Contribution[]): ExplanationExclusion[] {
  const out: ExplanationExclusion[] = [];
  for (const c of contributions) {
    if (c.included) continue;
    const exclusion = itemOf(lookup, c.kind, c.code)?.exclusion;
    if (exclusion) out.push(exclusionEntry(c.kind, c.code, c.state, exclusion));
  }
  return out;
}

function exclusionEntry(kind: Contribution['kind'], code: string, state: ItemState, exclusion: Exclusion): ExplanationExclusion {
  const entry: ExplanationExclusion = { kind, code, state, reason: { it: exclusion.reason.it, en: exclusion.reason.en } };
  if (exclusion.act) entry.act = exclusion.act;
  return entry;
}

function contributionsOf(item: ScoredItem): readonly Contribution[] {
  return item.kind === 'indicator' ? [] : item.contributions;
}

function explain(lookup: Lookup, item: ScoredItem, depth: number): Explanation {
  const { code, label } = labelOf(item);
  const contributions = contributionsOf(item);
  const indicator = item.kind === 'indicator' ? item : null;
  const children = depth <= 0 ? [] : item.kind === 'entity' && item.mode === 'weighted'
    ? item.components.map((component) => explain(lookup, component, depth - 1))
    : contributions.flatMap((c) => {
      const child = itemOf(lookup, c.kind, c.code);
      return child ? [explain(lookup, child, depth - 1)] : [];
    });
  return {
    kind: item.kind, code, label, state: item.state,
    value: {
      raw: item.achievement?.raw ?? null, adjusted: item.achievement?.adjusted ?? null,
      output: lookup.scored.policy.outputs[OUTPUT_KEY[item.kind]], score: item.score, rounded: item.rounded,
      decimals: lookup.scored.policy.rounding.decimals,
    },
    band: item.band ? { key: item.band.key, label: item.band.label, colour: item.band.colour, icon: item.band.icon, symbol: item.band.symbol } : null,
    rule: indicator?.rule ?? null,
    basis: item.kind === 'node' ? item.basis : item.kind === 'entity' ? 'composition' : item.kind === 'indicator' ? null : 'mean',
    target: indicator?.target ? { text: indicator.target.text, effective: indicator.target.effective, met: indicator.met } : null,
    formula: indicator?.formula ? { source: indicator.formula, value: indicator.value } : null,
    reference: indicator?.reference ?? null,
    expectedProgress: indicator?.expectedProgress ?? null,
    inputs: indicator ? inputsOf(indicator) : [],
    weights: contributions.map((c) => ({ kind: c.kind, code: c.code, given: c.weight, normalised: c.normalised, included: c.included, state: c.state })),
    exclusion: item.exclusion ? exclusionEntry(item.kind === 'entity' ? 'node' : item.kind, code, item.state, item.exclusion) : null,
    exclusions: exclusionsOf(lookup, contributions),
    adjustments: {
      cap: indicator?.capApplied ? lookup.scored.policy.cap : null,
      tolerance: item.toleranceApplied ? lookup.scored.policy.toleranceThreshold : null,
    },
    manual: item.manual ? {
      achievement: item.manual.achievement, justification: item.manual.justification,
      ...(item.manual.by !== undefined ? { by: item.manual.by } : {}), ...(item.manual.at !== undefined ? { at: item.manual.at } : {}),
    } : null,
    messages: item.messages,
    children,
  };
}

/**
 * The explanation of one indicator, node, unit or the entity, with the explanations of its members
 * down to `depth` levels (all by default). Null when the subject is not in the scored plan.
 */
export function buildExplanation(scored: ScoredPlan, subject: ExplanationSubject, depth = Number.POSITIVE_INFINITY): Explanation | null {
  const lookup: Lookup = {
    scored,
    indicators: new Map(scored.indicators.map((i) => [i.code, i])),
    nodes: new Map(scored.nodes.map((n) => [n.code, n])),
    units: new Map(scored.units.map((u) => [u.code, u])),
    components: new Map(scored.entity.components.map((c) => [c.key, c])),
  };
  const item: ScoredEntity | ScoredItem | undefined = subject.kind === 'entity' ? scored.entity
    : subject.kind === 'indicator' ? lookup.indicators.get(subject.code)
      : subject.kind === 'node' ? lookup.nodes.get(subject.code) : lookup.units.get(subject.code);
  return item ? explain(lookup, item, depth) : null;
}
