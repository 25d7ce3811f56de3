/**
 * Org units of an entity (Area, Servizio, Ufficio…), a tree with history. Deleting a unit closes it
 * (valid_to = the given day, default today) instead of removing the row: plans of past years keep
 * referring to it by code. Parents are always looked up within the same entity.
 */
import { asc, eq } from 'drizzle-orm';
import { orgUnits } from '../db/schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Tx } from '../db/database.js';
import { fail, ok, type Result } from './result.js';
import { updateWithVersion } from '../db/versioned-update.js';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

export interface OrgUnitFields {
  name?: string;
  kind?: string;
  parentId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export async function listOrgUnits(db: Db, entityId: string): Promise<OrgUnitRow[]> {
  return db.select().from(orgUnits).where(eq(orgUnits.entityId, entityId)).orderBy(asc(orgUnits.code));
}

function auditView(row: OrgUnitRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

/** `invalid_parent`: the parent is not a unit of this entity, or would make a cycle. */
async function checkParent(tx: Tx, entityId: string, unitId: string | null, parentId: string | null | undefined): Promise<boolean> {
  if (!parentId) return true;
  const units = await tx.select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  if (!parentOf.has(parentId)) return false;
  for (let at: string | null | undefined = parentId, steps = 0; at && steps <= units.length; at = parentOf.get(at), steps++) {
    if (at === unitId) return false;
  }
  return true;
}

export async function createOrgUnit(
  db: Db,
  input: { entityId: string; code: string; name: string; kind: string; parentId?: string | null; validFrom?: string | null; actor: AuditActor },
): Promise<Result<OrgUnitRow, 'conflict' | 'invalid_parent'>> {
  return db.transaction(async (tx) => {
    if (!(await checkParent(tx, input.entityId, null, input.parentId))) return fail('invalid_parent');
    const [created] = await tx.insert(orgUnits).values({
      entityId: input.entityId, code: input.code, name: input.name, kind: input.kind,
      parentId: input.parentId ?? null, validFrom: input.validFrom ?? null,
    }).onConflictDoNothing().returning();
    if (!created) return fail('conflict', { detail: `org unit ${input.code} exists` });
    await appendAudit(tx, { actor: input.actor, entityId: input.entityId, objectType: 'org_unit', objectId: created.id, action: 'create', after: auditView(created) });
    return ok(created);
  });
}

export async function updateOrgUnit(
  db: Db,
  input: { entityId: string; unitId: string; version: number; changes: OrgUnitFields; action?: 'update' | 'close'; actor: AuditActor },
): Promise<Result<OrgUnitRow, 'not_found' | 'version_conflict' | 'invalid_parent'>> {
  return db.transaction(async (tx) => {
    if (!(await checkParent(tx, input.entityId, input.unitId, input.changes.parentId))) return fail('invalid_parent');
    return updateWithVersion(tx, orgUnits, {
      id: input.unitId, entityId: input.entityId, expectedVersion: input.version, changes: input.changes,
      actor: input.actor, objectType: 'org_unit', action: input.action ?? 'update',
    });
  });
}

/** Closes a unit on `validTo` (default today): the DELETE of the API. */
export async function closeOrgUnit(
  db: Db,
  input: { entityId: string; unitId: string; version: number; validTo?: string; actor: AuditActor },
): Promise<Result<OrgUnitRow, 'not_found' | 'version_conflict' | 'invalid_parent'>> {
  const validTo = input.validTo ?? new Date().toISOString().slice(0, 10);
  return updateOrgUnit(db, { ...input, changes: { validTo }, action: 'close' });
}
