/**
 * Disabling and re-enabling the account of an entity's user (stp, system admin). A disabled account
 * cannot log in and its sessions end at once; its roles and history stay. Nobody disables their own
 * account, and only a system administrator disables another administrator's.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { isEntityRole } from '../../core/authorization/index.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import { revokeUserSessions } from '../auth/session.js';
import type { Db, Tx } from '../db/database.js';
import { roleAssignments, users } from '../db/schema.js';
import type { EntityUser, RoleInput } from './entity-user.js';
import { fail, ok, type Result } from './result.js';
import { updateVersioned } from './versioned-update.js';

export type UserStatusCode = 'not_found' | 'version_conflict' | 'cannot_disable_self' | 'admin_account';

type UserRow = typeof users.$inferSelect;

async function rolesIn(tx: Tx, entityId: string, userId: string): Promise<RoleInput[]> {
  const rows = await tx.select({ role: roleAssignments.role, scopeUnitIds: roleAssignments.scopeUnitIds }).from(roleAssignments)
    .where(and(eq(roleAssignments.entityId, entityId), eq(roleAssignments.userId, userId))).orderBy(asc(roleAssignments.role));
  return rows.flatMap((row) => (isEntityRole(row.role) ? [{ role: row.role, scopeUnitIds: row.scopeUnitIds }] : []));
}

function entityUserOf(user: UserRow, roles: RoleInput[]): EntityUser {
  return { id: user.id, username: user.username, displayName: user.displayName, email: user.email, disabled: user.disabled, version: user.version, roles };
}

export async function setEntityUserDisabled(db: Db, input: {
  entityId: string; userId: string; version: number; disabled: boolean; actor: AuditActor; actorIsSystemAdmin: boolean;
}): Promise<Result<EntityUser, UserStatusCode>> {
  if (input.disabled && input.actor.userId === input.userId) return fail('cannot_disable_self');
  return db.transaction(async (tx) => {
    const roles = await rolesIn(tx, input.entityId, input.userId);
    if (roles.length === 0) return fail('not_found');
    const [target] = await tx.select({ isSystemAdmin: users.isSystemAdmin }).from(users).where(eq(users.id, input.userId));
    if (target?.isSystemAdmin && !input.actorIsSystemAdmin) return fail('admin_account');
    const result = await updateVersioned({
      expectedVersion: input.version,
      load: async () => (await tx.select().from(users).where(eq(users.id, input.userId)).for('update'))[0],
      apply: async () => (await tx.update(users)
        .set({ disabled: input.disabled, failedLogins: 0, lockedUntil: null, version: sql`${users.version} + 1`, updatedAt: new Date() })
        .where(eq(users.id, input.userId)).returning())[0],
    });
    if (!result.ok) return { ...result, current: result.current ? entityUserOf(result.current as UserRow, roles) : undefined };
    if (input.disabled) await revokeUserSessions(tx, input.userId);
    const after = entityUserOf(result.value.after, roles);
    await appendAudit(tx, {
      actor: input.actor, entityId: input.entityId, objectType: 'user', objectId: input.userId, action: input.disabled ? 'disable' : 'enable',
      before: { disabled: result.value.before.disabled, version: result.value.before.version }, after: { disabled: after.disabled, version: after.version },
    });
    return ok(after);
  });
}
