import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIONS, ROLE_POLICIES, type Action } from './actions.js';
import { abilitiesFor, can, canSomewhere } from './can.js';
import { ENTITY_ROLES, isEntityRole, type Actor, type EntityRole } from './roles.js';

const ENTITY_A = 'entity-a';
const ENTITY_B = 'entity-b';

function buildActor(role: EntityRole, scopeUnitIds: string[] = [], entityId = ENTITY_A): Actor {
  return { userId: `user-${role}`, isSystemAdmin: false, memberships: [{ entityId, grants: [{ role, scopeUnitIds }] }] };
}

const admin: Actor = { userId: 'admin', isSystemAdmin: true, memberships: [] };
const area = 'unit-area-1';
const office = 'unit-office-1a';
const otherArea = 'unit-area-2';
/** A node owned by office 1a, inside area 1 (ancestors included, as the server resolves them). */
const nodeOfArea1 = { entityId: ENTITY_A, unitIds: [office, area] };
const nodeOfArea2 = { entityId: ENTITY_A, unitIds: [otherArea] };

describe('can', () => {
  it('denies every action to anonymous callers', () => {
    for (const action of ACTIONS) expect(can(null, action, { entityId: ENTITY_A })).toBe(false);
  });

  it('allows everything to system administrators, in every entity', () => {
    for (const action of ACTIONS) expect(can(admin, action, { entityId: ENTITY_B })).toBe(true);
  });

  it('denies every action of another entity, whatever the role', () => {
    for (const role of ENTITY_ROLES) {
      for (const action of ACTIONS) expect(can(buildActor(role), action, { entityId: ENTITY_B, unitIds: [area] })).toBe(false);
    }
  });

  it('lets every role read the entity, its plans and nodes', () => {
    for (const role of ENTITY_ROLES) {
      for (const action of ['entity.read', 'plan.read', 'node.read', 'indicator.read', 'measure.read'] as Action[]) {
        expect(can(buildActor(role), action, { entityId: ENTITY_A })).toBe(true);
      }
    }
  });

  it('gives the audit trail to stp, sg and oiv only', () => {
    const allowed = ENTITY_ROLES.filter((role) => can(buildActor(role), 'audit.read', { entityId: ENTITY_A }));
    expect(allowed).toEqual(['stp', 'sg', 'oiv']);
  });

  it('lets only the stp manage users, org units and jobs', () => {
    for (const action of ['user.read', 'user.create', 'user.update', 'org_unit.create', 'org_unit.delete', 'job.create', 'entity.update'] as Action[]) {
      const allowed = ENTITY_ROLES.filter((role) => can(buildActor(role, [area]), action, { entityId: ENTITY_A }));
      expect(allowed, action).toEqual(['stp']);
    }
  });

  it('scopes a dirigente to the nodes of their areas (and the units below)', () => {
    const dirigente = buildActor('dirigente', [area]);
    expect(can(dirigente, 'node.update', nodeOfArea1)).toBe(true);
    expect(can(dirigente, 'node.update', nodeOfArea2)).toBe(false);
    expect(can(dirigente, 'node.update', { entityId: ENTITY_A })).toBe(false);
    expect(can(dirigente, 'node.read', nodeOfArea2)).toBe(true);
    expect(can(buildActor('dirigente', []), 'node.update', nodeOfArea1)).toBe(false);
  });

  it('scopes a referente to data entry for their units only', () => {
    const referente = buildActor('referente', [office]);
    expect(can(referente, 'value.enter', nodeOfArea1)).toBe(true);
    expect(can(referente, 'value.enter', { entityId: ENTITY_A, unitIds: [area] })).toBe(false);
    expect(can(referente, 'value.validate', nodeOfArea1)).toBe(false);
    expect(can(referente, 'node.update', nodeOfArea1)).toBe(false);
  });

  it('lets the oiv read everything and validate the year, but not edit', () => {
    const oiv = buildActor('oiv');
    expect(can(oiv, 'plan_year.validate', { entityId: ENTITY_A })).toBe(true);
    expect(can(oiv, 'audit.read', { entityId: ENTITY_A })).toBe(true);
    const edits = ACTIONS.filter((action) => /\.(update|create|delete|enter)$/.test(action));
    for (const action of edits) expect(can(oiv, action, nodeOfArea1)).toBe(false);
  });

  it('combines the roles a user holds in an entity', () => {
    const actor: Actor = {
      userId: 'u', isSystemAdmin: false,
      memberships: [{ entityId: ENTITY_A, grants: [{ role: 'lettore', scopeUnitIds: [] }, { role: 'dirigente', scopeUnitIds: [otherArea] }] }],
    };
    expect(can(actor, 'node.update', nodeOfArea2)).toBe(true);
    expect(can(actor, 'node.update', nodeOfArea1)).toBe(false);
  });

  it('never grants more through a unit scope than the role policy lists (property)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...ENTITY_ROLES), fc.constantFrom(...ACTIONS), fc.array(fc.constantFrom(area, office, otherArea)),
      fc.array(fc.constantFrom(area, office, otherArea)),
      (role, action, scope, unitIds) => {
        const allowed = can(buildActor(role, scope), action, { entityId: ENTITY_A, unitIds });
        const granted = ROLE_POLICIES[role][action];
        if (granted === undefined) return !allowed;
        if (granted === 'entity') return allowed;
        return allowed === scope.some((unit) => unitIds.includes(unit));
      },
    ));
  });
});

describe('abilitiesFor and canSomewhere', () => {
  it('lists the abilities of one kind for a resource', () => {
    expect(abilitiesFor(buildActor('dirigente', [area]), nodeOfArea1, 'node')).toEqual(['node.read', 'node.update']);
    expect(abilitiesFor(buildActor('dirigente', [area]), nodeOfArea2, 'node')).toEqual(['node.read']);
    expect(abilitiesFor(null, nodeOfArea1)).toEqual([]);
    expect(abilitiesFor(admin, nodeOfArea1)).toEqual([...ACTIONS]);
  });

  it('tells whether a scoped role can act somewhere in the entity', () => {
    expect(canSomewhere(buildActor('dirigente', [area]), 'node.update', ENTITY_A)).toBe(true);
    expect(canSomewhere(buildActor('dirigente', []), 'node.update', ENTITY_A)).toBe(false);
    expect(canSomewhere(buildActor('lettore'), 'node.update', ENTITY_A)).toBe(false);
    expect(canSomewhere(buildActor('stp'), 'node.update', ENTITY_B)).toBe(false);
  });

  it('recognises role names', () => {
    expect(isEntityRole('oiv')).toBe(true);
    expect(isEntityRole('admin')).toBe(false);
  });
});
