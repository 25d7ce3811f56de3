import { describe, expect, it } from 'vitest';
import type { FormulaAst, FormulaError } from './formula-ast.js';
import { formatFormula, parseFormula, referencedMeasures, usesRollup } from './formula-parser.js';
import { stripSpans } from './formula-test-support.js';

function parsed(source: string): unknown {
  const result = parseFormula(source);
  if (!result.ok) throw new Error(`expected ${source} to parse: ${result.errors[0]?.message.en}`);
  return stripSpans(result.value);
}

function parseError(source: string): FormulaError {
  const result = parseFormula(source);
  if (result.ok) throw new Error(`expected ${source} to fail`);
  expect(result.errors).toHaveLength(1);
  return result.errors[0] as FormulaError;
}

const t = (offset = 0) => ({ kind: 'relative', offset });
const code = (key: string, time: unknown = t()) => ({ kind: 'measure', ref: { by: 'code', key }, time });
const name = (key: string, time: unknown = t()) => ({ kind: 'measure', ref: { by: 'name', key }, time });
const num = (value: number) => ({ kind: 'number', value });
const bin = (op: string, left: unknown, right: unknown) => ({ kind: 'binary', op, left, right });

describe('parseFormula: the language', () => {
  it('reads measures by code, including Pareto codes with dots', () => {
    expect(parsed('RI_PRAT')).toEqual(code('RI_PRAT'));
    expect(parsed('C2.7.2_02')).toEqual(code('C2.7.2_02'));
  });

  it('reads measures by bracketed name, with ]] for a ] and normalised spaces', () => {
    expect(parsed('[Numero soggetti]')).toEqual(name('Numero soggetti'));
    expect(parsed('[Voce [a]] e b]')).toEqual(name('Voce [a] e b'));
    expect(parsed('[  Numero\n  eventi/iniziative (media nazionale) 20% ]')).toEqual(name('Numero eventi/iniziative (media nazionale) 20%'));
  });

  it('reads time references: default t, t-k, t+k and absolute years', () => {
    expect(parsed('A@t')).toEqual(code('A', t(0)));
    expect(parsed('A@t-1')).toEqual(code('A', t(-1)));
    expect(parsed('A@T-12')).toEqual(code('A', t(-12)));
    expect(parsed('A@t+1')).toEqual(code('A', t(1)));
    expect(parsed('[Diritto annuale]@2019')).toEqual(name('Diritto annuale', { kind: 'absolute', year: 2019 }));
    expect(parsed('A @t-1')).toEqual(code('A', t(-1)));
  });

  it('keeps A@t-1 (one year back) apart from A@t - 1 (minus one)', () => {
    expect(parsed('A@t - 1')).toEqual(bin('-', code('A'), num(1)));
  });

  it('applies the usual precedence and left-to-right grouping', () => {
    expect(parsed('a + b * c')).toEqual(bin('+', code('a'), bin('*', code('b'), code('c'))));
    expect(parsed('a - b - c')).toEqual(bin('-', bin('-', code('a'), code('b')), code('c')));
    expect(parsed('a / b / c')).toEqual(bin('/', bin('/', code('a'), code('b')), code('c')));
    expect(parsed('(a + b) * c')).toEqual(bin('*', bin('+', code('a'), code('b')), code('c')));
    expect(parsed('-a * -2.5')).toEqual(bin('*', { kind: 'unary', op: '-', operand: code('a') }, { kind: 'unary', op: '-', operand: num(2.5) }));
  });

  it('reads numbers with a decimal point and an optional exponent', () => {
    expect(parsed('0.5')).toEqual(num(0.5));
    expect(parsed('1e-7')).toEqual(num(1e-7));
    expect(parsed('100')).toEqual(num(100));
  });

  it('reads functions (case-insensitive), rollup() and parameters', () => {
    expect(parsed('SUM(a, b@t-1, 3)')).toEqual({ kind: 'call', fn: 'sum', args: [code('a'), code('b', t(-1)), num(3)] });
    expect(parsed('max(avg(a), min(b, c))')).toEqual({
      kind: 'call', fn: 'max', args: [{ kind: 'call', fn: 'avg', args: [code('a')] }, { kind: 'call', fn: 'min', args: [code('b'), code('c')] }],
    });
    expect(parsed('rollup() * 100')).toEqual(bin('*', { kind: 'rollup' }, num(100)));
    expect(parsed('$N * 2')).toEqual(bin('*', { kind: 'parameter', name: 'N' }, num(2)));
  });

  it('records spans as 0-based offsets, end exclusive', () => {
    const result = parseFormula('(A@t - A@t-1) / A@t-1');
    if (!result.ok) throw new Error('should parse');
    const ast = result.value as Extract<FormulaAst, { kind: 'binary' }>;
    expect(ast.span).toEqual({ start: 1, end: 21 });
    expect(ast.right.span).toEqual({ start: 16, end: 21 });
    expect(ast.left.span).toEqual({ start: 1, end: 12 });
  });
});

describe('parseFormula: positioned errors', () => {
  it('reports a missing closing parenthesis where the formula ends', () => {
    const error = parseError('([A] - [B]) / (C');
    expect(error.code).toBe('missing_closing_parenthesis');
    expect(error.position).toBe(16);
    expect(error.message.it).toBe('Parentesi chiusa mancante alla posizione 17 (aperta alla posizione 15)');
    expect(error.message.en).toBe('Missing closing parenthesis at position 17 (opened at position 15)');
  });

  it.each([
    ['', 'empty_formula', 0],
    ['   ', 'empty_formula', 0],
    ['A)', 'unmatched_closing_parenthesis', 1],
    ['A B', 'unexpected_token', 2],
    ['A +', 'unexpected_end', 3],
    ['* A', 'unexpected_token', 0],
    ['()', 'unexpected_token', 1],
    ['[Numero soggetti', 'unclosed_measure_name', 0],
    ['A + []', 'empty_measure_name', 4],
    ['A@x', 'invalid_time_reference', 1],
    ['A@t-', 'unexpected_end', 4],
    ['A@tx', 'invalid_time_reference', 1],
    ['A@19', 'invalid_time_reference', 1],
    ['3,5 * A', 'invalid_number', 0],
    ['1.2.3', 'invalid_number', 0],
    ['A * .5', 'invalid_number', 4],
    ['$ + 1', 'invalid_parameter', 0],
    ['media(A)', 'unknown_function', 0],
    ['sum()', 'missing_arguments', 0],
    ['rollup(A)', 'rollup_takes_no_arguments', 0],
    ['2@t-1', 'time_on_non_measure', 1],
    ['A # B', 'unexpected_character', 2],
    ['max(A, B', 'missing_closing_parenthesis', 8],
  ])('%j → %s at %i', (source, expectedCode, position) => {
    const error = parseError(source);
    expect(error.code).toBe(expectedCode);
    expect(error.position).toBe(position);
    expect(error.message.it.length).toBeGreaterThan(10);
    expect(error.message.en.length).toBeGreaterThan(10);
    expect(error.message.it).not.toBe(error.message.en);
  });

  it('names the offending text in the message', () => {
    expect(parseError('media(A)').message.en).toBe('Unknown function "media" at position 1: allowed are sum, avg, min, max, rollup');
    expect(parseError('3,5 * A').message.it).toContain('«3,5»');
  });
});

describe('formatFormula', () => {
  it.each([
    ['(A@t-A@t-1)/A@t-1*100', '(A - A@t-1) / A@t-1 * 100'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a - b) - c', 'a - b - c'],
    ['a / (b * c)', 'a / (b * c)'],
    ['a + (b + c)', 'a + (b + c)'],
    ['-(a + b)', '-(a + b)'],
    ['[x]]y]@2019', '[x]]y]@2019'],
    ['sum(a,b)*$N', 'sum(a, b) * $N'],
    ['ROLLUP()*100', 'rollup() * 100'],
  ])('%s → %s', (source, expected) => {
    const result = parseFormula(source);
    if (!result.ok) throw new Error('should parse');
    expect(formatFormula(result.value)).toBe(expected);
  });
});

describe('referencedMeasures and usesRollup', () => {
  it('lists each measure and time once, in reading order', () => {
    const result = parseFormula('([Numero soggetti] - [Numero soggetti]@t-1) / [Numero soggetti]@t-1 * 100 + max(B, B@2019)');
    if (!result.ok) throw new Error('should parse');
    expect(referencedMeasures(result.value)).toEqual([
      { ref: { by: 'name', key: 'Numero soggetti' }, time: t(0) },
      { ref: { by: 'name', key: 'Numero soggetti' }, time: t(-1) },
      { ref: { by: 'code', key: 'B' }, time: t(0) },
      { ref: { by: 'code', key: 'B' }, time: { kind: 'absolute', year: 2019 } },
    ]);
    expect(usesRollup(result.value)).toBe(false);
  });

  it('finds rollup() anywhere in the tree', () => {
    const result = parseFormula('max(0, -(rollup() * 100))');
    if (!result.ok) throw new Error('should parse');
    expect(usesRollup(result.value)).toBe(true);
    expect(referencedMeasures(result.value)).toEqual([]);
  });
});
