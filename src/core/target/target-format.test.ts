import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from './target-ast.js';
import { formatTarget, parseTarget } from './target-parser.js';
import { daysInMonth, isoDate } from './target-dates.js';

const opArb = fc.constantFrom('>=' as const, '>' as const, '<=' as const, '<' as const, '=' as const);
const unitArb = fc.constantFrom('number' as const, 'percent' as const, 'days' as const, 'euro' as const);
/** Values with up to three decimals, as plans write them. */
const valueArb = fc.integer({ min: 0, max: 10_000_000_000 }).chain((n) => fc.constantFrom(n, n / 10, n / 100, n / 1000));
const dateArb = fc.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

const targetArb: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ kind: fc.constant('compare' as const), op: opArb, value: valueArb, unit: unitArb }),
  fc.record({ kind: fc.constant('compare' as const), op: opArb, value: valueArb.map((v) => -v).filter((v) => v < 0), unit: fc.constantFrom('number' as const, 'euro' as const, 'days' as const) }),
  fc.record({ kind: fc.constant('growth' as const), op: opArb, percent: fc.integer({ min: -10_000, max: 10_000 }).map((v) => v / 10).map((v) => (v === 0 ? 0 : v)) }),
  fc.tuple(valueArb, valueArb, unitArb).map(([a, b, unit]) => ({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b), unit })),
  dateArb.map(({ year, month, day }) => ({ kind: 'deadline' as const, date: isoDate(year, month, day), spelling: 'operator' as const })),
  dateArb.map(({ year, month, day }) => ({ kind: 'deadline' as const, date: isoDate(year, month, day), spelling: 'entro_date' as const })),
  dateArb.map(({ year, month }) => ({ kind: 'deadline' as const, date: isoDate(year, month, daysInMonth(year, month)), spelling: 'entro_month' as const })),
  fc.boolean().map((expected) => ({ kind: 'boolean' as const, expected })),
  fc.record({ kind: fc.constant('relative' as const), op: opArb, ref: fc.integer({ min: 1, max: 9 }).map((k) => ({ kind: 'offset' as const, offset: -k })) }),
  fc.record({ kind: fc.constant('relative' as const), op: opArb, ref: fc.integer({ min: 1990, max: 2100 }).map((year) => ({ kind: 'year' as const, year })) }),
  fc.constant({ kind: 'none' as const }),
  fc.stringMatching(/^[A-Z][a-z]{2,8}( [a-z0-9,]{1,8}){0,4}$/).filter((text) => !/^(Si|No|Entro)\b/i.test(text))
    .map((text) => ({ kind: 'manual' as const, text })),
);

describe('formatTarget', () => {
  it.each<[Target, string, string]>([
    [{ kind: 'compare', op: '>=', value: 1234.56, unit: 'number' }, '>= 1.234,56', '>= 1,234.56'],
    [{ kind: 'compare', op: '<', value: 5, unit: 'days' }, '< 5 gg', '< 5 days'],
    [{ kind: 'compare', op: '>=', value: 80, unit: 'percent' }, '>= 80%', '>= 80%'],
    [{ kind: 'growth', op: '>=', percent: 15 }, '>= +15%', '>= +15%'],
    [{ kind: 'growth', op: '>=', percent: -5.5 }, '>= -5,5%', '>= -5.5%'],
    [{ kind: 'range', min: 0.85, max: 0.9, unit: 'number' }, '0,85 - 0,9', '0.85 - 0.9'],
    [{ kind: 'deadline', date: '2021-06-30', spelling: 'operator' }, '<= 30/06/2021', '<= 30/06/2021'],
    [{ kind: 'deadline', date: '2021-12-10', spelling: 'entro_date' }, 'Entro 10/12/2021', 'by 10/12/2021'],
    [{ kind: 'deadline', date: '2021-06-30', spelling: 'entro_month' }, 'entro giugno 2021', 'by end of June 2021'],
    [{ kind: 'boolean', expected: true }, 'SI', 'YES'],
    [{ kind: 'relative', op: '<=', ref: { kind: 'offset', offset: -1 } }, '<= anno n-1', '<= year n-1'],
    [{ kind: 'relative', op: '<', ref: { kind: 'year', year: 2019 } }, '< anno 2019', '< year 2019'],
    [{ kind: 'none' }, '---', 'no target'],
    [{ kind: 'manual', text: 'Relazione approvata' }, 'Relazione approvata', 'Relazione approvata'],
  ])('%j → %s / %s', (value, it_, en) => {
    expect(formatTarget(value, 'it')).toBe(it_);
    expect(formatTarget(value, 'en')).toBe(en);
  });

  it('writes a value that looks like a year with its thousands dot, so it stays a value', () => {
    const text = formatTarget({ kind: 'compare', op: '<', value: 2019, unit: 'number' }, 'it');
    expect(text).toBe('< 2.019');
    expect(parseTarget(text, { planYear: 2021 })).toEqual({ ok: true, target: { kind: 'compare', op: '<', value: 2019, unit: 'number' }, warnings: [] });
  });

  it('parseTarget(formatTarget(target, "it")) gives the same target back, without warnings', () => {
    fc.assert(fc.property(targetArb, (value) => {
      const text = formatTarget(value, 'it');
      expect(parseTarget(text)).toEqual({ ok: true, target: value, warnings: [] });
    }), { numRuns: 3000 });
  });

  it('never throws on arbitrary text: a target, or positioned errors within the text', () => {
    const unit = fc.constantFrom('>', '<', '=', ' ', '-', '–', '%', '1', '0', ',', '.', '/', 'a', 'n', 'o', 'entro ', 'giugno', 'SI', 'gg', '+', '2021');
    fc.assert(fc.property(fc.string({ maxLength: 30, unit }), (text) => {
      const result = parseTarget(text, { planYear: 2021 });
      if (result.ok) return;
      for (const error of result.errors) {
        expect(error.position).toBeGreaterThanOrEqual(0);
        expect(error.position).toBeLessThanOrEqual(text.length);
      }
    }), { numRuns: 3000 });
  });
});
