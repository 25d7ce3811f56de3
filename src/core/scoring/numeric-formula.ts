/**
 * The numeric form of a formula shape: nested closures that read measures straight from the value
 * store's number columns (one Float64Array per year) through the indicator's slots, and return a
 * plain number. Anything that is not a plain number — a missing or non-numeric value (NaN in the
 * columns), a division by zero, an infinite result — comes out as NaN, and the caller then asks the
 * general evaluator (formula-evaluator.ts) for the exact answer with its message. So a finite result
 * here is always the very number the general evaluator computes: same operations, same order.
 */
import type { FormulaAst } from '../formula/formula-ast.js';
import type { MeasureValueStore } from './measure-value-store.js';

/** `slots[at + k]` is the measure of the indicator's slot k. */
export type NumericFormula = (slots: Int32Array, at: number) => number;

type Node = NumericFormula;

function slotOf(ast: Extract<FormulaAst, { kind: 'measure' }>): number {
  return (ast.ref as { slot?: number }).slot ?? -1;
}

function compileCall(ast: Extract<FormulaAst, { kind: 'call' }>, year: number, store: MeasureValueStore): Node | null {
  const args: Node[] = [];
  for (const arg of ast.args) {
    const node = compileNode(arg, year, store);
    if (node === null) return null;
    args.push(node);
  }
  const count = args.length;
  const sum: Node = (slots, at) => {
    let total = 0;
    for (let i = 0; i < count; i += 1) total += (args[i] as Node)(slots, at);
    return total;
  };
  if (ast.fn === 'sum') return sum;
  if (ast.fn === 'avg') return (slots, at) => sum(slots, at) / count;
  const pick = ast.fn === 'min' ? Math.min : Math.max;
  return (slots, at) => {
    let result = (args[0] as Node)(slots, at);
    for (let i = 1; i < count; i += 1) result = pick(result, (args[i] as Node)(slots, at));
    return result;
  };
}

function compileBinary(ast: Extract<FormulaAst, { kind: 'binary' }>, year: number, store: MeasureValueStore): Node | null {
  const left = compileNode(ast.left, year, store);
  const right = compileNode(ast.right, year, store);
  if (left === null || right === null) return null;
  switch (ast.op) {
    case '+': return (slots, at) => left(slots, at) + right(slots, at);
    case '-': return (slots, at) => left(slots, at) - right(slots, at);
    case '*': return (slots, at) => left(slots, at) * right(slots, at);
    case '/': return (slots, at) => {
      const dividend = left(slots, at);
      const divisor = right(slots, at);
      return divisor === 0 ? Number.NaN : dividend / divisor;
    };
  }
}

function compileNode(ast: FormulaAst, year: number, store: MeasureValueStore): Node | null {
  switch (ast.kind) {
    case 'number': {
      const value = ast.value;
      return () => value;
    }
    case 'measure': {
      const slot = slotOf(ast);
      if (slot < 0) return null;
      const numbers = store.numbersOf(ast.time.kind === 'relative' ? year + ast.time.offset : ast.time.year);
      return (slots, at) => numbers[slots[at + slot] as number] as number;
    }
    case 'unary': {
      const operand = compileNode(ast.operand, year, store);
      return operand === null ? null : (slots, at) => -operand(slots, at);
    }
    case 'binary': return compileBinary(ast, year, store);
    case 'call': return compileCall(ast, year, store);
    case 'parameter':
    case 'rollup':
      return null;
  }
}

/** The numeric form of a shape (measures as slots) evaluated in `year`, or null when it has none. */
export function compileNumeric(ast: FormulaAst, year: number, store: MeasureValueStore): NumericFormula | null {
  return compileNode(ast, year, store);
}
