import { describe, expect, it } from 'vitest';
import type { FormulaAst, FormulaEnv, FormulaValue, MeasureRef } from './formula-ast.js';
import { compileFormula, evaluateFormula } from './formula-evaluator.js';
import { parseFormula } from './formula-parser.js';

type Stored = number | boolean | string | null;

/** An environment over a table of `key@year` values; keys absent from `known` are unknown measures. */
function buildEnv(values: Record<string, Stored>, options: { year?: number; period?: string; parameters?: Record<string, number>; rollup?: FormulaValue } = {}): FormulaEnv {
  const known = new Set(Object.keys(values).map((key) => key.split('@')[0]));
  return {
    year: options.year ?? 2021,
    period: options.period,
    measure(ref: MeasureRef, year: number) {
      if (!known.has(ref.key)) return undefined;
      const value = values[`${ref.key}@${year}`];
      return value === undefined ? null : value;
    },
    parameter: (name) => options.parameters?.[name],
    rollup: () => options.rollup ?? { kind: 'error', code: 'no_children', message: { it: 'Nessun figlio', en: 'No children' }, span: { start: 0, end: 0 } },
  };
}

function ast(source: string): FormulaAst {
  const result = parseFormula(source);
  if (!result.ok) throw new Error(`${source}: ${result.errors[0]?.message.en}`);
  return result.value;
}

function run(source: string, env: FormulaEnv): FormulaValue {
  return evaluateFormula(ast(source), env);
}

const growth = '([Numero soggetti] - [Numero soggetti]@t-1) / [Numero soggetti]@t-1 * 100';

describe('evaluateFormula: numbers', () => {
  it('computes a growth rate over the year being scored and the one before', () => {
    const env = buildEnv({ 'Numero soggetti@2021': 640, 'Numero soggetti@2020': 581 });
    const value = run(growth, env);
    expect(value.kind).toBe('value');
    expect(value.kind === 'value' && value.value).toBeCloseTo(10.154905, 5);
  });

  it('reads absolute years, parameters and functions', () => {
    const env = buildEnv({ 'DA@2021': 90, 'DA@2019': 120, 'A@2021': 2, 'B@2021': 6 }, { parameters: { N: 15 } });
    expect(run('DA / DA@2019', env)).toEqual({ kind: 'value', value: 0.75 });
    expect(run('$N * 2 - 1', env)).toEqual({ kind: 'value', value: 29 });
    expect(run('sum(A, B, 1)', env)).toEqual({ kind: 'value', value: 9 });
    expect(run('avg(A, B)', env)).toEqual({ kind: 'value', value: 4 });
    expect(run('min(A, B, -1)', env)).toEqual({ kind: 'value', value: -1 });
    expect(run('max(A, B)', env)).toEqual({ kind: 'value', value: 6 });
    expect(run('-A * -B', env)).toEqual({ kind: 'value', value: 12 });
  });

  it('uses the roll-up supplied by the scorer', () => {
    const env = buildEnv({}, { rollup: { kind: 'value', value: 0.75 } });
    expect(run('rollup() * 100', env)).toEqual({ kind: 'value', value: 75 });
    expect(run('rollup()', env)).toEqual({ kind: 'value', value: 0.75 });
  });
});

describe('evaluateFormula: missing values, errors, yes/no and dates', () => {
  it('lists every missing input once, with the period for the scored year only', () => {
    const env = buildEnv({ 'Numero soggetti@2019': 1, 'B@2019': 1 }, { period: '2021-1' });
    expect(run(`${growth} + B`, env)).toEqual({
      kind: 'missing',
      missing: [
        { measure: 'Numero soggetti', year: 2021, period: '2021-1' },
        { measure: 'Numero soggetti', year: 2020 },
        { measure: 'B', year: 2021, period: '2021-1' },
      ],
    });
  });

  it('propagates missing through every function and through rollup()', () => {
    const env = buildEnv({ 'A@2021': 1, 'B@2020': 1 }, { rollup: { kind: 'missing', missing: [{ measure: 'X', year: 2021 }] } });
    for (const fn of ['sum', 'avg', 'min', 'max']) {
      expect(run(`${fn}(A, B)`, env)).toEqual({ kind: 'missing', missing: [{ measure: 'B', year: 2021 }] });
    }
    expect(run('rollup() + B', env)).toEqual({ kind: 'missing', missing: [{ measure: 'X', year: 2021 }, { measure: 'B', year: 2021 }] });
    expect(run('B', env)).toEqual({ kind: 'missing', missing: [{ measure: 'B', year: 2021 }] });
  });

  it('reports division by zero with the span of the division, never Infinity or NaN', () => {
    const env = buildEnv({ 'A@2021': 5, 'Z@2021': 0, 'M@2021': null });
    expect(run('1 + A / Z', env)).toMatchObject({ kind: 'error', code: 'division_by_zero', span: { start: 4, end: 9 } });
    expect(run('0 / 0', env)).toMatchObject({ kind: 'error', code: 'division_by_zero' });
    expect(run('M / Z', env)).toMatchObject({ kind: 'error', code: 'division_by_zero' });
    expect(run('A / (Z - Z)', env)).toMatchObject({ kind: 'error', code: 'division_by_zero' });
  });

  it('reports unknown measures and parameters by name', () => {
    const env = buildEnv({ 'A@2021': 5 });
    const unknown = run('A + [Non esiste]', env);
    expect(unknown).toMatchObject({ kind: 'error', code: 'unknown_measure', span: { start: 4, end: 16 } });
    expect(unknown.kind === 'error' && unknown.message).toEqual({ it: 'Misura sconosciuta [Non esiste]', en: 'Unknown measure [Non esiste]' });
    expect(run('Q', env)).toMatchObject({ kind: 'error', code: 'unknown_measure' });
    expect(run('$N + A', env)).toMatchObject({ kind: 'error', code: 'unknown_parameter', span: { start: 0, end: 2 } });
  });

  it('returns yes/no and dates for a lone reference, and not_a_number in arithmetic', () => {
    const env = buildEnv({ 'Fatto@2021': true, 'Data@2021': '2021-06-30', 'Testo@2021': 'boh', 'A@2021': 1 });
    expect(run('Fatto', env)).toEqual({ kind: 'boolean', value: true });
    expect(run('(Data)', env)).toEqual({ kind: 'date', value: '2021-06-30' });
    expect(run('Fatto + A', env)).toMatchObject({ kind: 'error', code: 'not_a_number', span: { start: 0, end: 5 } });
    expect(run('max(Data, A)', env)).toMatchObject({ kind: 'error', code: 'not_a_number' });
    expect(run('Testo', env)).toMatchObject({ kind: 'error', code: 'not_a_number' });
  });

  it('lets an error win over missing inputs', () => {
    const env = buildEnv({ 'A@2021': null, 'Z@2021': 0 });
    expect(run('A + 1 / Z', env)).toMatchObject({ kind: 'error', code: 'division_by_zero' });
  });

  it('turns a non-finite result (overflow or a NaN in the data) into not_a_number', () => {
    const env = buildEnv({ 'A@2021': 1e308, 'N@2021': Number.NaN });
    expect(run('A * 10', env)).toMatchObject({ kind: 'error', code: 'not_a_number' });
    expect(run('N + 1', env)).toMatchObject({ kind: 'error', code: 'not_a_number' });
    expect(run('N', env)).toMatchObject({ kind: 'error', code: 'not_a_number' });
  });
});

describe('compileFormula', () => {
  it('is reusable across environments and re-entrant through rollup()', () => {
    const compiled = compileFormula(ast('A / B * 100 + rollup()'));
    const inner = buildEnv({ 'A@2021': 1, 'B@2021': null }, { rollup: { kind: 'value', value: 0 } });
    const outer = buildEnv({ 'A@2021': 1, 'B@2021': 4 });
    outer.rollup = () => compiled(inner);
    expect(compiled(outer)).toEqual({ kind: 'missing', missing: [{ measure: 'B', year: 2021 }] });
    outer.rollup = () => ({ kind: 'value', value: 5 });
    expect(compiled(outer)).toEqual({ kind: 'value', value: 30 });
    expect(compiled(buildEnv({ 'A@2022': 3, 'B@2022': 3 }, { year: 2022, rollup: { kind: 'value', value: 0 } }))).toEqual({ kind: 'value', value: 100 });
  });

  it('keeps an outer evaluation clean after an inner one failed', () => {
    const failing = compileFormula(ast('1 / Z'));
    const outerFormula = compileFormula(ast('rollup() * 0 + A'));
    const env = buildEnv({ 'A@2021': 7, 'Z@2021': 0 });
    env.rollup = () => {
      failing(env);
      return { kind: 'value', value: 1 };
    };
    expect(outerFormula(env)).toEqual({ kind: 'value', value: 7 });
  });
});
