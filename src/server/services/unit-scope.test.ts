import { describe, expect, it } from 'vitest';
import { nodeUnitScopes, responsibleCodes, unitIdsWithAncestors, type UnitIndex } from './unit-scope.js';

function buildIndex(units: Array<[code: string, id: string, parentId: string | null]>): UnitIndex {
  return { idByCode: new Map(units.map(([code, id]) => [code, id])), parentById: new Map(units.map(([, id, parent]) => [id, parent])) };
}

const index = buildIndex([['ENTE', 'e', null], ['AREA1', 'a1', 'e'], ['UFF1', 'u1', 'a1'], ['AREA2', 'a2', 'e']]);

describe('unit scopes', () => {
  it('adds every ancestor of a unit', () => {
    expect(unitIdsWithAncestors(index, ['UFF1']).sort()).toEqual(['a1', 'e', 'u1']);
    expect(unitIdsWithAncestors(index, ['AREA2', 'UNKNOWN']).sort()).toEqual(['a2', 'e']);
  });

  it('stops on a cycle in the unit tree', () => {
    const cyclic = buildIndex([['X', 'x', 'y'], ['Y', 'y', 'x']]);
    expect(unitIdsWithAncestors(cyclic, ['X']).sort()).toEqual(['x', 'y']);
  });

  it('reads only string codes of the responsible units', () => {
    expect(responsibleCodes({ responsible: ['A', 3, 'B'], involved: ['C'] })).toEqual(['A', 'B']);
    expect(responsibleCodes(null)).toEqual([]);
  });

  it('inherits the responsible units of the nearest ancestor node that has some', () => {
    const scopes = nodeUnitScopes(index, [
      { code: '1', parentCode: null, units: { responsible: ['AREA1'], involved: [] } },
      { code: '1.1', parentCode: '1', units: { responsible: [], involved: [] } },
      { code: '1.1.1', parentCode: '1.1', units: { responsible: ['AREA2'], involved: [] } },
      { code: 'orphan', parentCode: 'missing', units: {} },
    ]);
    expect(scopes.get('1.1')!.sort()).toEqual(['a1', 'e']);
    expect(scopes.get('1.1.1')!.sort()).toEqual(['a2', 'e']);
    expect(scopes.get('orphan')).toEqual([]);
  });
});
