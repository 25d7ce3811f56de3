import { describe, expect, it } from 'vitest';
import { isUnitOpen, orgUnitRows, unitAndDescendants } from './org-unit-tree.js';

const unit = (id: string, code: string, parentId: string | null = null) => ({ id, code, parentId });

describe('org unit tree', () => {
  it('lists each unit after its parent, siblings in natural code order, with depths', () => {
    const units = [unit('3', 'A1.S10', '1'), unit('2', 'A1.S2', '1'), unit('1', 'A1'), unit('4', 'A1.S2.U1', '2'), unit('5', 'A2')];
    expect(orgUnitRows(units).map((row) => [row.unit.code, row.depth])).toEqual([
      ['A1', 0], ['A1.S2', 1], ['A1.S2.U1', 2], ['A1.S10', 1], ['A2', 0],
    ]);
  });

  it('keeps units with an unknown parent or in a cycle, at the top', () => {
    const rows = orgUnitRows([unit('1', 'X', 'missing'), unit('2', 'C1', '3'), unit('3', 'C2', '2')]);
    expect(rows.map((row) => row.unit.code).sort()).toEqual(['C1', 'C2', 'X']);
    expect(rows.find((row) => row.unit.code === 'X')!.depth).toBe(0);
  });

  it('finds a unit and all units below it', () => {
    const units = [unit('1', 'A'), unit('2', 'A.1', '1'), unit('3', 'A.1.1', '2'), unit('4', 'B')];
    expect([...unitAndDescendants(units, '1')].sort()).toEqual(['1', '2', '3']);
  });

  it('tells whether a unit is valid on a day', () => {
    expect(isUnitOpen({ validFrom: '2019-01-01', validTo: '2025-12-31' }, '2025-12-31')).toBe(true);
    expect(isUnitOpen({ validFrom: '2019-01-01', validTo: '2025-12-31' }, '2026-01-01')).toBe(false);
    expect(isUnitOpen({ validFrom: '2026-01-01', validTo: null }, '2025-06-30')).toBe(false);
    expect(isUnitOpen({ validFrom: null, validTo: null }, '2025-06-30')).toBe(true);
  });
});
