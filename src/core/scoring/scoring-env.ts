/**
 * The formula environment scoring hands to compiled formulas: measures read from the value store,
 * the indicator's per-year parameters, and the roll-up of the node's children. One mutable instance
 * is reused across indicators (set, evaluate, move on), so the hot path allocates nothing here.
 */
import type { FormulaEnv, FormulaValue, MeasureRef } from '../formula/formula-ast.js';
import type { Indicator } from '../plan/plan.schema.js';
import type { MeasureValueStore } from './measure-value-store.js';
import type { CompiledFormula } from './compiled-plan.js';

const NO_ROLLUP: FormulaValue = {
  kind: 'error', code: 'no_children', span: { start: 0, end: 0 },
  message: { it: 'rollup() richiede un nodo con figli', en: 'rollup() needs a node with children' },
};

export class ScoringEnv implements FormulaEnv {
  year = 0;
  period: string | undefined = undefined;
  private yearKey = '';
  private parameters: Indicator['parameters'] = undefined;
  private rollupSource: { value(): FormulaValue } | null = null;
  private refs: CompiledFormula['refs'] = [];

  constructor(private readonly store: MeasureValueStore) {}

  measure(ref: MeasureRef, year: number): number | boolean | string | null | undefined {
    // The formula's references were resolved when it was compiled: find this one by identity.
    const refs = this.refs;
    for (let i = 0; i < refs.length; i += 1) {
      const resolved = refs[i] as CompiledFormula['refs'][number];
      if (resolved.ref === ref) return resolved.measure < 0 ? undefined : this.store.read(resolved.measure, year);
    }
    const index = this.store.indexOf(ref);
    return index < 0 ? undefined : this.store.read(index, year);
  }

  parameter(name: string): number | undefined {
    return this.parameters?.[name]?.[this.yearKey];
  }

  rollup(): FormulaValue {
    return this.rollupSource === null ? NO_ROLLUP : this.rollupSource.value();
  }

  /** Evaluates a formula for a year; the period applies to the scored year only. */
  evaluate(formula: CompiledFormula, indicator: Indicator, year: number, period: string | undefined,
    rollup: { value(): FormulaValue } | null): FormulaValue {
    this.year = year;
    this.yearKey = String(year);
    this.period = period;
    this.parameters = indicator.parameters;
    this.rollupSource = rollup;
    this.refs = formula.refs;
    return formula.run(this);
  }
}
