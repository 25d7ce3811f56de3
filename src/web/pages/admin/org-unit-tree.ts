/**
 * The org chart as an indented list: each unit after its parent, siblings by code in natural order
 * (A1.S2 before A1.S10), with its depth. Units whose parent is unknown (or a cycle) start at the top.
 */
export interface UnitLike {
  id: string;
  code: string;
  parentId: string | null;
}

export interface UnitRow<U extends UnitLike> {
  unit: U;
  depth: number;
}

const byCode = (a: UnitLike, b: UnitLike) => a.code.localeCompare(b.code, 'it', { numeric: true });

export function orgUnitRows<U extends UnitLike>(units: readonly U[]): UnitRow<U>[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, U[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const rows: UnitRow<U>[] = [];
  const placed = new Set<string>();
  const visit = (unit: U, depth: number) => {
    if (placed.has(unit.id)) return;
    placed.add(unit.id);
    rows.push({ unit, depth });
    for (const child of (children.get(unit.id) ?? []).sort(byCode)) visit(child, depth + 1);
  };
  for (const root of (children.get(null) ?? []).sort(byCode)) visit(root, 0);
  // Units caught in a parent cycle are never reached from a root: list them at the top.
  for (const unit of [...units].sort(byCode)) visit(unit, 0);
  return rows;
}

/** The ids of a unit and of every unit below it (a unit cannot move under one of these). */
export function unitAndDescendants(units: readonly UnitLike[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Open on a day (ISO yyyy-mm-dd): valid from ≤ day and (no end or end ≥ day). */
export function isUnitOpen(unit: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || unit.validTo >= day);
}
