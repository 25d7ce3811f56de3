/**
 * The canonical formula language: its syntax tree and the result of evaluating it.
 *
 * Syntax (documented in docs/formats/formula.md):
 *   measure by code        RI_PRAT            (letters, digits, _ and . ; starts with a letter or _)
 *   measure by name        [Numero soggetti]  (any characters; a ] inside is written ]])
 *   time reference         M@t  M@t-1  [Diritto annuale]@2019   (default t = the year being scored)
 *   numbers                12  0.5  (decimal point; Italian formatting belongs to the prose importer)
 *   operators              + - * / and parentheses, unary minus
 *   functions              sum(a, b, …)  avg(…)  min(…)  max(…)
 *   roll-up of child nodes rollup()  (weighted mean of the achievements of the node's children)
 *   parameters             $N  (a per-year parameter of the indicator)
 */

/** Character offsets into the source text, 0-based, end exclusive. */
export interface SourceSpan { start: number; end: number }

export type TimeRef =
  | { kind: 'relative'; offset: number } // t (0), t-1 (-1)
  | { kind: 'absolute'; year: number };

export type FormulaAst =
  | { kind: 'number'; value: number; span: SourceSpan }
  | { kind: 'measure'; ref: { by: 'code' | 'name'; key: string }; time: TimeRef; span: SourceSpan }
  | { kind: 'parameter'; name: string; span: SourceSpan }
  | { kind: 'unary'; op: '-'; operand: FormulaAst; span: SourceSpan }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaAst; right: FormulaAst; span: SourceSpan }
  | { kind: 'call'; fn: 'sum' | 'avg' | 'min' | 'max'; args: FormulaAst[]; span: SourceSpan }
  | { kind: 'rollup'; span: SourceSpan };

/** A parse error: a bilingual message and the character position it refers to. */
export interface FormulaError {
  code: string;
  message: { it: string; en: string };
  position: number;
  span?: SourceSpan;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FormulaError[] };

/** A measure value the evaluator asked for and did not find. */
export interface MissingInput { measure: string; year: number; period?: string }

/**
 * The result of evaluating a formula. A lone reference to a yes/no or date measure yields `boolean` or
 * `date` (for SI/NO and deadline targets); arithmetic always yields a number or an error.
 */
export type FormulaValue =
  | { kind: 'value'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: string }
  | { kind: 'missing'; missing: MissingInput[] }
  | { kind: 'error'; code: 'division_by_zero' | 'unknown_measure' | 'unknown_parameter' | 'no_children' | 'not_a_number'; message: { it: string; en: string }; span: SourceSpan };

export type MeasureRef = Extract<FormulaAst, { kind: 'measure' }>['ref'];

/**
 * What the evaluator reads from the outside world. `measure` returns the value of a measure for a year
 * (for the period being scored when `period` is set): a number, a boolean, an ISO date, `null` when the
 * measure exists but has no value, `undefined` when no such measure exists.
 */
export interface FormulaEnv {
  year: number;
  period?: string;
  measure(ref: MeasureRef, year: number): number | boolean | string | null | undefined;
  parameter(name: string): number | undefined;
  /** Weighted mean of the achievements of the node's children, supplied by the scorer. */
  rollup(): FormulaValue;
}
