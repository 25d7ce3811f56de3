import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, roleAssignments, users } from '../../db/schema.js';
import { buildEntity, buildOrgUnit, buildUser, login, problemOf, startTestApp, type TestApp } from '../test-support.js';

describe('users of an entity', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function buildScene() {
    const entity = await buildEntity(t.db);
    const area = await buildOrgUnit(t.db, entity.id, { code: 'A1', kind: 'area' });
    const stp = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username);
    return { entity, area, stp, base: `/api/entities/${entity.code}/users` };
  }

  it('creates a user with scoped roles who can then log in; the response never shows secrets', async () => {
    const { entity, area, stp, base } = await buildScene();
    const response = await t.app.inject({
      method: 'POST', url: base, headers: stp.headers,
      payload: { username: 'Laura.Conti', displayName: 'Laura Conti', password: 'a-long-initial-password', roles: [{ role: 'dirigente', scopeUnitIds: [area.id] }, { role: 'lettore' }] },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ username: 'laura.conti', displayName: 'Laura Conti', disabled: false, version: 1 });
    expect(created.roles).toEqual([{ role: 'dirigente', scopeUnitIds: [area.id] }, { role: 'lettore', scopeUnitIds: [] }]);
    expect(created).not.toHaveProperty('passwordHash');
    expect(created).not.toHaveProperty('failedLogins');
    expect(JSON.stringify(created)).not.toContain('argon2');
    const session = await login(t.app, 'laura.conti', 'a-long-initial-password');
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', cookies: session.cookies })).json();
    expect(me.memberships).toEqual([{ entity: { id: entity.id, code: entity.code, name: entity.name }, roles: ['dirigente', 'lettore'], scopeUnitIds: [area.id] }]);
    const listed = (await t.app.inject({ method: 'GET', url: base, cookies: stp.cookies })).json().items.map((u: { username: string }) => u.username);
    expect(listed).toContain('laura.conti');
  });

  it('refuses a taken username (409), a unit of another entity (400) and a repeated role (400), writing nothing', async () => {
    const { stp, base } = await buildScene();
    const existing = await buildUser(t.db);
    const foreignUnit = await buildOrgUnit(t.db, (await buildEntity(t.db)).id);
    const body = { displayName: 'X', password: 'a-long-initial-password' };
    const taken = await t.app.inject({ method: 'POST', url: base, headers: stp.headers, payload: { ...body, username: existing.username, roles: [{ role: 'lettore' }] } });
    expect(problemOf(taken)).toMatchObject({ status: 409, code: 'username_taken' });
    const scope = await t.app.inject({ method: 'POST', url: base, headers: stp.headers, payload: { ...body, username: 'scoped.user', roles: [{ role: 'referente', scopeUnitIds: [foreignUnit.id] }] } });
    expect(problemOf(scope)).toMatchObject({ status: 400, code: 'invalid_scope' });
    const repeated = await t.app.inject({ method: 'POST', url: base, headers: stp.headers, payload: { ...body, username: 'twice.user', roles: [{ role: 'lettore' }, { role: 'lettore' }] } });
    expect(problemOf(repeated).code).toBe('duplicate_role');
    expect(await t.db.select().from(users).where(eq(users.username, 'scoped.user'))).toEqual([]);
  });

  it('replaces the roles in this entity only; removing the last role anywhere ends the user\'s sessions', async () => {
    const { entity, stp, base } = await buildScene();
    const other = await buildEntity(t.db);
    const user = await buildUser(t.db, { entityId: entity.id, role: 'lettore' });
    const session = await login(t.app, user.username);
    const changed = await t.app.inject({ method: 'PATCH', url: `${base}/${user.id}`, headers: stp.headers, payload: { version: 1, roles: [{ role: 'oiv' }] } });
    expect(changed.json()).toMatchObject({ version: 2, roles: [{ role: 'oiv', scopeUnitIds: [] }] });
    await t.db.insert(roleAssignments).values({ userId: user.id, entityId: other.id, role: 'lettore' });
    await t.app.inject({ method: 'PATCH', url: `${base}/${user.id}`, headers: stp.headers, payload: { version: 2, roles: [] } });
    const remaining = await t.db.select().from(roleAssignments).where(eq(roleAssignments.userId, user.id));
    expect(remaining.map((r) => [r.entityId, r.role])).toEqual([[other.id, 'lettore']]);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: session.cookies })).statusCode).toBe(200);
    await t.db.delete(roleAssignments).where(eq(roleAssignments.userId, user.id));
    await t.db.insert(roleAssignments).values({ userId: user.id, entityId: entity.id, role: 'lettore' });
    await t.app.inject({ method: 'PATCH', url: `${base}/${user.id}`, headers: stp.headers, payload: { version: 3, roles: [] } });
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: session.cookies })).statusCode).toBe(401);
    const trail = await t.db.select().from(auditLog).where(eq(auditLog.objectId, user.id));
    expect(trail.filter((row) => row.objectType === 'user' && row.action === 'update')).toHaveLength(3);
  });

  it('treats a user without a role in the entity as not found, and a stale version as 409', async () => {
    const { entity, stp, base } = await buildScene();
    const outsider = await buildUser(t.db, { entityId: (await buildEntity(t.db)).id, role: 'stp' });
    const response = await t.app.inject({ method: 'PATCH', url: `${base}/${outsider.id}`, headers: stp.headers, payload: { version: 1, displayName: 'Preso' } });
    expect(problemOf(response)).toMatchObject({ status: 404, code: 'not_found' });
    const member = await buildUser(t.db, { entityId: entity.id, role: 'lettore' });
    const stale = await t.app.inject({ method: 'PATCH', url: `${base}/${member.id}`, headers: stp.headers, payload: { version: 7, displayName: 'X' } });
    expect(problemOf(stale).code).toBe('version_conflict');
    expect(problemOf(stale).current).toMatchObject({ id: member.id, version: 1, roles: [{ role: 'lettore', scopeUnitIds: [] }] });
  });
});
