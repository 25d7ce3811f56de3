/**
 * The canonical printer of formulas: the shortest text that parses back to the same tree
 * (parentheses only where precedence or left-to-right grouping requires them).
 */
import type { FormulaAst, MeasureRef, TimeRef } from './formula-ast.js';

const PRECEDENCE = { additive: 1, multiplicative: 2, unary: 3, primary: 4 } as const;

function precedenceOf(ast: FormulaAst): number {
  if (ast.kind === 'binary') return ast.op === '+' || ast.op === '-' ? PRECEDENCE.additive : PRECEDENCE.multiplicative;
  if (ast.kind === 'unary') return PRECEDENCE.unary;
  if (ast.kind === 'number' && (ast.value < 0 || Object.is(ast.value, -0))) return PRECEDENCE.unary;
  return PRECEDENCE.primary;
}

export function formatMeasureRef(ref: MeasureRef): string {
  return ref.by === 'code' ? ref.key : `[${ref.key.replaceAll(']', ']]')}]`;
}

export function formatTimeRef(time: TimeRef): string {
  if (time.kind === 'absolute') return `@${String(time.year).padStart(4, '0')}`;
  if (time.offset === 0) return '';
  return time.offset < 0 ? `@t${time.offset}` : `@t+${time.offset}`;
}

function wrap(text: string, parens: boolean): string {
  return parens ? `(${text})` : text;
}

/** Prints a formula tree in canonical form: `([Numero soggetti] - [Numero soggetti]@t-1) / [Numero soggetti]@t-1 * 100`. */
export function formatFormula(ast: FormulaAst): string {
  switch (ast.kind) {
    case 'number':
      return Object.is(ast.value, -0) ? '-0' : String(ast.value);
    case 'measure':
      return formatMeasureRef(ast.ref) + formatTimeRef(ast.time);
    case 'parameter':
      return `$${ast.name}`;
    case 'rollup':
      return 'rollup()';
    case 'call':
      return `${ast.fn}(${ast.args.map(formatFormula).join(', ')})`;
    case 'unary':
      return `-${wrap(formatFormula(ast.operand), precedenceOf(ast.operand) < PRECEDENCE.unary)}`;
    case 'binary': {
      const own = precedenceOf(ast);
      const left = wrap(formatFormula(ast.left), precedenceOf(ast.left) < own);
      const right = wrap(formatFormula(ast.right), precedenceOf(ast.right) <= own);
      return `${left} ${ast.op} ${right}`;
    }
  }
}
