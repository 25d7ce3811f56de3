/**
 * Which org units a node or an indicator belongs to, for authorization: the node's responsible units
 * (inherited from the nearest ancestor node that has some), resolved from codes to ids, with all
 * their ancestor units. A dirigente scoped to an area then matches every node of the units below it.
 */
import { eq } from 'drizzle-orm';
import { orgUnits } from '../db/schema.js';
import type { Db } from '../db/database.js';

export interface UnitIndex {
  idByCode: ReadonlyMap<string, string>;
  parentById: ReadonlyMap<string, string | null>;
}

export interface NodeUnitsRow {
  code: string;
  parentCode: string | null;
  units: unknown;
}

export async function loadUnitIndex(db: Db, entityId: string): Promise<UnitIndex> {
  const rows = await db.select({ id: orgUnits.id, code: orgUnits.code, parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
  return {
    idByCode: new Map(rows.map((row) => [row.code, row.id])),
    parentById: new Map(rows.map((row) => [row.id, row.parentId])),
  };
}

export function responsibleCodes(units: unknown): string[] {
  const responsible = (units as { responsible?: unknown } | null)?.responsible;
  return Array.isArray(responsible) ? responsible.filter((code): code is string => typeof code === 'string') : [];
}

/** The ids of the given units and of all their ancestors. */
export function unitIdsWithAncestors(index: UnitIndex, codes: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const code of codes) {
    let id = index.idByCode.get(code);
    for (let steps = 0; id && !ids.has(id) && steps <= index.parentById.size; steps++) {
      ids.add(id);
      id = index.parentById.get(id) ?? undefined;
    }
  }
  return [...ids];
}

/** Resolves the unit scope of every node of a plan (inheriting responsible units from ancestors). */
export function nodeUnitScopes(index: UnitIndex, rows: readonly NodeUnitsRow[]): Map<string, string[]> {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const scopes = new Map<string, string[]>();
  for (const row of rows) {
    let at: NodeUnitsRow | undefined = row;
    let codes: string[] = [];
    for (let steps = 0; at && codes.length === 0 && steps <= rows.length; steps++) {
      codes = responsibleCodes(at.units);
      at = at.parentCode ? byCode.get(at.parentCode) : undefined;
    }
    scopes.set(row.code, unitIdsWithAncestors(index, codes));
  }
  return scopes;
}
