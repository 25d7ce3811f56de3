import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../audit/audit-log.js';
import { buildEntity, buildUser, login, problemOf, startTestApp, type TestApp } from '../test-support.js';

describe('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('pages an entity\'s trail newest first with filters, and never shows another entity\'s entries', async () => {
    const entity = await buildEntity(t.db);
    const other = await buildEntity(t.db);
    const author = await buildUser(t.db, { entityId: entity.id, role: 'stp' });
    const actor = { userId: author.id, username: author.username };
    for (let i = 1; i <= 5; i++) {
      await appendAudit(t.db, { actor, entityId: entity.id, objectType: i % 2 ? 'node' : 'indicator', objectId: `obj${i}`, action: 'update', after: { i } });
    }
    await appendAudit(t.db, { actor, entityId: other.id, objectType: 'node', objectId: 'foreign', action: 'update' });
    const oiv = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'oiv' })).username);
    const base = `/api/entities/${entity.code}/audit`;

    const first = (await t.app.inject({ method: 'GET', url: `${base}?limit=2`, cookies: oiv.cookies })).json();
    expect(first.items.map((e: { objectId: string }) => e.objectId)).toEqual(['obj5', 'obj4']);
    const second = (await t.app.inject({ method: 'GET', url: `${base}?limit=2&cursor=${first.nextCursor}`, cookies: oiv.cookies })).json();
    expect(second.items.map((e: { objectId: string }) => e.objectId)).toEqual(['obj3', 'obj2']);
    const last = (await t.app.inject({ method: 'GET', url: `${base}?limit=2&cursor=${second.nextCursor}`, cookies: oiv.cookies })).json();
    expect(last).toMatchObject({ items: [{ objectId: 'obj1', username: author.username, after: { i: 1 } }], nextCursor: null });

    const nodesOnly = (await t.app.inject({ method: 'GET', url: `${base}?objectType=node&userId=${author.id}`, cookies: oiv.cookies })).json();
    expect(nodesOnly.items.map((e: { objectId: string }) => e.objectId)).toEqual(['obj5', 'obj3', 'obj1']);
    const future = (await t.app.inject({ method: 'GET', url: `${base}?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`, cookies: oiv.cookies })).json();
    expect(future.items).toEqual([]);
    const byObject = (await t.app.inject({ method: 'GET', url: `${base}?objectType=indicator&objectId=obj2`, cookies: oiv.cookies })).json();
    expect(byObject.items).toHaveLength(1);
  });

  it('is closed to roles without audit.read', async () => {
    const entity = await buildEntity(t.db);
    const lettore = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'lettore' })).username);
    const response = await t.app.inject({ method: 'GET', url: `/api/entities/${entity.code}/audit`, cookies: lettore.cookies });
    expect(problemOf(response)).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
