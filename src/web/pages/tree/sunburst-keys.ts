/**
 * Keyboard moves across the sunburst's sectors: left and right go to the previous and next sector of
 * the same ring (among siblings), down goes out to the first sub-sector, up back in to the parent,
 * Home and End to the first and last sector of the ring. Pure, so it is tested without a browser.
 */
import type { TreeRow } from './tree-model.js';

export interface SectorPlace {
  row: TreeRow;
  parent: TreeRow | null;
  siblings: readonly TreeRow[];
  /** Position among the siblings, from 0. */
  index: number;
}

export type SectorKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const SECTOR_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

export function indexSectors(rows: readonly TreeRow[]): Map<string, SectorPlace> {
  const places = new Map<string, SectorPlace>();
  const walk = (list: readonly TreeRow[], parent: TreeRow | null) => {
    list.forEach((row, index) => {
      places.set(row.code, { row, parent, siblings: list, index });
      walk(row.children, row);
    });
  };
  walk(rows, null);
  return places;
}

/** The code of the sector a key moves to from `current` (the first sector when none is current). */
export function moveSector(places: ReadonlyMap<string, SectorPlace>, roots: readonly TreeRow[], current: string | null, key: SectorKey): string | null {
  const place = current === null ? undefined : places.get(current);
  if (!place) return roots[0]?.code ?? null;
  const { siblings, index, parent, row } = place;
  switch (key) {
    case 'ArrowRight': return siblings[Math.min(index + 1, siblings.length - 1)]!.code;
    case 'ArrowLeft': return siblings[Math.max(index - 1, 0)]!.code;
    case 'Home': return siblings[0]!.code;
    case 'End': return siblings[siblings.length - 1]!.code;
    case 'ArrowDown': return row.children[0]?.code ?? row.code;
    case 'ArrowUp': return parent?.code ?? row.code;
  }
}
