/**
 * Scores one indicator for the year (or period) into the run's columns: suspension first, then a
 * manual achievement, then the target, the formula value, the reference value the rule needs, and
 * the rule itself; cap and tolerance last (the published output, its rounding and band are read off
 * when the record is built, indicator-record.ts). Every way out is a state with its reasons; reasons
 * and texts go to the sparse details, so the common case writes numbers only.
 */
import type { FormulaValue } from '../formula/formula-ast.js';
import type { Indicator, ManualAchievement } from '../plan/plan.schema.js';
import type { Target } from '../target/target-ast.js';
import { computeAchievementInto, type RuleInput } from './achievement-rule.js';
import type { CompiledPlan } from './compiled-plan.js';
import { I_FORMULA_ERRORS, I_MANUAL, I_OVERRIDE, I_SUSPENDED, I_TARGET_ERRORS } from './compiled-tables.js';
import type { FormulaShape } from './formula-shape.js';
import {
  Evaluation, evaluateIndicator, EVALUATED_BOOLEAN, EVALUATED_DATE, EVALUATED_ERROR, EVALUATED_MISSING, EVALUATED_NUMBER,
  type RollupSource,
} from './indicator-evaluation.js';
import { appliedTarget, baselineFor, baselineYear, referenceYear } from './indicator-rule-inputs.js';
import { reusableOutcome, RULE_KEYS, type RuleKey } from './rule-outcome.js';
import {
  BLOCKED, CAP_APPLIED, ERROR, EVALUATED, MANUAL, MET, MET_KNOWN, MISSING, NO_TARGET, PROGRESS_CLEARED, REFERENCE_BASELINE,
  REFERENCE_READ, REFERENCE_SET, SCORED, SUSPENDED, TOLERANCE_APPLIED, VALUE_BOOLEAN, VALUE_DATE, VALUE_NONE, VALUE_NUMBER, dateValue,
  type IndicatorColumns, type IndicatorDetails,
} from './score-columns.js';
import { NO_MESSAGES } from './score-group.js';
import { toleranceThreshold } from './score-finish.js';
import type { ScoringEnv } from './scoring-env.js';
import type { TargetEntry } from './source-cache.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';

export type { RollupSource } from './indicator-evaluation.js';

/** RULE_KEYS[k] is stored as k + 1 (0: no rule). */
export const RULE_CODE = Object.fromEntries(RULE_KEYS.map((key, k) => [key, k + 1])) as Record<RuleKey, number>;

const fromError = (error: { code: string; message: { it: string; en: string } }): ScoringMessage =>
  ({ code: error.code, it: error.message.it, en: error.message.en });

function missingMessage(evaluated: FormulaValue | null): ScoringMessage {
  const missing = evaluated?.kind === 'missing' ? evaluated.missing : [];
  return scoringMessages.missingData(missing.map((m) => `${m.measure} ${m.year}${m.period ? ` (${m.period})` : ''}`).join(', '));
}

/** Returned by the steps that settled the indicator (a state with its reasons); scoring stops there. */
const SETTLED = Symbol('settled');

/** Scores indicators into columns; one per run, reused for every indicator (no allocation on the common path). */
export class IndicatorScorer {
  private readonly evaluation = new Evaluation();
  private readonly referenceValue = new Evaluation();
  private readonly outcome = reusableOutcome();
  private readonly input: RuleInput = { target: { kind: 'none' }, actual: 0, reference: undefined, rateFormula: false, progress: 1, override: undefined };
  private readonly tolerance: number | null;
  private readonly period: string | undefined;
  /**
   * False while the columns are fresh (every indicator scored once, in a full pass): nothing to clear.
   * The owner sets it once the columns hold results (re-scoring after a change).
   */
  rescoring = false;
  private lastRule: RuleKey = 'manual';
  private lastRuleCode = RULE_CODE.manual;

  constructor(readonly cp: CompiledPlan, readonly env: ScoringEnv, readonly columns: IndicatorColumns) {
    this.tolerance = toleranceThreshold(cp.policy, 'indicator');
    this.period = cp.interim ? cp.period?.code : undefined;
  }

  /** Scores indicator `i` (its node's roll-up given for `rollup()` formulas). */
  score(i: number, rollup: RollupSource | null): void {
    const { cp, columns: c } = this;
    const tables = cp.tables.indicators;
    const flags = tables.flags[i] as number;
    if (this.rescoring) this.reset(i);
    if ((flags & I_SUSPENDED) !== 0) {
      c.state[i] = SUSPENDED;
      return;
    }
    const shapeId = tables.shape[i] as number;
    const shape = shapeId < 0 ? null : tables.shapes[shapeId] as FormulaShape;
    if (shape !== null) {
      evaluateIndicator(cp, this.env, i, shape, cp.year, this.period, rollup, this.evaluation);
      this.keepValue(i, this.evaluation);
    }
    if ((flags & I_MANUAL) !== 0) {
      c.rule[i] = RULE_CODE.manual;
      this.finish(i, (cp.indicators[i]?.manual as ManualAchievement).achievement, MANUAL);
      return;
    }
    this.scoreTarget(i, flags, shape, rollup);
  }

  private scoreTarget(i: number, flags: number, shape: FormulaShape | null, rollup: RollupSource | null): void {
    const cp = this.cp;
    if ((flags & I_TARGET_ERRORS) !== 0) return this.fail(i, (cp.indicators[i]?.targetErrors ?? []).map(fromError));
    const targetId = cp.tables.indicators.target[i] as number;
    const entry = targetId < 0 ? null : cp.targets[targetId] as TargetEntry;
    const target = entry === null ? null : entry.target;
    if (entry === null || target === null || target.kind === 'none') return;
    if (target.kind === 'manual') return this.settleMissing(i, scoringMessages.manualRequired());
    if ((flags & I_FORMULA_ERRORS) !== 0) return this.fail(i, (cp.indicators[i]?.formulaErrors ?? []).map(fromError));
    if (shape === null) return this.fail(i, [scoringMessages.formulaMissing()]);
    if (shape.rollup && rollup?.blocked()) {
      this.columns.state[i] = BLOCKED;
      this.say(i, [scoringMessages.childBlocked((cp.plan.indicators[i] as Indicator).node)]);
      return;
    }
    const evaluation = this.evaluation;
    if (evaluation.kind === EVALUATED_ERROR) return this.fail(i, [fromError(evaluation.general as Extract<FormulaValue, { kind: 'error' }>)]);
    if (evaluation.kind === EVALUATED_MISSING) return this.settleMissing(i, missingMessage(evaluation.general));
    this.applyRule(i, flags, shape, target, entry.progress);
  }

  private applyRule(i: number, flags: number, shape: FormulaShape, target: Target, progress: number): void {
    const c = this.columns;
    const override = (flags & I_OVERRIDE) === 0 ? undefined : (this.cp.plan.indicators[i] as Indicator).scoringRule as RuleKey;
    const year = referenceYear(this.cp, target, override, shape.rate);
    let reference: number | undefined;
    if (year !== null) {
      const read = this.readReference(i, shape, target, year, override);
      if (read === SETTLED) return;
      reference = read;
    }
    if (progress === 1) c.flags[i] = (c.flags[i] as number) | PROGRESS_CLEARED;
    const input = this.input;
    input.target = target;
    input.actual = this.evaluation.actual();
    input.progress = progress;
    input.rateFormula = shape.rate;
    input.reference = reference;
    input.override = override;
    const outcome = computeAchievementInto(input, this.cp.policy.rules, this.outcome);
    if (!outcome.ok) return this.fail(i, [outcome.error]);
    c.rule[i] = this.ruleCode(outcome.rule);
    c.flags[i] = (c.flags[i] as number) | MET_KNOWN | (outcome.met ? MET : 0);
    const effective = appliedTarget(target, outcome.effectiveTarget, outcome.rule);
    if (typeof effective === 'number') c.effective[i] = effective;
    else if (effective !== null) this.details(i).effective = effective;
    this.say(i, outcome.notes);
    this.finish(i, outcome.achievement, SCORED);
  }

  /**
   * The earlier value a rule compares against, or SETTLED when it is missing or in error. Measured
   * values win; a growth or relative target whose reference year has no measured values falls back
   * to the baseline when the baseline stands for that year. A linear baseline uses the baseline first.
   */
  private readReference(i: number, shape: FormulaShape, target: Target, year: number,
    rule: RuleKey | undefined): number | undefined | typeof SETTLED {
    const { cp, columns: c } = this;
    if (rule === 'linear_baseline' || (rule === undefined && target.kind === 'compare')) {
      const indicator = cp.plan.indicators[i] as Indicator;
      const baseline = indicator.baseline?.value;
      if (typeof baseline === 'number') return this.keepReference(i, baselineYear(cp, indicator), baseline, REFERENCE_BASELINE);
    }
    const evaluated = this.referenceValue;
    evaluateIndicator(cp, this.env, i, shape, year, undefined, null, evaluated);
    c.flags[i] = (c.flags[i] as number) | REFERENCE_READ;
    c.refYear[i] = year;
    if (evaluated.kind === EVALUATED_ERROR) {
      this.fail(i, [fromError(evaluated.general as Extract<FormulaValue, { kind: 'error' }>)]);
      return SETTLED;
    }
    if (evaluated.kind !== EVALUATED_NUMBER) {
      if (target.kind === 'compare') return undefined;
      const baseline = evaluated.kind === EVALUATED_MISSING ? baselineFor(cp, cp.plan.indicators[i] as Indicator, year) : undefined;
      if (baseline !== undefined) return this.keepReference(i, year, baseline, REFERENCE_BASELINE);
      this.settleMissing(i, scoringMessages.referenceMissing(year));
      return SETTLED;
    }
    return this.keepReference(i, year, evaluated.number, 0);
  }

  /** RULE_CODE[rule], remembering the last rule (consecutive indicators mostly share one). */
  private ruleCode(rule: RuleKey): number {
    if (rule !== this.lastRule) {
      this.lastRule = rule;
      this.lastRuleCode = RULE_CODE[rule];
    }
    return this.lastRuleCode;
  }

  private keepReference(i: number, year: number, value: number, source: number): number {
    const c = this.columns;
    c.refYear[i] = year;
    c.refValue[i] = value;
    c.flags[i] = (c.flags[i] as number) | REFERENCE_SET | source;
    return value;
  }

  private keepValue(i: number, evaluation: Evaluation): void {
    const c = this.columns;
    c.flags[i] = (c.flags[i] as number) | EVALUATED;
    switch (evaluation.kind) {
      case EVALUATED_NUMBER: c.valueKind[i] = VALUE_NUMBER; c.value[i] = evaluation.number; return;
      case EVALUATED_BOOLEAN: c.valueKind[i] = VALUE_BOOLEAN; c.value[i] = evaluation.boolean ? 1 : 0; return;
      case EVALUATED_DATE: c.valueKind[i] = VALUE_DATE; c.value[i] = dateValue(evaluation.date); return;
      default: return;
    }
  }

  private finish(i: number, achievement: number, state: number): void {
    const c = this.columns;
    const cap = this.cp.policy.cap;
    const raw = achievement > cap ? cap : achievement;
    const tolerant = this.tolerance !== null && raw >= this.tolerance && raw < 100;
    c.state[i] = state;
    c.raw[i] = raw;
    c.adjusted[i] = tolerant ? 100 : raw;
    c.flags[i] = (c.flags[i] as number) | (achievement > cap ? CAP_APPLIED : 0) | (tolerant ? TOLERANCE_APPLIED : 0);
  }

  private settleMissing(i: number, reason: ScoringMessage): void {
    this.columns.state[i] = MISSING;
    this.say(i, [reason]);
    this.details(i).missingReason = reason;
    if (this.cp.policy.missingData === 'zero') {
      this.say(i, [scoringMessages.missingCountsZero((this.cp.plan.indicators[i] as Indicator).code)]);
      this.finish(i, 0, MISSING);
    }
  }

  private fail(i: number, messages: ScoringMessage[]): void {
    this.columns.state[i] = ERROR;
    this.say(i, messages);
  }

  private say(i: number, messages: readonly ScoringMessage[]): void {
    if (messages.length === 0) return;
    const details = this.details(i);
    if (details.messages === NO_MESSAGES) details.messages = messages.slice();
    else details.messages.push(...messages);
  }

  private details(i: number): IndicatorDetails {
    let details = this.columns.details.get(i);
    if (!details) this.columns.details.set(i, (details = { messages: NO_MESSAGES }));
    return details;
  }

  /** Clears indicator i's columns before it is scored again (fresh columns start cleared). */
  private reset(i: number): void {
    const c = this.columns;
    c.state[i] = NO_TARGET;
    c.raw[i] = Number.NaN;
    c.adjusted[i] = Number.NaN;
    c.valueKind[i] = VALUE_NONE;
    c.rule[i] = 0;
    c.flags[i] = 0;
    c.effective[i] = Number.NaN;
    if (c.details.size > 0) c.details.delete(i);
  }
}
