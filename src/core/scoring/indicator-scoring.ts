/**
 * Scores one indicator for the year (or period): suspension first, then a manual achievement, then
 * the target, the formula value, the reference value the rule needs, and the rule itself; cap,
 * tolerance, output, rounding and band last. Every way out is a state with its reasons.
 */
import type { FormulaValue } from '../formula/formula-ast.js';
import type { Indicator } from '../plan/plan.schema.js';
import type { Target } from '../target/target-ast.js';
import { computeAchievement, type ActualValue } from './achievement-rule.js';
import type { CompiledFormula, CompiledIndicator, CompiledPlan } from './compiled-plan.js';
import type { EffectiveTarget, RuleKey, RuleOutcome } from './rule-outcome.js';
import { addMessages, applyFinish, NO_MESSAGES } from './score-group.js';
import type { ItemState, ScoredIndicator, ScoredInput } from './scored-plan.js';
import type { ScoringEnv } from './scoring-env.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';

/** The roll-up a `rollup()` formula reads, and whether the children were blocked. */
export interface RollupSource { value: () => FormulaValue; blocked: () => boolean }

function baseRecord(cp: CompiledPlan, ci: CompiledIndicator, indicator: Indicator): ScoredIndicator {
  return {
    kind: 'indicator', code: indicator.code, name: indicator.name, node: indicator.node,
    state: 'no_target', achievement: null, score: null, rounded: null, band: null,
    toleranceApplied: false, exclusion: null, manual: null, messages: NO_MESSAGES,
    formula: indicator.formula ?? null,
    value: null,
    target: ci.targetRecord,
    reference: null, rule: null, met: null, capApplied: false,
    expectedProgress: cp.expectedProgress, inputs: [],
  };
}

function inputsOf(cp: CompiledPlan, formula: CompiledFormula, year: number, into: ScoredInput[]): void {
  for (const { slot, time } of formula.shape.refs) {
    const refYear = time.kind === 'relative' ? year + time.offset : time.year;
    const measure = formula.measures[slot] as number;
    const key = formula.keys[slot] as string;
    into.push(measure >= 0 ? cp.store.input(measure, refYear) : { measure: key, name: key, year: refYear, value: null });
  }
}

function valueOf(evaluated: FormulaValue): ActualValue | null {
  return evaluated.kind === 'value' || evaluated.kind === 'boolean' || evaluated.kind === 'date' ? evaluated.value : null;
}

function missingMessage(evaluated: Extract<FormulaValue, { kind: 'missing' }>): ScoringMessage {
  const list = evaluated.missing.map((m) => `${m.measure} ${m.year}${m.period ? ` (${m.period})` : ''}`).join(', ');
  return scoringMessages.missingData(list);
}

/** Which earlier value the rule needs: the previous year (growth, linear baseline) or a given year (relative). */
function referenceYear(cp: CompiledPlan, target: Target, rule: RuleKey | undefined, rate: boolean): number | null {
  if (target.kind === 'growth') return rate ? null : cp.year - 1;
  if (target.kind === 'relative') return target.ref.kind === 'offset' ? cp.year + target.ref.offset : target.ref.year;
  if (target.kind !== 'compare') return null;
  const higher = target.op === '>=' || target.op === '>';
  const wanted = rule ?? (higher ? cp.policy.rules.atLeast : cp.policy.rules.atMost);
  return wanted === 'linear_baseline' ? cp.year - 1 : null;
}

function progressFor(cp: CompiledPlan, target: Target, indicator: Indicator): number {
  if (!cp.interim || cp.expectedProgress === null) return 1;
  if (target.kind !== 'compare' && target.kind !== 'growth' && target.kind !== 'relative' && target.kind !== 'range') return 1;
  const unit = (target.kind === 'compare' || target.kind === 'range') && target.unit !== 'number' ? target.unit : indicator.unit;
  return (cp.policy.interim.cumulativeUnits as readonly string[]).includes(unit) ? cp.expectedProgress / 100 : 1;
}

function finish(cp: CompiledPlan, record: ScoredIndicator, achievement: number, state: ItemState): ScoredIndicator {
  const cap = cp.policy.cap;
  const raw = achievement > cap ? cap : achievement;
  record.capApplied = achievement > cap;
  record.state = state;
  applyFinish(record, raw, raw, 'indicator', cp.policy, cp.bands);
  return record;
}

function settleMissing(cp: CompiledPlan, record: ScoredIndicator, reason: ScoringMessage): ScoredIndicator {
  record.state = 'missing';
  addMessages(record, [reason]);
  record.exclusion = { state: 'missing', reason };
  if (cp.policy.missingData === 'zero') {
    addMessages(record, [scoringMessages.missingCountsZero(record.code)]);
    return finish(cp, record, 0, 'missing');
  }
  return record;
}

function fail(record: ScoredIndicator, ...messages: ScoringMessage[]): ScoredIndicator {
  record.state = 'error';
  addMessages(record, messages);
  return record;
}

const fromError = (error: { code: string; message: { it: string; en: string } }): ScoringMessage =>
  ({ code: error.code, it: error.message.it, en: error.message.en });

/**
 * The year an indicator's baseline stands for: its own `year`, or — when the plan does not say — the
 * year before the plan's first year (the starting value written into the plan, DOMAIN.md §3).
 */
export function baselineYear(cp: CompiledPlan, indicator: Indicator): number {
  return indicator.baseline?.year ?? cp.plan.plan.firstYear - 1;
}

/** The baseline as the value of `year`, when it is a number standing for that year. */
function baselineFor(cp: CompiledPlan, indicator: Indicator, year: number): number | undefined {
  const value = indicator.baseline?.value;
  return typeof value === 'number' && baselineYear(cp, indicator) === year ? value : undefined;
}

/**
 * The earlier value a rule compares against; a record when it is missing or in error. Measured
 * values win; a growth or relative target whose reference year has no measured values falls back to
 * the baseline when the baseline stands for that year. A linear baseline uses the baseline first.
 */
function readReference(cp: CompiledPlan, env: ScoringEnv, ci: CompiledIndicator, indicator: Indicator, record: ScoredIndicator,
  year: number, rule: RuleKey | undefined): number | ScoredIndicator | undefined {
  const formula = ci.formula as CompiledFormula;
  if (rule === 'linear_baseline' || (rule === undefined && ci.target?.kind === 'compare')) {
    const baseline = indicator.baseline?.value;
    if (typeof baseline === 'number') {
      record.reference = { year: baselineYear(cp, indicator), value: baseline, source: 'baseline' };
      return baseline;
    }
  }
  const evaluated = env.evaluate(formula, indicator, year, undefined, null);
  inputsOf(cp, formula, year, record.inputs);
  if (evaluated.kind === 'error') return fail(record, fromError(evaluated));
  if (evaluated.kind !== 'value') {
    if (ci.target?.kind === 'compare') return undefined;
    const baseline = evaluated.kind === 'missing' ? baselineFor(cp, indicator, year) : undefined;
    if (baseline === undefined) return settleMissing(cp, record, scoringMessages.referenceMissing(year));
    record.reference = { year, value: baseline, source: 'baseline' };
    return baseline;
  }
  record.reference = { year, value: evaluated.value };
  return evaluated.value;
}

/** The target actually applied, when it differs from the text: pro-rated, growth level, a relative year's value. */
function appliedTarget(target: Target, effective: EffectiveTarget, rule: RuleKey): EffectiveTarget {
  switch (target.kind) {
    case 'compare': return effective === target.value ? null : effective;
    case 'range': return effective === `${target.min}–${target.max}` ? null : effective;
    case 'growth': return rule === 'growth_level' ? effective : null;
    case 'relative': return effective;
    default: return null;
  }
}

export function scoreIndicator(cp: CompiledPlan, env: ScoringEnv, ci: CompiledIndicator, rollup: RollupSource | null): ScoredIndicator {
  const indicator = cp.plan.indicators[ci.index] as Indicator;
  const record = baseRecord(cp, ci, indicator);
  if (ci.suspension) {
    record.state = 'suspended';
    record.exclusion = ci.suspension;
    return record;
  }
  let evaluated: FormulaValue | null = null;
  if (ci.formula) {
    evaluated = env.evaluate(ci.formula, indicator, cp.year, cp.interim ? cp.period?.code : undefined, rollup);
    record.value = valueOf(evaluated);
    inputsOf(cp, ci.formula, cp.year, record.inputs);
  }
  if (ci.manual) {
    record.manual = ci.manual;
    record.rule = 'manual';
    return finish(cp, record, ci.manual.achievement, 'manual');
  }
  if (ci.targetErrors) return fail(record, ...ci.targetErrors.map(fromError));
  const target = ci.target;
  if (target === null || target.kind === 'none') {
    record.exclusion = { state: 'no_target', reason: scoringMessages.noTarget(cp.year) };
    return record;
  }
  if (target.kind === 'manual') return settleMissing(cp, record, scoringMessages.manualRequired());
  if (ci.formulaErrors) return fail(record, ...ci.formulaErrors.map(fromError));
  if (!ci.formula || !evaluated) return fail(record, scoringMessages.formulaMissing());
  if (ci.formula.shape.rollup && rollup?.blocked()) {
    record.state = 'blocked';
    addMessages(record, [scoringMessages.childBlocked(indicator.node)]);
    return record;
  }
  if (evaluated.kind === 'error') return fail(record, fromError(evaluated));
  if (evaluated.kind === 'missing') return settleMissing(cp, record, missingMessage(evaluated));
  return applyRule(cp, env, ci, indicator, record, target, evaluated);
}

function applyRule(cp: CompiledPlan, env: ScoringEnv, ci: CompiledIndicator, indicator: Indicator, record: ScoredIndicator,
  target: Target, evaluated: FormulaValue): ScoredIndicator {
  const override = indicator.scoringRule as RuleKey | undefined;
  const formula = ci.formula as CompiledFormula;
  const year = referenceYear(cp, target, override, formula.shape.rate);
  let reference: number | undefined;
  if (year !== null) {
    const read = readReference(cp, env, ci, indicator, record, year, override);
    if (typeof read === 'object') return read;
    reference = read;
  }
  const progress = progressFor(cp, target, indicator);
  if (progress === 1) record.expectedProgress = null;
  const outcome: RuleOutcome = computeAchievement({
    target, actual: valueOf(evaluated) as ActualValue, progress, rateFormula: formula.shape.rate, reference, override,
  }, cp.policy.rules);
  if (!outcome.ok) return fail(record, outcome.error);
  record.rule = outcome.rule;
  record.met = outcome.met;
  const effective = appliedTarget(target, outcome.effectiveTarget, outcome.rule);
  if (record.target && effective !== null) record.target = { text: record.target.text, parsed: target, effective };
  addMessages(record, outcome.notes);
  return finish(cp, record, outcome.achievement, 'scored');
}
