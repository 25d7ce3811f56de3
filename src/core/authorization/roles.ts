/**
 * Roles and actors. A user may be a system administrator (the installation) and hold, per entity, any
 * of the entity roles below. A role may be limited to some org units (`scopeUnitIds`): a dirigente to
 * the areas they manage, a referente to the offices they enter data for.
 */

export const ENTITY_ROLES = ['stp', 'sg', 'dirigente', 'referente', 'validatore', 'oiv', 'lettore'] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];

export function isEntityRole(value: string): value is EntityRole {
  return (ENTITY_ROLES as readonly string[]).includes(value);
}

/** One role held in one entity, optionally limited to some org units (ids). */
export interface RoleGrant {
  role: EntityRole;
  scopeUnitIds: readonly string[];
}

export interface Membership {
  entityId: string;
  grants: readonly RoleGrant[];
}

/** Who is acting: `null` is an anonymous caller. */
export interface Actor {
  userId: string;
  isSystemAdmin: boolean;
  memberships: readonly Membership[];
}

export function membershipOf(actor: Actor | null, entityId: string): Membership | undefined {
  return actor?.memberships.find((membership) => membership.entityId === entityId);
}

/** True when the actor may see the entity at all (a member, or a system administrator). */
export function isMemberOrAdmin(actor: Actor | null, entityId: string): boolean {
  if (!actor) return false;
  return actor.isSystemAdmin || membershipOf(actor, entityId) !== undefined;
}
