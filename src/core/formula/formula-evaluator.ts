/**
 * The formula evaluator. compileFormula turns a tree into nested closures once; each closure returns a
 * plain number, and NaN signals "no number here" with the reason recorded in the evaluation slots
 * below. The slots are module variables saved and restored around each evaluation, so evaluation is
 * re-entrant (a rollup() that evaluates other formulas is safe) and the value path allocates only the
 * result object.
 */
import type { FormulaAst, FormulaEnv, FormulaValue, MeasureRef, MissingInput, SourceSpan } from './formula-ast.js';
import { formatMeasureRef } from './formula-format.js';

type ErrorValue = Extract<FormulaValue, { kind: 'error' }>;
type NumberNode = (env: FormulaEnv) => number;

let errorSlot: ErrorValue | null = null;
let missingSlot: MissingInput[] | null = null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(error: ErrorValue): number {
  if (errorSlot === null) errorSlot = error;
  return NaN;
}

function errorValue(code: ErrorValue['code'], span: SourceSpan, it: string, en: string): ErrorValue {
  return { kind: 'error', code, message: { it, en }, span };
}

const evaluationErrors = {
  divisionByZero: (span: SourceSpan) => errorValue('division_by_zero', span,
    `Divisione per zero (posizione ${span.start + 1})`, `Division by zero (position ${span.start + 1})`),
  unknownMeasure: (ref: MeasureRef, span: SourceSpan) => errorValue('unknown_measure', span,
    `Misura sconosciuta ${formatMeasureRef(ref)}`, `Unknown measure ${formatMeasureRef(ref)}`),
  unknownParameter: (name: string, span: SourceSpan) => errorValue('unknown_parameter', span,
    `Parametro $${name} non definito per l'anno`, `Parameter $${name} is not set for the year`),
  notANumber: (span: SourceSpan, what: string) => errorValue('not_a_number', span,
    `Valore non numerico in un calcolo: ${what}`, `Non-numeric value in a calculation: ${what}`),
};

function addMissing(measure: string, year: number, env: FormulaEnv): number {
  const period = year === env.year ? env.period : undefined;
  const list = missingSlot ?? (missingSlot = []);
  for (const item of list) {
    if (item.measure === measure && item.year === year && item.period === period) return NaN;
  }
  list.push(period === undefined ? { measure, year } : { measure, year, period });
  return NaN;
}

function compileMeasure(ast: Extract<FormulaAst, { kind: 'measure' }>): NumberNode {
  const { ref, span, time } = ast;
  const absolute = time.kind === 'absolute' ? time.year : 0;
  const offset = time.kind === 'relative' ? time.offset : 0;
  const relative = time.kind === 'relative';
  return (env) => {
    const year = relative ? env.year + offset : absolute;
    const value = env.measure(ref, year);
    if (typeof value === 'number') return value;
    if (value === null) return addMissing(ref.key, year, env);
    if (value === undefined) return fail(evaluationErrors.unknownMeasure(ref, span));
    return fail(evaluationErrors.notANumber(span, `${formatMeasureRef(ref)} = ${String(value)}`));
  };
}

function compileBinary(ast: Extract<FormulaAst, { kind: 'binary' }>): NumberNode {
  const left = compileNode(ast.left);
  const right = compileNode(ast.right);
  const span = ast.span;
  switch (ast.op) {
    case '+': return (env) => left(env) + right(env);
    case '-': return (env) => left(env) - right(env);
    case '*': return (env) => left(env) * right(env);
    case '/': return (env) => {
      const dividend = left(env);
      const divisor = right(env);
      return divisor === 0 ? fail(evaluationErrors.divisionByZero(span)) : dividend / divisor;
    };
  }
}

function compileCall(ast: Extract<FormulaAst, { kind: 'call' }>): NumberNode {
  const args = ast.args.map(compileNode);
  const count = args.length;
  const sum: NumberNode = (env) => {
    let total = 0;
    for (let i = 0; i < count; i += 1) total += (args[i] as NumberNode)(env);
    return total;
  };
  if (ast.fn === 'sum') return sum;
  if (ast.fn === 'avg') return (env) => sum(env) / count;
  const pick = ast.fn === 'min' ? Math.min : Math.max;
  return (env) => {
    let result = (args[0] as NumberNode)(env);
    for (let i = 1; i < count; i += 1) result = pick(result, (args[i] as NumberNode)(env));
    return result;
  };
}

/** A FormulaValue (from rollup()) inside arithmetic: its number, or NaN with the reason recorded. */
function numberOf(value: FormulaValue, span: SourceSpan): number {
  switch (value.kind) {
    case 'value': return value.value;
    case 'missing':
      for (const item of value.missing) {
        const list = missingSlot ?? (missingSlot = []);
        if (!list.some((m) => m.measure === item.measure && m.year === item.year && m.period === item.period)) list.push(item);
      }
      return NaN;
    case 'error': return fail(value);
    default: return fail(evaluationErrors.notANumber(span, String(value.value)));
  }
}

function compileNode(ast: FormulaAst): NumberNode {
  switch (ast.kind) {
    case 'number': {
      const value = ast.value;
      return () => value;
    }
    case 'measure': return compileMeasure(ast);
    case 'parameter': {
      const { name, span } = ast;
      return (env) => env.parameter(name) ?? fail(evaluationErrors.unknownParameter(name, span));
    }
    case 'unary': {
      const operand = compileNode(ast.operand);
      return (env) => -operand(env);
    }
    case 'binary': return compileBinary(ast);
    case 'call': return compileCall(ast);
    case 'rollup': {
      const span = ast.span;
      return (env) => numberOf(env.rollup(), span);
    }
  }
}

/** A lone measure reference may yield a yes/no or a date (for SI/NO and deadline targets). */
function compileLoneMeasure(ast: Extract<FormulaAst, { kind: 'measure' }>): (env: FormulaEnv) => FormulaValue {
  const { ref, time, span } = ast;
  return (env) => {
    const year = time.kind === 'relative' ? env.year + time.offset : time.year;
    const raw = env.measure(ref, year);
    if (typeof raw === 'number') {
      return Number.isFinite(raw) ? { kind: 'value', value: raw } : evaluationErrors.notANumber(span, String(raw));
    }
    if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
    if (raw === null) {
      const period = year === env.year ? env.period : undefined;
      return { kind: 'missing', missing: [period === undefined ? { measure: ref.key, year } : { measure: ref.key, year, period }] };
    }
    if (raw === undefined) return evaluationErrors.unknownMeasure(ref, span);
    if (ISO_DATE.test(raw)) return { kind: 'date', value: raw };
    return evaluationErrors.notANumber(span, `${formatMeasureRef(ref)} = ${raw}`);
  };
}

function compileArithmetic(ast: FormulaAst): (env: FormulaEnv) => FormulaValue {
  const node = compileNode(ast);
  const span = ast.span;
  return (env) => {
    const savedError = errorSlot;
    const savedMissing = missingSlot;
    errorSlot = null;
    missingSlot = null;
    try {
      const result = node(env);
      if (errorSlot !== null) return errorSlot;
      if (missingSlot !== null) return { kind: 'missing', missing: missingSlot };
      if (Number.isFinite(result)) return { kind: 'value', value: result };
      return evaluationErrors.notANumber(span, String(result));
    } finally {
      errorSlot = savedError;
      missingSlot = savedMissing;
    }
  };
}

/**
 * Compiles a formula once into a function of the environment. Errors win over missing inputs
 * (they do not go away when the data arrives); missing inputs are all listed, without repeats.
 */
export function compileFormula(ast: FormulaAst): (env: FormulaEnv) => FormulaValue {
  if (ast.kind === 'measure') return compileLoneMeasure(ast);
  if (ast.kind === 'rollup') return (env) => env.rollup();
  return compileArithmetic(ast);
}

/** Evaluates a formula once (compiles it on the way: prefer compileFormula for repeated use). */
export function evaluateFormula(ast: FormulaAst, env: FormulaEnv): FormulaValue {
  return compileFormula(ast)(env);
}
