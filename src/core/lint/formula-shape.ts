/**
 * What a formula's shape says about its scale and its time dependence: a trailing `*100` makes a
 * percentage, a division makes a ratio, a reference to t-1 or an earlier year makes a trend, and
 * the same measure divided by itself at an earlier time makes an index (100 = unchanged).
 */
import type { FormulaAst } from '../formula/formula-ast.js';

export function isNumber(ast: FormulaAst, value: number): boolean {
  return ast.kind === 'number' && ast.value === value;
}

/** `x*100`, `100*x`, `x*100/y`, `-(x*100)`: the formula yields percentage points. */
export function isTimes100(ast: FormulaAst): boolean {
  if (ast.kind === 'unary') return isTimes100(ast.operand);
  if (ast.kind !== 'binary') return false;
  if (ast.op === '*') return isNumber(ast.left, 100) || isNumber(ast.right, 100) || isTimes100(ast.left) || isTimes100(ast.right);
  if (ast.op === '/') return isTimes100(ast.left);
  return false;
}

/** The formula without its `*100` factor (the ratio it scales), or the formula itself. */
export function withoutTimes100(ast: FormulaAst): FormulaAst {
  if (ast.kind !== 'binary' || ast.op !== '*') return ast;
  if (isNumber(ast.right, 100)) return ast.left;
  if (isNumber(ast.left, 100)) return ast.right;
  return ast;
}

/** A division at the top (possibly under `*100`): the formula yields a ratio. */
export function isRatio(ast: FormulaAst): boolean {
  const core = withoutTimes100(ast);
  return core.kind === 'binary' && core.op === '/';
}

/** Every sub-tree, depth first. */
export function formulaNodes(ast: FormulaAst): FormulaAst[] {
  const nodes: FormulaAst[] = [ast];
  if (ast.kind === 'unary') nodes.push(...formulaNodes(ast.operand));
  if (ast.kind === 'binary') nodes.push(...formulaNodes(ast.left), ...formulaNodes(ast.right));
  if (ast.kind === 'call') nodes.push(...ast.args.flatMap(formulaNodes));
  return nodes;
}

/** The years before t the formula reads: 1 for t-1; for absolute years, their distance is not known here. */
export function readsEarlierYears(ast: FormulaAst): boolean {
  return formulaNodes(ast).some((node) =>
    node.kind === 'measure' && (node.time.kind === 'absolute' || node.time.offset < 0));
}

type MeasureNode = Extract<FormulaAst, { kind: 'measure' }>;

function loneMeasure(ast: FormulaAst): MeasureNode | undefined {
  return ast.kind === 'measure' ? ast : undefined;
}

/** `M@t / M@t-1` or `M@t / M@2019` (×100 or not): an index of one measure against an earlier time. */
export function isIndexOfItself(ast: FormulaAst): boolean {
  const core = withoutTimes100(ast);
  if (core.kind !== 'binary' || core.op !== '/') return false;
  const now = loneMeasure(core.left);
  const then = loneMeasure(core.right);
  if (now === undefined || then === undefined) return false;
  const sameMeasure = now.ref.by === then.ref.by && now.ref.key === then.ref.key;
  const nowIsCurrent = now.time.kind === 'relative' && now.time.offset === 0;
  const thenIsEarlier = then.time.kind === 'absolute' || then.time.offset < 0;
  return sameMeasure && nowIsCurrent && thenIsEarlier;
}

/** `(M@t - M@t-1) / M@t-1` (×100 or not): a growth rate. */
export function isGrowthRate(ast: FormulaAst): boolean {
  const core = withoutTimes100(ast);
  if (core.kind !== 'binary' || core.op !== '/') return false;
  const difference = core.left;
  return difference.kind === 'binary' && difference.op === '-' && readsEarlierYears(difference) && readsEarlierYears(core.right);
}
