import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, nodes } from '../../db/schema.js';
import {
  buildEntity, buildNode, buildOrgUnit, buildPlan, buildUser, countAudit, login, problemOf, startTestApp, type TestApp,
} from '../test-support.js';

describe('nodes of a plan', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function buildScene() {
    const entity = await buildEntity(t.db);
    const area1 = await buildOrgUnit(t.db, entity.id, { code: 'AREA1', kind: 'area' });
    const office = await buildOrgUnit(t.db, entity.id, { code: 'UFF1', parentId: area1.id });
    const area2 = await buildOrgUnit(t.db, entity.id, { code: 'AREA2', kind: 'area' });
    const plan = await buildPlan(t.db, entity.id);
    const root = await buildNode(t.db, plan, { code: '1', units: { responsible: ['AREA1'], involved: [] } });
    const child = await buildNode(t.db, plan, { code: '1.1', parentCode: '1', level: 'operational_objective', units: { responsible: ['UFF1'], involved: [] } });
    const other = await buildNode(t.db, plan, { code: '2', units: { responsible: ['AREA2'], involved: [] } });
    const base = `/api/entities/${entity.code}/plans/${plan.code}/nodes`;
    return { entity, area1, area2, office, plan, root, child, other, base };
  }

  it('lists nodes with versions and the caller\'s abilities; a scoped dirigente may edit only their area', async () => {
    const scene = await buildScene();
    const dirigente = await buildUser(t.db, { entityId: scene.entity.id, role: 'dirigente', scopeUnitIds: [scene.area1.id] });
    const session = await login(t.app, dirigente.username);
    const response = await t.app.inject({ method: 'GET', url: scene.base, cookies: session.cookies });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { code: string; version: number; abilities: string[] }[];
    expect(items.map((item) => [item.code, item.version])).toEqual([['1', 1], ['1.1', 1], ['2', 1]]);
    expect(items.find((item) => item.code === '1.1')!.abilities).toContain('node.update');
    expect(items.find((item) => item.code === '2')!.abilities).toEqual(['node.read', 'indicator.read']);
    const denied = await t.app.inject({ method: 'PATCH', url: `${scene.base}/2`, headers: session.headers, payload: { version: 1, title: 'Mio' } });
    expect(denied.statusCode).toBe(403);
    expect(problemOf(denied).code).toBe('forbidden');
    const allowed = await t.app.inject({ method: 'PATCH', url: `${scene.base}/1.1`, headers: session.headers, payload: { version: 1, title: 'Nuovo titolo' } });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toMatchObject({ code: '1.1', title: 'Nuovo titolo', version: 2 });
  });

  it('updates a node in one audited transaction and answers a stale version with 409 and the current node', async () => {
    const scene = await buildScene();
    const stp = await buildUser(t.db, { entityId: scene.entity.id, role: 'stp' });
    const session = await login(t.app, stp.username);
    const first = await t.app.inject({
      method: 'PATCH', url: `${scene.base}/1`, headers: session.headers,
      payload: { version: 1, title: 'Competitività', weight: 40, description: null, units: { responsible: ['AREA2'], involved: ['UFF1'] } },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Competitività', weight: 40, version: 2, units: { responsible: ['AREA2'], involved: ['UFF1'] } });
    const trail = await t.db.select().from(auditLog).where(eq(auditLog.objectId, scene.root.id));
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'update', objectType: 'node', username: stp.username });
    expect((trail[0]!.before as { title: string }).title).toBe('Obiettivo di prova');

    const stale = await t.app.inject({ method: 'PATCH', url: `${scene.base}/1`, headers: session.headers, payload: { version: 1, title: 'Sovrascrivo' } });
    expect(stale.statusCode).toBe(409);
    const problem = problemOf(stale);
    expect(problem.code).toBe('version_conflict');
    expect(problem.current).toMatchObject({ code: '1', title: 'Competitività', version: 2 });
    expect(problem.current).not.toHaveProperty('entityId');
    const [row] = await t.db.select().from(nodes).where(eq(nodes.id, scene.root.id));
    expect(row!.title).toBe('Competitività');
  });

  it('rejects unknown unit and node codes with field errors, writing nothing', async () => {
    const scene = await buildScene();
    const stp = await buildUser(t.db, { entityId: scene.entity.id, role: 'stp' });
    const session = await login(t.app, stp.username);
    const before = await countAudit(t.db);
    const response = await t.app.inject({
      method: 'PATCH', url: `${scene.base}/1`, headers: session.headers,
      payload: { version: 1, units: { responsible: ['NOPE'], involved: [] }, links: ['9.9'] },
    });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).errors!.map((e) => [e.path, e.code])).toEqual([['units', 'unknown_unit'], ['links', 'unknown_node']]);
    expect(await countAudit(t.db)).toBe(before);
  });

  it('hides another entity\'s plan behind 404, and a missing node is 404 too', async () => {
    const scene = await buildScene();
    const stranger = await buildUser(t.db, { entityId: (await buildEntity(t.db)).id, role: 'stp' });
    const session = await login(t.app, stranger.username);
    const response = await t.app.inject({ method: 'GET', url: scene.base, cookies: session.cookies });
    expect(response.statusCode).toBe(404);
    expect(problemOf(response).code).toBe('not_found');
    const admin = await login(t.app, (await buildUser(t.db, { isSystemAdmin: true })).username);
    expect((await t.app.inject({ method: 'GET', url: `${scene.base}/9.9`, cookies: admin.cookies })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${scene.base}/1`, cookies: admin.cookies })).json()).toMatchObject({ code: '1', version: 1 });
  });
});
