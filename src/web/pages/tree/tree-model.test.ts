import { describe, expect, it } from 'vitest';
import type { NodeScore } from '../../components/score/score-queries.js';
import { buildTreeRows, countMatches, expandableCodes, statusKeyOf, type TreeNodeInput, type TreeRow } from './tree-model.js';

function node(code: string, parentCode: string | null, extra: Partial<TreeNodeInput> = {}): TreeNodeInput {
  return { code, title: `Obiettivo ${code}`, section: 'tree', level: parentCode ? 'operational_objective' : 'strategic_area', parentCode, weight: null, units: { responsible: [], involved: [] }, ...extra };
}

function score(code: string, band: string | null, state: NodeScore['state'] = 'scored'): NodeScore {
  return {
    code, state, achievement: null, score: null, rounded: null, toleranceApplied: false, exclusionReason: null, messages: [],
    band: band ? { key: band, label: { it: band, en: band }, icon: 'it-check', colour: '#008055', symbol: '✔' } : null,
    title: '', section: 'tree', level: null, parentCode: null, weight: null, basis: 'indicators',
  };
}

const shape = (rows: TreeRow[]): unknown[] => rows.map((row) => (row.children.length ? [row.code, shape(row.children)] : row.code));

const nodes = [
  node('C.1.2.10', 'C.1.2'), node('C.1.2.9', 'C.1.2'), node('C.1.2', 'C'), node('C', null),
  node('A', null, { title: 'Competitività delle imprese' }), node('A.1', 'A', { units: { responsible: ['A2'], involved: ['A2.S1'] } }),
  node('A.2', 'A', { level: 'strategic_objective' }), node('Z.9', 'MISSING'),
];

describe('buildTreeRows', () => {
  it('nests children under parents in natural code order; orphans become roots', () => {
    expect(shape(buildTreeRows(nodes, []))).toEqual([['A', ['A.1', 'A.2']], ['C', [['C.1.2', ['C.1.2.9', 'C.1.2.10']]]], 'Z.9']);
    expect(buildTreeRows(nodes, [])[1]!.children[0]!.children[1]!.depth).toBe(2);
  });

  it('keeps matches and their ancestors as context', () => {
    const rows = buildTreeRows(nodes, [], { text: 'c.1.2.10' });
    expect(shape(rows)).toEqual([['C', [['C.1.2', ['C.1.2.10']]]]]);
    expect(rows[0]!.context).toBe(true);
    expect(rows[0]!.children[0]!.children[0]!.context).toBe(false);
    expect(countMatches(rows)).toBe(1);
  });

  it('filters by level, by org unit (responsible or involved), by status and by accent-insensitive text', () => {
    expect(shape(buildTreeRows(nodes, [], { level: 'strategic_objective' }))).toEqual([['A', ['A.2']]]);
    expect(shape(buildTreeRows(nodes, [], { unit: 'A2.S1' }))).toEqual([['A', ['A.1']]]);
    const scores = [score('A.1', 'raggiunto'), score('A.2', null, 'missing'), score('C', 'non_raggiunto')];
    expect(shape(buildTreeRows(nodes, scores, { status: 'missing' }))).toEqual([['A', ['A.2']]]);
    expect(shape(buildTreeRows(nodes, scores, { status: 'non_raggiunto' }))).toEqual(['C']);
    expect(shape(buildTreeRows(nodes, [], { text: 'competitivita' }))).toEqual(['A']);
    expect(buildTreeRows(nodes, [], { text: 'nessuno' })).toEqual([]);
  });

  it('joins scores by code and lists what can be expanded', () => {
    const rows = buildTreeRows(nodes, [score('A', 'raggiunto')]);
    expect(statusKeyOf(rows[0]!.score)).toBe('raggiunto');
    expect(statusKeyOf(rows[1]!.score)).toBe('no_score');
    expect(expandableCodes(rows)).toEqual(['A', 'C', 'C.1.2']);
  });

  it('stops at a parent cycle instead of looping', () => {
    const cyclic = [node('X', 'Y'), node('Y', 'X'), node('R', null)];
    expect(shape(buildTreeRows(cyclic, []))).toEqual(['R']);
  });
});
