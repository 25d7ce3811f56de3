/**
 * The users of an entity: accounts holding at least one role in it. The stp (or a system admin) adds
 * users and sets their roles in this entity only; roles in other entities are never touched here.
 * Unit scopes must be org units of this entity.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isEntityRole, type EntityRole } from '../../core/authorization/index.js';
import { hashPassword } from '../auth/password.js';
import { revokeUserSessions } from '../auth/session.js';
import { orgUnits, roleAssignments, users } from '../db/schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Tx } from '../db/database.js';
import { fail, ok, type Result } from './result.js';
import { updateVersioned } from './versioned-update.js';

export interface RoleInput {
  role: EntityRole;
  scopeUnitIds: string[];
}

export interface EntityUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  disabled: boolean;
  version: number;
  roles: RoleInput[];
}

type UserRow = typeof users.$inferSelect;

function toEntityUser(user: UserRow, roles: RoleInput[]): EntityUser {
  return { id: user.id, username: user.username, displayName: user.displayName, email: user.email, disabled: user.disabled, version: user.version, roles };
}

async function rolesByUser(db: Db, entityId: string, userIds: string[]): Promise<Map<string, RoleInput[]>> {
  const map = new Map<string, RoleInput[]>();
  if (userIds.length === 0) return map;
  const rows = await db.select().from(roleAssignments)
    .where(and(eq(roleAssignments.entityId, entityId), inArray(roleAssignments.userId, userIds))).orderBy(asc(roleAssignments.role));
  for (const row of rows) {
    if (!isEntityRole(row.role)) continue;
    map.set(row.userId, [...(map.get(row.userId) ?? []), { role: row.role, scopeUnitIds: row.scopeUnitIds }]);
  }
  return map;
}

export async function listEntityUsers(db: Db, entityId: string): Promise<EntityUser[]> {
  const members = db.selectDistinct({ userId: roleAssignments.userId }).from(roleAssignments).where(eq(roleAssignments.entityId, entityId));
  const rows = await db.select().from(users).where(inArray(users.id, members)).orderBy(asc(users.username));
  const roles = await rolesByUser(db, entityId, rows.map((row) => row.id));
  return rows.map((row) => toEntityUser(row, roles.get(row.id) ?? []));
}

async function unitsBelongTo(tx: Tx, entityId: string, roles: RoleInput[]): Promise<boolean> {
  const wanted = [...new Set(roles.flatMap((role) => role.scopeUnitIds))];
  if (wanted.length === 0) return true;
  const found = await tx.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.entityId, entityId), inArray(orgUnits.id, wanted)));
  return found.length === wanted.length;
}

async function replaceRoles(tx: Tx, entityId: string, userId: string, roles: RoleInput[]): Promise<void> {
  await tx.delete(roleAssignments).where(and(eq(roleAssignments.entityId, entityId), eq(roleAssignments.userId, userId)));
  if (roles.length > 0) {
    await tx.insert(roleAssignments).values(roles.map((role) => ({ userId, entityId, role: role.role, scopeUnitIds: role.scopeUnitIds })));
  }
}

export type CreateUserCode = 'username_taken' | 'invalid_scope' | 'duplicate_role';

function hasDuplicateRoles(roles: RoleInput[]): boolean {
  return new Set(roles.map((role) => role.role)).size !== roles.length;
}

export async function createEntityUser(
  db: Db,
  input: { entityId: string; username: string; displayName: string; email?: string | null; password: string; roles: RoleInput[]; actor: AuditActor },
): Promise<Result<EntityUser, CreateUserCode>> {
  if (hasDuplicateRoles(input.roles)) return fail('duplicate_role');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (!(await unitsBelongTo(tx, input.entityId, input.roles))) return fail('invalid_scope');
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.username})`, input.username.toLowerCase()));
    if (taken) return fail('username_taken');
    const [created] = await tx.insert(users).values({
      username: input.username, displayName: input.displayName, email: input.email ?? null, passwordHash, passwordChangedAt: new Date(),
    }).onConflictDoNothing().returning();
    if (!created) return fail('username_taken');
    await replaceRoles(tx, input.entityId, created.id, input.roles);
    const after = toEntityUser(created, input.roles);
    await appendAudit(tx, { actor: input.actor, entityId: input.entityId, objectType: 'user', objectId: created.id, action: 'create', after });
    return ok(after);
  });
}

export async function updateEntityUser(
  db: Db,
  input: {
    entityId: string; userId: string; version: number; actor: AuditActor;
    changes: { displayName?: string; email?: string | null; roles?: RoleInput[] };
  },
): Promise<Result<EntityUser, 'not_found' | 'version_conflict' | 'invalid_scope' | 'duplicate_role'>> {
  const { roles, ...fields } = input.changes;
  if (roles && hasDuplicateRoles(roles)) return fail('duplicate_role');
  return db.transaction(async (tx) => {
    const before = (await rolesByUser(tx, input.entityId, [input.userId])).get(input.userId);
    if (!before) return fail('not_found');
    if (roles && !(await unitsBelongTo(tx, input.entityId, roles))) return fail('invalid_scope');
    const result = await updateVersioned({
      expectedVersion: input.version,
      load: async () => (await tx.select().from(users).where(eq(users.id, input.userId)).for('update'))[0],
      apply: async () => (await tx.update(users).set({ ...fields, version: sql`${users.version} + 1`, updatedAt: new Date() })
        .where(eq(users.id, input.userId)).returning())[0],
    });
    if (!result.ok) return { ...result, current: result.current ? toEntityUser(result.current as UserRow, before) : undefined };
    if (roles) await replaceRoles(tx, input.entityId, input.userId, roles);
    // A user left with no role anywhere (and not a system admin) is logged out everywhere.
    if (roles && roles.length === 0) await revokeIfNoRolesLeft(tx, input.userId);
    const after = toEntityUser(result.value.after, roles ?? before);
    await appendAudit(tx, {
      actor: input.actor, entityId: input.entityId, objectType: 'user', objectId: input.userId, action: 'update',
      before: toEntityUser(result.value.before, before), after,
    });
    return ok(after);
  });
}

async function revokeIfNoRolesLeft(tx: Tx, userId: string): Promise<void> {
  const [user] = await tx.select({ isSystemAdmin: users.isSystemAdmin }).from(users).where(eq(users.id, userId));
  const [anyRole] = await tx.select({ id: roleAssignments.id }).from(roleAssignments).where(eq(roleAssignments.userId, userId)).limit(1);
  if (!anyRole && !user?.isSystemAdmin) await revokeUserSessions(tx, userId);
}
