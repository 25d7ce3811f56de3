import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormulaAst, TimeRef } from './formula-ast.js';
import { formatFormula, parseFormula } from './formula-parser.js';
import { stripSpans } from './formula-test-support.js';

const span = { start: 0, end: 0 };

const timeArb: fc.Arbitrary<TimeRef> = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map((offset) => ({ kind: 'relative' as const, offset })),
  fc.integer({ min: 1990, max: 2100 }).map((year) => ({ kind: 'absolute' as const, year })),
);

const nameArb = fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom('a', 'B', ' ', '/', '%', '(', ')', ']', '[', ',', '1', '.', '-', 'à', '\n', '@', '$') })
  .map((text) => text.replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '');

const codeArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.]{0,8}$/);

const numberArb = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: 1e30, noNaN: true, noDefaultInfinity: true }),
).map((value) => (value === 0 ? 0 : value));

const leafArb: fc.Arbitrary<FormulaAst> = fc.oneof(
  numberArb.map((value) => ({ kind: 'number' as const, value, span })),
  fc.record({ by: fc.constant('code' as const), key: codeArb }).chain((ref) =>
    timeArb.map((time) => ({ kind: 'measure' as const, ref, time, span }))),
  fc.record({ by: fc.constant('name' as const), key: nameArb }).chain((ref) =>
    timeArb.map((time) => ({ kind: 'measure' as const, ref, time, span }))),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,5}$/).map((name) => ({ kind: 'parameter' as const, name, span })),
  fc.constant({ kind: 'rollup' as const, span }),
);

const { formula } = fc.letrec<{ formula: FormulaAst }>((tie) => ({
  formula: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ kind: fc.constant('unary' as const), op: fc.constant('-' as const), operand: tie('formula'), span: fc.constant(span) }),
    fc.record({
      kind: fc.constant('binary' as const),
      op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
      left: tie('formula'),
      right: tie('formula'),
      span: fc.constant(span),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      fn: fc.constantFrom('sum' as const, 'avg' as const, 'min' as const, 'max' as const),
      args: fc.array(tie('formula'), { minLength: 1, maxLength: 3 }),
      span: fc.constant(span),
    }),
  ),
}));

describe('formatFormula ∘ parseFormula', () => {
  it('parse(format(ast)) is the same tree, ignoring spans', () => {
    fc.assert(fc.property(formula, (ast) => {
      const text = formatFormula(ast);
      const result = parseFormula(text);
      if (!result.ok) throw new Error(`${text}: ${result.errors[0]?.message.en}`);
      expect(stripSpans(result.value)).toEqual(stripSpans(ast));
    }), { numRuns: 2000 });
  });

  it('formatting is a fixed point: format(parse(format(ast))) = format(ast)', () => {
    fc.assert(fc.property(formula, (ast) => {
      const text = formatFormula(ast);
      const result = parseFormula(text);
      expect(result.ok && formatFormula(result.value)).toBe(text);
    }), { numRuns: 500 });
  });

  it('never throws on arbitrary input: it parses or returns a positioned error', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40, unit: fc.constantFrom('A', '[', ']', '(', ')', '@', 't', '-', '1', '2', ' ', '*', '/', ',', '$', '.', 's', 'u', 'm', 'x') }), (text) => {
      const result = parseFormula(text);
      if (result.ok) return;
      const error = result.errors[0];
      expect(error).toBeDefined();
      expect(error?.position).toBeGreaterThanOrEqual(0);
      expect(error?.position).toBeLessThanOrEqual(text.length);
    }), { numRuns: 3000 });
  });
});
