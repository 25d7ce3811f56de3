/**
 * The one authorization check, shared by the server and the web application:
 * `can(actor, action, resource)`. Pure: no I/O, the caller resolves everything the decision needs into
 * the actor (roles per entity) and the resource (its entity and, when it belongs to org units, the ids
 * of those units and of all their ancestors).
 */
import { ACTIONS, ROLE_POLICIES, type Action } from './actions.js';
import { membershipOf, type Actor } from './roles.js';

export interface Resource {
  entityId: string;
  /** Ids of the org units the resource belongs to, with all their ancestors. Empty: entity-wide. */
  unitIds?: readonly string[];
}

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  if (actor.isSystemAdmin) return true;
  const membership = membershipOf(actor, resource.entityId);
  if (!membership) return false;
  return membership.grants.some((grant) => {
    const scope = ROLE_POLICIES[grant.role][action];
    if (scope === 'entity') return true;
    if (scope !== 'units') return false;
    const unitIds = resource.unitIds ?? [];
    return grant.scopeUnitIds.some((unitId) => unitIds.includes(unitId));
  });
}

/** The actions of a resource kind the actor may perform on the resource, e.g. `['node.read', 'node.update']`. */
export function abilitiesFor(actor: Actor | null, resource: Resource, kind?: string): Action[] {
  return ACTIONS.filter((action) => (kind === undefined || action.startsWith(`${kind}.`)) && can(actor, action, resource));
}

/** True when the actor holds the action anywhere in the entity (for any of their units): shows menus. */
export function canSomewhere(actor: Actor | null, action: Action, entityId: string): boolean {
  if (!actor) return false;
  if (actor.isSystemAdmin) return true;
  const membership = membershipOf(actor, entityId);
  return membership?.grants.some((grant) => {
    const scope = ROLE_POLICIES[grant.role][action];
    return scope === 'entity' || (scope === 'units' && grant.scopeUnitIds.length > 0);
  }) ?? false;
}
