/**
 * The formula environment scoring hands to compiled formulas: measures read from the value store
 * through the indicator's slots, the indicator's per-year parameters, and the roll-up of the node's
 * children. One mutable instance is reused across indicators (set, evaluate, move on), so the hot
 * path allocates nothing here.
 */
import type { FormulaEnv, FormulaValue, MeasureRef } from '../formula/formula-ast.js';
import { compileFormula } from '../formula/formula-evaluator.js';
import { parseFormula } from '../formula/formula-parser.js';
import type { Indicator } from '../plan/plan.schema.js';
import type { CompiledFormula, SlotRef } from './formula-shape.js';
import type { MeasureValueStore } from './measure-value-store.js';

const NO_ROLLUP: FormulaValue = {
  kind: 'error', code: 'no_children', span: { start: 0, end: 0 },
  message: { it: 'rollup() richiede un nodo con figli', en: 'rollup() needs a node with children' },
};
const NO_SLOTS: readonly number[] = [];

export class ScoringEnv implements FormulaEnv {
  year = 0;
  period: string | undefined = undefined;
  private yearKey = '';
  private parameters: Indicator['parameters'] = undefined;
  private rollupSource: { value(): FormulaValue } | null = null;
  private slots: readonly number[] = NO_SLOTS;

  constructor(private readonly store: MeasureValueStore) {}

  measure(ref: MeasureRef, year: number): number | boolean | string | null | undefined {
    const slot = (ref as Partial<SlotRef>).slot;
    const index = slot === undefined ? this.store.indexOf(ref) : this.slots[slot] ?? -1;
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
    this.slots = formula.measures;
    const result = formula.shape.run(this);
    if (!formula.shape.shared || (result.kind !== 'missing' && result.kind !== 'error')) return result;
    if (result.kind === 'missing') {
      return { kind: 'missing', missing: result.missing.map((item) => ({ ...item, measure: this.slotCode(formula, item.measure) })) };
    }
    // The shared shape's message would cite its own positions and slots: ask the indicator's formula.
    if (!formula.alone) {
      const parsed = parseFormula(formula.source);
      if (!parsed.ok) return result;
      formula.alone = compileFormula(parsed.value);
    }
    return formula.alone(this);
  }

  private slotCode(formula: CompiledFormula, key: string): string {
    const slot = Number(key.slice(1));
    const index = formula.measures[slot] ?? -1;
    return index >= 0 ? this.store.measures[index]?.code ?? key : formula.keys[slot] ?? key;
  }
}
