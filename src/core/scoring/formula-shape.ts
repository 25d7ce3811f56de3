/**
 * Formulas compiled once per shape. `M1 / M2 * 100` and `M7 / M9 * 100` differ only in the measures
 * they read: both are the shape `#0 / #1 * 100`, compiled once and shared; each indicator keeps just
 * the measures its slots stand for. A plan of a million indicators has a handful of shapes, so the
 * compiled closures stay few. The evaluator's messages name measures and positions of the formula it
 * ran, so a shared shape's missing-data list is translated back to the indicator's measures, and an
 * error (rare) is re-evaluated on the indicator's own formula for its exact message.
 * A shape made of numbers, measures and arithmetic also gets a numeric form (numeric-formula.ts) that
 * reads the value store's columns directly; it answers a plain number or NaN, and on NaN scoring asks
 * the general evaluator what went wrong (a missing value, a division by zero, …).
 */
import type { FormulaAst, FormulaEnv, FormulaValue, MeasureRef, TimeRef } from '../formula/formula-ast.js';
import { compileFormula } from '../formula/formula-evaluator.js';
import { usesRollup } from '../formula/formula-parser.js';
import type { MeasureValueStore } from './measure-value-store.js';
import { compileNumeric, type NumericFormula } from './numeric-formula.js';

/** A placeholder reference: the measure in slot `slot` of the indicator being evaluated. */
export interface SlotRef { by: 'code'; key: string; slot: number }

export interface FormulaShape {
  run: (env: FormulaEnv) => FormulaValue;
  /** Every (slot, time) the formula reads, in reading order, without repeats. */
  refs: ReadonlyArray<{ slot: number; time: TimeRef }>;
  rollup: boolean;
  /** Reads an earlier year: the formula computes a change (a growth rate) itself. */
  rate: boolean;
  /** False for a formula compiled on its own (it names a measure the plan lacks). */
  shared: boolean;
  /** The formula is one measure reference (slot 0) at this time: its value may be yes/no or a date. */
  lone: TimeRef | null;
  /**
   * The numeric form for formulas evaluated in `year` (null: the shape has none — parameters,
   * rollup(), a lone measure, or a measure the plan lacks). Made on first use per year and kept.
   */
  numericAt: (year: number) => NumericFormula | null;
}

export interface CompiledFormula {
  source: string;
  shape: FormulaShape;
  /** Measure index per slot (-1: no such measure in the plan). */
  measures: readonly number[];
  /** The reference text per slot when the plan lacks a measure (empty otherwise). */
  keys: readonly string[];
  /** The indicator's own formula compiled alone, made on the first error of a shared shape. */
  alone?: (env: FormulaEnv) => FormulaValue;
}

const slotRefs: SlotRef[] = [];
function slotRef(slot: number): SlotRef {
  while (slotRefs.length <= slot) slotRefs.push({ by: 'code', key: `#${slotRefs.length}`, slot: slotRefs.length });
  return slotRefs[slot] as SlotRef;
}

const timeKey = (time: TimeRef): string => (time.kind === 'relative' ? `t${time.offset}` : `y${time.year}`);

const NO_KEYS: readonly string[] = Object.freeze([]);

/** The slot of a reference: one per distinct measure reference, in reading order. */
function slotOf(ref: MeasureRef, slots: MeasureRef[]): number {
  for (let i = 0; i < slots.length; i += 1) {
    const seen = slots[i] as MeasureRef;
    if (seen.key === ref.key && seen.by === ref.by) return i;
  }
  slots.push(ref);
  return slots.length - 1;
}

/** The formula with measures replaced by slots, and a key naming its shape. */
function toShape(ast: FormulaAst, slots: MeasureRef[]): { ast: FormulaAst; key: string } {
  switch (ast.kind) {
    case 'number': return { ast, key: String(ast.value) };
    case 'parameter': return { ast, key: `$${ast.name}` };
    case 'rollup': return { ast, key: 'rollup()' };
    case 'measure': {
      const slot = slotOf(ast.ref, slots);
      return { ast: { ...ast, ref: slotRef(slot) }, key: `#${slot}@${timeKey(ast.time)}` };
    }
    case 'unary': {
      const operand = toShape(ast.operand, slots);
      return { ast: { ...ast, operand: operand.ast }, key: `-(${operand.key})` };
    }
    case 'binary': {
      const left = toShape(ast.left, slots);
      const right = toShape(ast.right, slots);
      return { ast: { ...ast, left: left.ast, right: right.ast }, key: `(${left.key}${ast.op}${right.key})` };
    }
    case 'call': {
      const args = ast.args.map((arg) => toShape(arg, slots));
      return { ast: { ...ast, args: args.map((a) => a.ast) }, key: `${ast.fn}(${args.map((a) => a.key).join(',')})` };
    }
  }
}

function slotReads(ast: FormulaAst, slots: MeasureRef[], into: Array<{ slot: number; time: TimeRef }>, seen: Set<string>): void {
  if (ast.kind === 'measure') {
    const slot = (ast.ref as Partial<SlotRef>).slot ?? slotOf(ast.ref, slots);
    const id = `${slot}@${timeKey(ast.time)}`;
    if (!seen.has(id)) {
      seen.add(id);
      into.push({ slot, time: ast.time });
    }
  } else if (ast.kind === 'unary') slotReads(ast.operand, slots, into, seen);
  else if (ast.kind === 'binary') {
    slotReads(ast.left, slots, into, seen);
    slotReads(ast.right, slots, into, seen);
  } else if (ast.kind === 'call') for (const arg of ast.args) slotReads(arg, slots, into, seen);
}

/** Compiles formulas by shape for one plan and year, sharing the compiled closures. */
export class FormulaShapes {
  private readonly shapes = new Map<string, FormulaShape>();

  constructor(private readonly store: MeasureValueStore, private readonly year: number) {}

  get size(): number {
    return this.shapes.size;
  }

  compile(source: string, ast: FormulaAst): CompiledFormula {
    const slots: MeasureRef[] = [];
    const shaped = toShape(ast, slots);
    const measures = slots.map((ref) => this.store.indexOf(ref));
    if (measures.includes(-1)) {
      const keys = slots.map((ref) => ref.key);
      return { source, shape: this.describe(ast, compileFormula(ast), slots, false), measures, keys };
    }
    let shape = this.shapes.get(shaped.key);
    if (!shape) this.shapes.set(shaped.key, (shape = this.describe(shaped.ast, compileFormula(shaped.ast), slots, true)));
    return { source, shape, measures, keys: NO_KEYS };
  }

  private describe(ast: FormulaAst, run: FormulaShape['run'], slots: MeasureRef[], shared: boolean): FormulaShape {
    const refs: Array<{ slot: number; time: TimeRef }> = [];
    slotReads(ast, slots, refs, new Set());
    const rate = refs.some(({ time }) => (time.kind === 'relative' ? time.offset < 0 : time.year < this.year));
    const lone = shared && ast.kind === 'measure' ? ast.time : null;
    const numeric = new Map<number, NumericFormula | null>();
    const store = this.store;
    let lastYear = Number.NaN;
    let last: NumericFormula | null = null;
    const numericAt = (year: number): NumericFormula | null => {
      if (year === lastYear) return last;
      if (!shared || lone !== null) return null;
      let compiled = numeric.get(year);
      if (compiled === undefined) numeric.set(year, (compiled = compileNumeric(ast, year, store)));
      lastYear = year;
      last = compiled;
      return compiled;
    };
    return { run, refs, rollup: usesRollup(ast), rate, shared, lone, numericAt };
  }
}
