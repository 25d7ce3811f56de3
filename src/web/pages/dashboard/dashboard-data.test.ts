import { describe, expect, it } from 'vitest';
import type { IndicatorScore, NodeScore, StatusBand } from '../../components/score/score-queries.js';
import { buildAreaDistribution, indicatorsAtRisk, NO_SCORE, yearCell, yearComparisonRows } from './dashboard-data.js';

const band = (key: string): StatusBand => ({ key, label: { it: key, en: key }, icon: 'it-check', colour: '#008055', symbol: '✔' });
const common = { achievement: null, toleranceApplied: false, exclusionReason: null, messages: [] };

function node(code: string, parentCode: string | null, section = 'tree'): NodeScore {
  return { ...common, code, title: `Obiettivo ${code}`, section, level: null, parentCode, weight: null, basis: 'indicators', state: 'scored', score: 100, rounded: 100, band: band('raggiunto') };
}

function indicator(code: string, nodeCode: string, score: number | null, key: string | null): IndicatorScore {
  return {
    ...common, code, name: `Indicatore ${code}`, nodeCode, value: score, target: '>= 100', rule: 'ratio', met: null,
    state: score === null ? 'missing' : 'scored', score, rounded: score, band: key ? band(key) : null,
  };
}

const nodes = [node('A', null), node('A.1', 'A'), node('A.1.1', 'A.1'), node('B', null), node('B.1', 'B'), node('ENTE.1', null, 'entity'), node('C', null)];
const indicators = [
  indicator('K1', 'A.1.1', 100, 'raggiunto'), indicator('K2', 'A.1', 60, 'parzialmente_raggiunto'), indicator('K3', 'A.1.1', null, null),
  indicator('K4', 'B.1', 20, 'non_raggiunto'), indicator('K5', 'B.1', 10, 'non_raggiunto'), indicator('K6', 'ENTE.1', 0, 'non_raggiunto'),
];

describe('dashboard data', () => {
  it('counts the indicators of each strategic area by band, best band first, leaving out areas without indicators and other sections', () => {
    const distribution = buildAreaDistribution({ nodes, indicators });
    expect(distribution.bands.map((b) => b.key)).toEqual(['raggiunto', 'parzialmente_raggiunto', 'non_raggiunto']);
    expect(distribution.rows).toEqual([
      { code: 'A', title: 'Obiettivo A', counts: { raggiunto: 1, parzialmente_raggiunto: 1, [NO_SCORE]: 1 }, total: 3 },
      { code: 'B', title: 'Obiettivo B', counts: { non_raggiunto: 2 }, total: 2 },
    ]);
  });

  it('lists the indicators in a risk band, worst first, with their objective', () => {
    const rows = indicatorsAtRisk({ nodes, indicators: [...indicators, indicator('K7', 'A.1.1', 40, 'a_rischio')] });
    expect(rows.map((row) => [row.indicator.code, row.node?.code])).toEqual([['K6', 'ENTE.1'], ['K5', 'B.1'], ['K4', 'B.1'], ['K7', 'A.1.1']]);
  });

  it('compares the entity, the strategic areas and the units across years', () => {
    const entity = { ...common, code: 'DEMO', name: 'Camera', state: 'scored' as const, score: 90, rounded: 90, band: band('parzialmente_raggiunto') };
    const units = [{ ...common, code: 'U1', name: 'Ufficio', state: 'no_target' as const, score: null, rounded: null, band: null }];
    const rows = yearComparisonRows({ entity, nodes, units });
    expect(rows.map((row) => `${row.kind}:${row.code}`)).toEqual(['entity:DEMO', 'node:A', 'node:B', 'node:C', 'unit:U1']);
    expect(yearCell({ entity, nodes, units }, rows[1]!)?.rounded).toBe(100);
    expect(yearCell({ entity, nodes: [], units }, rows[1]!)).toBeUndefined();
    expect(yearCell({ entity, nodes, units }, rows[4]!)?.state).toBe('no_target');
  });
});
