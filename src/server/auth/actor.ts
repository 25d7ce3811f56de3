/**
 * Loads who the caller is: the user, their roles per entity (the authorization `Actor`) and, for the
 * API, the entities they belong to.
 */
import { asc, eq } from 'drizzle-orm';
import { isEntityRole, type Actor, type Membership, type RoleGrant } from '../../core/authorization/index.js';
import { entities, roleAssignments, users } from '../db/schema.js';
import type { Db } from '../db/database.js';

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  locale: string;
  isSystemAdmin: boolean;
}

export interface MembershipView {
  entity: { id: string; code: string; name: string };
  roles: string[];
  scopeUnitIds: string[];
}

export interface Caller {
  user: CurrentUser;
  actor: Actor;
  memberships: MembershipView[];
}

export async function loadCaller(db: Db, userId: string): Promise<Caller | null> {
  const [user] = await db.select({
    id: users.id, username: users.username, displayName: users.displayName, locale: users.locale,
    isSystemAdmin: users.isSystemAdmin, disabled: users.disabled,
  }).from(users).where(eq(users.id, userId));
  if (!user || user.disabled) return null;
  const rows = await db.select({
    entityId: entities.id, code: entities.code, name: entities.name, role: roleAssignments.role, scopeUnitIds: roleAssignments.scopeUnitIds,
  }).from(roleAssignments).innerJoin(entities, eq(entities.id, roleAssignments.entityId))
    .where(eq(roleAssignments.userId, userId)).orderBy(asc(entities.code), asc(roleAssignments.role));

  const byEntity = new Map<string, { view: MembershipView; grants: RoleGrant[] }>();
  for (const row of rows) {
    if (!isEntityRole(row.role)) continue;
    let entry = byEntity.get(row.entityId);
    if (!entry) {
      entry = { view: { entity: { id: row.entityId, code: row.code, name: row.name }, roles: [], scopeUnitIds: [] }, grants: [] };
      byEntity.set(row.entityId, entry);
    }
    entry.view.roles.push(row.role);
    for (const unitId of row.scopeUnitIds) if (!entry.view.scopeUnitIds.includes(unitId)) entry.view.scopeUnitIds.push(unitId);
    entry.grants.push({ role: row.role, scopeUnitIds: row.scopeUnitIds });
  }
  const memberships: Membership[] = [...byEntity.entries()].map(([entityId, entry]) => ({ entityId, grants: entry.grants }));
  const { disabled: _disabled, ...current } = user;
  return {
    user: current,
    actor: { userId: user.id, isSystemAdmin: user.isSystemAdmin, memberships },
    memberships: [...byEntity.values()].map((entry) => entry.view),
  };
}
