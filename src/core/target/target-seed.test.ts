import { describe, expect, it } from 'vitest';
import { distinct, extractKpiRows } from '../prose/fixtures/kpi-tables.js';
import { parseTarget, parseYearTargets } from './target-parser.js';
import type { Target } from './target-ast.js';
import { readSeed } from '../../test-support/seeds.js';


const PLAN_YEAR = 2021;

/** Every target of a cell, by year: per-year cells split, single targets for the plan's first year. */
function cellTargets(cell: string): Record<string, Target> {
  const split = cell.startsWith('Anno:') ? parseYearTargets(cell) : { ok: true as const, targets: { [PLAN_YEAR]: cell } };
  if (!split.ok) throw new Error(`${cell}: ${split.errors[0]?.message.en}`);
  const targets: Record<string, Target> = {};
  for (const [year, text] of Object.entries(split.targets)) {
    const result = parseTarget(text, { planYear: Number(year) });
    if (!result.ok) throw new Error(`${cell} (${year}): ${result.errors[0]?.message.en}`);
    expect(result.warnings, `${cell} (${year})`).toEqual([]);
    targets[year] = result.target;
  }
  return targets;
}

describe('the targets of seed 004 (Lecce, Piano 2021–2023)', () => {
  const rows = extractKpiRows(readSeed('004_30336ea7c660fe63.txt'));
  const cells = distinct(rows.map((row) => row.target));

  it('has 93 indicators whose target cells all parse without errors or warnings', () => {
    expect(rows).toHaveLength(93);
    const perYear = cells.filter((cell) => cell.startsWith('Anno:'));
    expect(perYear.length).toBeGreaterThan(10);
    for (const cell of perYear) expect(Object.keys(cellTargets(cell))).toEqual(['2021', '2022', '2023']);
    const kinds = new Set(cells.flatMap((cell) => Object.values(cellTargets(cell)).map((t) => t.kind)));
    expect([...kinds].sort()).toEqual(['compare', 'deadline', 'growth', 'none']);
  });

  it('reads the representative cells as the documents mean them', () => {
    expect(cellTargets('Anno: 2021 >= +15% Anno: 2022 >= +10% Anno: 2023 ---')).toEqual({
      2021: { kind: 'growth', op: '>=', percent: 15 },
      2022: { kind: 'growth', op: '>=', percent: 10 },
      2023: { kind: 'none' },
    });
    expect(cellTargets('Anno: 2021 >= 0,85 Anno: 2022 >= 0,9 Anno: 2023 >= 1')).toEqual({
      2021: { kind: 'compare', op: '>=', value: 0.85, unit: 'number' },
      2022: { kind: 'compare', op: '>=', value: 0.9, unit: 'number' },
      2023: { kind: 'compare', op: '>=', value: 1, unit: 'number' },
    });
    expect(cellTargets('<= 31/12/2021')).toEqual({ 2021: { kind: 'deadline', date: '2021-12-31', spelling: 'operator' } });
    expect(cellTargets('>= 100%')).toEqual({ 2021: { kind: 'compare', op: '>=', value: 100, unit: 'percent' } });
    expect(cellTargets('>= 1,5')).toEqual({ 2021: { kind: 'compare', op: '>=', value: 1.5, unit: 'number' } });
    expect(cellTargets('<= 0')).toEqual({ 2021: { kind: 'compare', op: '<=', value: 0, unit: 'number' } });
    expect(cellTargets('Anno: 2021 <= 1 Anno: 2022 <= 1 Anno: 2023 <= 1')['2022']).toEqual({ kind: 'compare', op: '<=', value: 1, unit: 'number' });
  });

  it('has 48 distinct target cells, 17 of them per year', () => {
    expect(cells).toHaveLength(48);
    expect(cells.filter((cell) => cell.startsWith('Anno:'))).toHaveLength(17);
    expect(cells).toContain('Anno: 2021 >= 140 Anno: 2022 >= 140 Anno: 2023 >= 140');
  });
});

describe('the targets of seed 002 (Massa-Carrara) and 001 (Lucca)', () => {
  it('reads the card targets of 002 as written, with units and LaTeX remnants', () => {
    const text = readSeed('002_fe4bdce41d49d658.txt');
    for (const cell of ['>= 8,00 N.', '<= 2,00 gg', '>= 24,58 %', 'Entro 10/12/2021', '$\\geq 2,00$ N.']) expect(text).toContain(cell);
    expect(parseTarget('>= 24,58 %', { unit: 'percent' })).toEqual({ ok: true, target: { kind: 'compare', op: '>=', value: 24.58, unit: 'percent' }, warnings: [] });
    expect(parseTarget('<= 2,00 gg', { unit: 'days' })).toEqual({ ok: true, target: { kind: 'compare', op: '<=', value: 2, unit: 'days' }, warnings: [] });
    expect(parseTarget('Entro 10/12/2021', { unit: 'date' })).toEqual({ ok: true, target: { kind: 'deadline', date: '2021-12-10', spelling: 'entro_date' }, warnings: [] });
    expect(parseTarget('$\\geq 2,00$ N.')).toMatchObject({ ok: true, target: { kind: 'compare', op: '>=', value: 2, unit: 'number' } });
  });

  it('reads the relative targets of 001', () => {
    const text = readSeed('001_113cb6ff417ec652.txt');
    expect(text).toContain('<= anno n-1 <= anno n-1 <= anno n-1');
    expect(text).toContain('< anno 2014 < anno 2014 < anno 2014');
    expect(parseTarget('<= anno n-1')).toMatchObject({ ok: true, target: { kind: 'relative', op: '<=', ref: { kind: 'offset', offset: -1 } } });
    expect(parseTarget('< anno 2014', { planYear: 2017 })).toMatchObject({ ok: true, target: { kind: 'relative', op: '<', ref: { kind: 'year', year: 2014 } } });
  });
});
