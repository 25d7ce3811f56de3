/**
 * An indicator's ScoredIndicator, built from the run's columns when a caller asks for it: the
 * numbers, state, rule and flags from the typed arrays, reasons and texts from the sparse details,
 * the rest (code, name, formula, target, suspension, manual achievement, inputs with provenance)
 * from the compiled plan. The published output, its rounding and band are computed here.
 */
import type { Indicator } from '../plan/plan.schema.js';
import type { CompiledFormula, CompiledIndicator, CompiledPlan } from './compiled-plan.js';
import { RULE_KEYS, type EffectiveTarget } from './rule-outcome.js';
import {
  CAP_APPLIED, EVALUATED, MET, MET_KNOWN, PROGRESS_CLEARED, REFERENCE_BASELINE, REFERENCE_READ, REFERENCE_SET, STATES,
  TOLERANCE_APPLIED, VALUE_BOOLEAN, VALUE_DATE, VALUE_NUMBER, isoDateOf, type IndicatorColumns, type IndicatorDetails,
} from './score-columns.js';
import { finishRecord } from './score-finish.js';
import { NO_MESSAGES } from './score-group.js';
import type { Exclusion, ItemState, ScoredIndicator, ScoredInput, ScoredReference } from './scored-plan.js';
import { scoringMessages } from './scoring-messages.js';

/** Adds the (measure, year) pairs the formula reads when evaluated for `year`, with the values used. */
function addInputs(cp: CompiledPlan, formula: CompiledFormula, year: number, into: ScoredInput[]): void {
  for (const { slot, time } of formula.shape.refs) {
    const refYear = time.kind === 'relative' ? year + time.offset : time.year;
    const measure = formula.measures[slot] as number;
    const key = formula.keys[slot] as string;
    into.push(measure >= 0 ? cp.store.input(measure, refYear) : { measure: key, name: key, year: refYear, value: null });
  }
}

/** The inputs a result lists: every (measure, year) the formula reads, for the scored year and the reference year. */
function inputsOf(cp: CompiledPlan, ci: CompiledIndicator, flags: number, referenceYear: number): ScoredInput[] {
  const inputs: ScoredInput[] = [];
  if (ci.formula === null) return inputs;
  if ((flags & EVALUATED) !== 0) addInputs(cp, ci.formula, cp.year, inputs);
  if ((flags & REFERENCE_READ) !== 0) addInputs(cp, ci.formula, referenceYear, inputs);
  return inputs;
}

function valueOf(c: IndicatorColumns, i: number): ScoredIndicator['value'] {
  switch (c.valueKind[i]) {
    case VALUE_NUMBER: return c.value[i] as number;
    case VALUE_BOOLEAN: return c.value[i] === 1;
    case VALUE_DATE: return isoDateOf(c.value[i] as number);
    default: return null;
  }
}

function targetOf(ci: CompiledIndicator, c: IndicatorColumns, i: number, details: IndicatorDetails | undefined): ScoredIndicator['target'] {
  const record = ci.targetRecord;
  const number = c.effective[i] as number;
  const effective: EffectiveTarget = Number.isNaN(number) ? details?.effective ?? null : number;
  if (record === null || effective === null) return record;
  return { text: record.text, parsed: ci.target, effective };
}

function referenceOf(c: IndicatorColumns, i: number, flags: number): ScoredReference | null {
  if ((flags & REFERENCE_SET) === 0) return null;
  const year = c.refYear[i] as number;
  const value = c.refValue[i] as number;
  return (flags & REFERENCE_BASELINE) !== 0 ? { year, value, source: 'baseline' } : { year, value };
}

function exclusionOf(cp: CompiledPlan, ci: CompiledIndicator, state: ItemState, details: IndicatorDetails | undefined): Exclusion | null {
  switch (state) {
    case 'suspended': return ci.suspension;
    case 'no_target': return { state: 'no_target', reason: scoringMessages.noTarget(cp.year) };
    case 'missing': return details?.missingReason ? { state: 'missing', reason: details.missingReason } : null;
    default: return null;
  }
}

/** Indicator `i`'s record as scorePlan returns it. */
export function buildIndicatorRecord(cp: CompiledPlan, c: IndicatorColumns, i: number): ScoredIndicator {
  const indicator = cp.plan.indicators[i] as Indicator;
  const ci = cp.indicators[i] as CompiledIndicator;
  const state = STATES[c.state[i] as number] as ItemState;
  const flags = c.flags[i] as number;
  const details = c.details.size > 0 ? c.details.get(i) : undefined;
  const rule = c.rule[i] as number;
  const record: ScoredIndicator = {
    kind: 'indicator', code: indicator.code, name: indicator.name, node: indicator.node,
    state, achievement: null, score: null, rounded: null, band: null,
    toleranceApplied: false, exclusion: exclusionOf(cp, ci, state, details),
    manual: state === 'manual' ? ci.manual : null, messages: details?.messages ?? NO_MESSAGES,
    formula: indicator.formula ?? null,
    value: valueOf(c, i),
    target: targetOf(ci, c, i, details),
    reference: referenceOf(c, i, flags),
    rule: rule === 0 ? null : RULE_KEYS[rule - 1] as ScoredIndicator['rule'],
    met: (flags & MET_KNOWN) === 0 ? null : (flags & MET) !== 0,
    capApplied: (flags & CAP_APPLIED) !== 0,
    expectedProgress: (flags & PROGRESS_CLEARED) !== 0 ? null : cp.expectedProgress,
    inputs: inputsOf(cp, ci, flags, c.refYear[i] as number),
  };
  const raw = c.raw[i] as number;
  if (!Number.isNaN(raw)) {
    finishRecord(record, raw, c.adjusted[i] as number, (flags & TOLERANCE_APPLIED) !== 0, 'indicator', cp.policy, cp.bands);
  }
  return record;
}
