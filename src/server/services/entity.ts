/**
 * Entities (the tenants). Every lookup by code goes through `findVisibleEntity`, which answers
 * `not_found` both for a missing entity and for one the actor does not belong to: a user of entity A
 * cannot tell whether entity B exists.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { isMemberOrAdmin, type Actor } from '../../core/authorization/index.js';
import { entities } from '../db/schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { fail, ok, type Result } from './result.js';
import { updateVersioned } from './versioned-update.js';

export type EntityRow = typeof entities.$inferSelect;

export async function findVisibleEntity(db: Db, actor: Actor | null, code: string): Promise<Result<EntityRow, 'not_found'>> {
  const [row] = await db.select().from(entities).where(eq(entities.code, code));
  if (!row || !isMemberOrAdmin(actor, row.id)) return fail('not_found');
  return ok(row);
}

export async function listVisibleEntities(db: Db, actor: Actor): Promise<EntityRow[]> {
  if (actor.isSystemAdmin) return db.select().from(entities).orderBy(asc(entities.code));
  const ids = actor.memberships.map((membership) => membership.entityId);
  if (ids.length === 0) return [];
  return db.select().from(entities).where(inArray(entities.id, ids)).orderBy(asc(entities.code));
}

export interface EntityChanges {
  name?: string;
  kind?: string | null;
}

export async function updateEntity(
  db: Db,
  input: { entityId: string; version: number; changes: EntityChanges; actor: AuditActor },
): Promise<Result<EntityRow, 'not_found' | 'version_conflict'>> {
  return db.transaction(async (tx) => {
    const result = await updateVersioned({
      expectedVersion: input.version,
      load: async () => (await tx.select().from(entities).where(eq(entities.id, input.entityId)).for('update'))[0],
      apply: async () => (await tx.update(entities)
        .set({ ...input.changes, version: sql`${entities.version} + 1`, updatedAt: new Date() })
        .where(eq(entities.id, input.entityId)).returning())[0],
    });
    if (!result.ok) return result;
    const { before, after } = result.value;
    await appendAudit(tx, {
      actor: input.actor, entityId: after.id, objectType: 'entity', objectId: after.id, action: 'update',
      before: { name: before.name, kind: before.kind, version: before.version }, after: { name: after.name, kind: after.kind, version: after.version },
    });
    return ok(after);
  });
}
