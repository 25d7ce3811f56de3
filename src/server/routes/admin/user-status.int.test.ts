import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, sessions } from '../../db/schema.js';
import { buildEntity, buildUser, countAudit, login, problemOf, startTestApp, TEST_PASSWORD, type TestApp } from '../test-support.js';

describe('disabling a user\'s account', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function buildScene() {
    const entity = await buildEntity(t.db);
    const stp = await buildUser(t.db, { entityId: entity.id, role: 'stp' });
    const target = await buildUser(t.db, { entityId: entity.id, role: 'referente' });
    return { entity, stp, target, session: await login(t.app, stp.username), url: (id: string) => `/api/entities/${entity.code}/users/${id}/status` };
  }

  it('disables an account (its sessions end, it cannot log in), audited, and enables it again', async () => {
    const scene = await buildScene();
    const targetSession = await login(t.app, scene.target.username);
    const response = await t.app.inject({ method: 'PUT', url: scene.url(scene.target.id), headers: scene.session.headers, payload: { version: 1, disabled: true } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: scene.target.id, disabled: true, version: 2, roles: [{ role: 'referente' }] });
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, scene.target.id))).toEqual([]);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: targetSession.cookies });
    expect(me.statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: scene.target.username, password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(401);
    const trail = await t.db.select().from(auditLog)
      .where(and(eq(auditLog.objectId, scene.target.id), eq(auditLog.objectType, 'user'), inArray(auditLog.action, ['disable', 'enable'])));
    expect(trail.map((entry) => [entry.action, (entry.after as { disabled: boolean }).disabled])).toEqual([['disable', true]]);

    const enabled = await t.app.inject({ method: 'PUT', url: scene.url(scene.target.id), headers: scene.session.headers, payload: { version: 2, disabled: false } });
    expect(enabled.json()).toMatchObject({ disabled: false, version: 3 });
    expect((await login(t.app, scene.target.username)).csrfToken).toBeTruthy();
  });

  it('answers a stale version with 409 and the current account', async () => {
    const scene = await buildScene();
    await t.app.inject({ method: 'PUT', url: scene.url(scene.target.id), headers: scene.session.headers, payload: { version: 1, disabled: true } });
    const stale = await t.app.inject({ method: 'PUT', url: scene.url(scene.target.id), headers: scene.session.headers, payload: { version: 1, disabled: false } });
    expect(stale.statusCode).toBe(409);
    expect(problemOf(stale)).toMatchObject({ code: 'version_conflict', current: { id: scene.target.id, disabled: true, version: 2 } });
  });

  it('refuses to disable oneself, an administrator (unless an administrator asks) and users of other entities', async () => {
    const scene = await buildScene();
    const before = await countAudit(t.db);
    const self = await t.app.inject({ method: 'PUT', url: scene.url(scene.stp.id), headers: scene.session.headers, payload: { version: 1, disabled: true } });
    expect([self.statusCode, problemOf(self).code]).toEqual([400, 'cannot_disable_self']);
    const admin = await buildUser(t.db, { entityId: scene.entity.id, role: 'lettore', isSystemAdmin: true });
    const byStp = await t.app.inject({ method: 'PUT', url: scene.url(admin.id), headers: scene.session.headers, payload: { version: 1, disabled: true } });
    expect([byStp.statusCode, problemOf(byStp).code]).toEqual([403, 'admin_account']);
    const stranger = await buildUser(t.db, { entityId: (await buildEntity(t.db)).id, role: 'lettore' });
    const other = await t.app.inject({ method: 'PUT', url: scene.url(stranger.id), headers: scene.session.headers, payload: { version: 1, disabled: true } });
    expect(other.statusCode).toBe(404);
    expect(await countAudit(t.db)).toBe(before);
    const otherAdmin = await login(t.app, (await buildUser(t.db, { isSystemAdmin: true })).username);
    const byAdmin = await t.app.inject({ method: 'PUT', url: scene.url(admin.id), headers: otherAdmin.headers, payload: { version: 1, disabled: true } });
    expect(byAdmin.json()).toMatchObject({ disabled: true });
  });

  it('is for the stp only', async () => {
    const scene = await buildScene();
    const reader = await buildUser(t.db, { entityId: scene.entity.id, role: 'sg' });
    const session = await login(t.app, reader.username);
    const response = await t.app.inject({ method: 'PUT', url: scene.url(scene.target.id), headers: session.headers, payload: { version: 1, disabled: true } });
    expect(response.statusCode).toBe(403);
  });
});
