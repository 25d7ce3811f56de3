/**
 * Who may open the administration: the same pure `can` as the server, on the signed-in user's roles
 * in the selected entity (system administrators everywhere). Kept tiny: the navigation imports it.
 */
import { can, type Action } from '../../../core/authorization/index.js';
import { isEntityRole, type Actor } from '../../../core/authorization/roles.js';
import type { EntityRef, Me } from '../../api/session.js';
import { useWorkspace } from '../../workspace/workspace-context.js';

export function actorOf(me: Me): Actor {
  return {
    userId: me.user.id,
    isSystemAdmin: me.user.isSystemAdmin,
    memberships: me.memberships.map((membership) => ({
      entityId: membership.entity.id,
      grants: membership.roles.filter(isEntityRole).map((role) => ({ role, scopeUnitIds: membership.scopeUnitIds })),
    })),
  };
}

export function canInEntity(me: Me, entity: EntityRef | null, action: Action): boolean {
  return entity !== null && can(actorOf(me), action, { entityId: entity.id });
}

/** True when the user may manage users, org units or the entity of the workspace. */
export function useCanAdminister(): boolean {
  const { me, entity } = useWorkspace();
  return (['user.read', 'org_unit.create', 'entity.update'] as const).some((action) => canInEntity(me, entity, action));
}
