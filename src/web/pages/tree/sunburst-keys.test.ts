import { describe, expect, it } from 'vitest';
import { buildTreeRows, type TreeNodeInput } from './tree-model.js';
import { indexSectors, moveSector } from './sunburst-keys.js';

const node = (code: string, parentCode: string | null): TreeNodeInput => ({
  code, title: `Obiettivo ${code}`, section: 'tree', level: null, parentCode, weight: null, units: { responsible: [], involved: [] },
});

const roots = buildTreeRows([node('A', null), node('B', null), node('A.1', 'A'), node('A.2', 'A'), node('A.3', 'A'), node('A.2.1', 'A.2')], []);
const places = indexSectors(roots);
const move = (from: string | null, key: Parameters<typeof moveSector>[3]) => moveSector(places, roots, from, key);

describe('moveSector', () => {
  it('starts on the first sector of the inner ring', () => {
    expect(move(null, 'ArrowRight')).toBe('A');
    expect(move('gone', 'ArrowDown')).toBe('A');
  });

  it('moves along a ring among siblings and stops at its ends', () => {
    expect(move('A', 'ArrowRight')).toBe('B');
    expect(move('B', 'ArrowRight')).toBe('B');
    expect(move('A.2', 'ArrowLeft')).toBe('A.1');
    expect(move('A.1', 'ArrowLeft')).toBe('A.1');
    expect(move('A.1', 'End')).toBe('A.3');
    expect(move('A.3', 'Home')).toBe('A.1');
  });

  it('goes out to the first sub-sector and back in to the parent', () => {
    expect(move('A', 'ArrowDown')).toBe('A.1');
    expect(move('A.2', 'ArrowDown')).toBe('A.2.1');
    expect(move('A.2.1', 'ArrowDown')).toBe('A.2.1');
    expect(move('A.2.1', 'ArrowUp')).toBe('A.2');
    expect(move('A', 'ArrowUp')).toBe('A');
  });

  it('knows each sector\'s place for the announcement', () => {
    expect(places.get('A.2')).toMatchObject({ index: 1, parent: { code: 'A' } });
    expect(places.get('A.2')!.siblings).toHaveLength(3);
  });
});
