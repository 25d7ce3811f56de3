/**
 * The value of an indicator's formula for a year. The common cases never leave typed arrays: a lone
 * measure holding a number or yes/no is read from the value store's columns, and an arithmetic
 * formula runs in its numeric form (numeric-formula.ts). Everything else — a missing value, a date,
 * an error, parameters, rollup() — goes through the general evaluator, which says exactly what the
 * value is or why there is none.
 */
import type { FormulaValue } from '../formula/formula-ast.js';
import type { Indicator } from '../plan/plan.schema.js';
import type { CompiledFormula, CompiledPlan } from './compiled-plan.js';
import type { FormulaShape } from './formula-shape.js';
import { SLOT_FALSE, SLOT_NUMBER, SLOT_TEXT, SLOT_TRUE } from './measure-value-store.js';
import type { ScoringEnv } from './scoring-env.js';

/** The roll-up a `rollup()` formula reads, and whether the children were blocked. */
export interface RollupSource { value: () => FormulaValue; blocked: () => boolean }

export const EVALUATED_NUMBER = 0;
export const EVALUATED_BOOLEAN = 1;
export const EVALUATED_DATE = 2;
export const EVALUATED_MISSING = 3;
export const EVALUATED_ERROR = 4;

/** One evaluation's outcome, reused from indicator to indicator. */
export class Evaluation {
  kind = EVALUATED_MISSING;
  number = Number.NaN;
  boolean = false;
  date = '';
  /** The general evaluator's answer, when it was asked (the only source of missing lists and errors). */
  general: FormulaValue | null = null;

  /** The value a rule compares: a number, yes/no or an ISO date. */
  actual(): number | boolean | string {
    return this.kind === EVALUATED_BOOLEAN ? this.boolean : this.kind === EVALUATED_DATE ? this.date : this.number;
  }
}

function fromGeneral(value: FormulaValue, out: Evaluation): void {
  out.general = value;
  switch (value.kind) {
    case 'value': out.kind = EVALUATED_NUMBER; out.number = value.value; return;
    case 'boolean': out.kind = EVALUATED_BOOLEAN; out.boolean = value.value; return;
    case 'date': out.kind = EVALUATED_DATE; out.date = value.value; return;
    case 'missing': out.kind = EVALUATED_MISSING; return;
    case 'error': out.kind = EVALUATED_ERROR; return;
  }
}

/** An ISO date (yyyy-mm-dd), checked without a regular expression. */
function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (let k = 0; k < 10; k += 1) {
    if (k === 4 || k === 7) continue;
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A lone measure from the columns: true when the slot holds a finite number, yes/no or a date. */
function readLone(cp: CompiledPlan, lone: NonNullable<FormulaShape['lone']>, at: number, year: number, out: Evaluation): boolean {
  const measureYear = lone.kind === 'relative' ? year + lone.offset : lone.year;
  const measure = cp.slotMeasures[at] as number;
  const kind = cp.store.kindsOf(measureYear)[measure];
  if (kind === SLOT_NUMBER) {
    const value = cp.store.numbersOf(measureYear)[measure] as number;
    if (!Number.isFinite(value)) return false;
    out.kind = EVALUATED_NUMBER;
    out.number = value;
    return true;
  }
  if (kind === SLOT_TEXT) {
    const text = cp.store.textOf(measure, measureYear);
    if (text === undefined || !isIsoDate(text)) return false;
    out.kind = EVALUATED_DATE;
    out.date = text;
    return true;
  }
  if (kind !== SLOT_TRUE && kind !== SLOT_FALSE) return false;
  out.kind = EVALUATED_BOOLEAN;
  out.boolean = kind === SLOT_TRUE;
  return true;
}

/**
 * Evaluates indicator `index`'s formula (of shape `shape`) for `year` into `out` (the period applies
 * to the scored year only; `rollup` to formulas that read the children).
 */
export function evaluateIndicator(cp: CompiledPlan, env: ScoringEnv, index: number, shape: FormulaShape,
  year: number, period: string | undefined, rollup: RollupSource | null, out: Evaluation): void {
  out.general = null;
  const at = cp.slotStart[index] as number;
  if (shape.lone !== null && readLone(cp, shape.lone, at, year, out)) return;
  const numeric = shape.numericAt(year);
  if (numeric !== null) {
    const value = numeric(cp.slotMeasures, at);
    if (Number.isFinite(value)) {
      out.kind = EVALUATED_NUMBER;
      out.number = value;
      return;
    }
  }
  const formula = cp.indicators[index]?.formula as CompiledFormula;
  fromGeneral(env.evaluate(formula, cp.plan.indicators[index] as Indicator, year, period, rollup), out);
}
