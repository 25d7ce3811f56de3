import { describe, expect, it } from 'vitest';
import type { FormulaEnv } from './formula-ast.js';
import { evaluateFormula } from './formula-evaluator.js';
import { parseFormula, referencedMeasures } from './formula-parser.js';
import { readSeed } from '../../test-support/seeds.js';


/** The measure codes in the "Algoritmo" cell of the indicator card whose row starts with `prefix`. */
function algorithmCodes(document: string, prefix: string): string[] {
  const line = document.split('\n').find((l) => l.startsWith(prefix));
  if (line === undefined) throw new Error(`no card row starting with ${prefix}`);
  const algorithm = line.replace(/<\/?\w+>/g, '').split('\t')[1] ?? '';
  return [...algorithm.matchAll(/\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_.]*[A-Za-z0-9]\b/g)].map((m) => m[0]);
}

const env = (values: Record<string, number>): FormulaEnv => ({
  year: 2021,
  measure: (ref) => values[ref.key],
  parameter: () => undefined,
  rollup: () => ({ kind: 'value', value: 0 }),
});

describe('the coded formulas of seed 002 (Massa-Carrara) in the canonical language', () => {
  const document = readSeed('002_fe4bdce41d49d658.txt');

  it.each([
    ['B3.1_02', ['BilCons_DA_Inc', 'BilCons_DA'], 'BilCons_DA_Inc / BilCons_DA * 100', { BilCons_DA_Inc: 1_250_000, BilCons_DA: 2_000_000 }, 62.5],
    ['D1.3_04.1 -', ['Scomp_IE_ContrImpr', 'BilCons_IE'], 'Scomp_IE_ContrImpr / BilCons_IE * 100', { Scomp_IE_ContrImpr: 30_000, BilCons_IE: 240_000 }, 12.5],
    ['D1.3_04.2 -', ['Scomp_IE_Prog', 'BilCons_IE'], 'Scomp_IE_Prog / BilCons_IE * 100', { Scomp_IE_Prog: 60_000, BilCons_IE: 240_000 }, 25],
    ['C2.7.2_02 -', ['Med_Conc', 'FTE_Integrato_C2.7.2'], 'Med_Conc / FTE_Integrato_C2.7.2', { Med_Conc: 140, 'FTE_Integrato_C2.7.2': 2 }, 70],
    ['N_MedConcilConcluse', ['Med_Conc'], 'Med_Conc', { Med_Conc: 140 }, 140],
  ])('%s reads %j', (prefix, codes, canonical, values, expected) => {
    expect(algorithmCodes(document, prefix)).toEqual(codes);
    const parsed = parseFormula(canonical);
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
    expect(referencedMeasures(parsed.value).map((m) => m.ref)).toEqual(codes.map((key) => ({ by: 'code', key })));
    expect(evaluateFormula(parsed.value, env(values))).toEqual({ kind: 'value', value: expected });
  });

  it('expresses the Pareto benchmark codes as measure codes too', () => {
    const parsed = parseFormula('C2.7.2_02@t-1 + [Volume medio (media nazionale)]@2019');
    expect(parsed.ok && referencedMeasures(parsed.value)).toEqual([
      { ref: { by: 'code', key: 'C2.7.2_02' }, time: { kind: 'relative', offset: -1 } },
      { ref: { by: 'name', key: 'Volume medio (media nazionale)' }, time: { kind: 'absolute', year: 2019 } },
    ]);
  });
});
