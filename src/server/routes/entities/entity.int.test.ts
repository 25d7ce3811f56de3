import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema.js';
import { buildEntity, buildUser, login, problemOf, startTestApp, type TestApp } from '../test-support.js';

describe('entities', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function buildScene() {
    const entity = await buildEntity(t.db);
    const stp = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username);
    return { entity, stp, base: `/api/entities/${entity.code}` };
  }

  it('lists only the entities of the caller (all of them for a system admin), with entity-wide abilities', async () => {
    const { entity, stp } = await buildScene();
    const other = await buildEntity(t.db);
    const mine = await t.app.inject({ method: 'GET', url: '/api/entities', cookies: stp.cookies });
    expect(mine.json().items.map((e: { code: string }) => e.code)).toEqual([entity.code]);
    expect(mine.json().items[0].abilities).toEqual(expect.arrayContaining(['entity.update', 'org_unit.create', 'user.read', 'audit.read', 'job.create']));
    const admin = await login(t.app, (await buildUser(t.db, { isSystemAdmin: true })).username);
    const all = (await t.app.inject({ method: 'GET', url: '/api/entities', cookies: admin.cookies })).json().items.map((e: { code: string }) => e.code);
    expect(all).toEqual(expect.arrayContaining([entity.code, other.code]));
  });

  it('renames an entity with its version, audited; a stale version gets 409 with the entity as presented', async () => {
    const { entity, stp, base } = await buildScene();
    const renamed = await t.app.inject({ method: 'PATCH', url: base, headers: stp.headers, payload: { version: 1, name: 'CCIAA di Prova' } });
    expect(renamed.json()).toMatchObject({ code: entity.code, name: 'CCIAA di Prova', version: 2 });
    const stale = await t.app.inject({ method: 'PATCH', url: base, headers: stp.headers, payload: { version: 1, name: 'Altro' } });
    expect(stale.statusCode).toBe(409);
    expect(problemOf(stale).current).toEqual(expect.objectContaining({ name: 'CCIAA di Prova', version: 2 }));
    expect(problemOf(stale).current).not.toHaveProperty('settings');
    const trail = await t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'entity'), eq(auditLog.objectId, entity.id)));
    expect(trail.map((row) => [row.action, (row.after as { name: string }).name])).toEqual([['update', 'CCIAA di Prova']]);
  });
});
