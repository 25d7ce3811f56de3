/** Test support: formula trees without their spans, for structural comparison. */
import type { FormulaAst } from './formula-ast.js';

export type FormulaShape = unknown;

export function stripSpans(ast: FormulaAst): FormulaShape {
  switch (ast.kind) {
    case 'number': return { kind: 'number', value: ast.value };
    case 'measure': return { kind: 'measure', ref: ast.ref, time: ast.time };
    case 'parameter': return { kind: 'parameter', name: ast.name };
    case 'rollup': return { kind: 'rollup' };
    case 'unary': return { kind: 'unary', op: ast.op, operand: stripSpans(ast.operand) };
    case 'binary': return { kind: 'binary', op: ast.op, left: stripSpans(ast.left), right: stripSpans(ast.right) };
    case 'call': return { kind: 'call', fn: ast.fn, args: ast.args.map(stripSpans) };
  }
}
