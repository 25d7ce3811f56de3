import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, measures } from '../../db/schema.js';
import {
  buildEntity, buildIndicator, buildMeasure, buildNode, buildPlan, buildUser, countAudit, login, problemOf, startTestApp, type TestApp,
} from '../test-support.js';

describe('one measure: usage and versioned edit', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function buildScene() {
    const entity = await buildEntity(t.db);
    const plan = await buildPlan(t.db, entity.id);
    const node = await buildNode(t.db, plan, { code: '1' });
    const measure = await buildMeasure(t.db, plan, { code: 'PRAT_EVASE', name: 'Pratiche evase', data: { unit: 'number', source: 'Registro imprese' } });
    await buildMeasure(t.db, plan, { code: 'PRAT_TOT', name: 'Pratiche ricevute' });
    await buildIndicator(t.db, node, { code: 'kpi1', name: 'Pratiche evase sul totale', data: { unit: 'percent', formula: 'PRAT_EVASE / PRAT_TOT * 100' } });
    await buildIndicator(t.db, node, { code: 'kpi2', name: 'Crescita delle pratiche', data: { unit: 'percent', formula: '[Pratiche evase]@t / [Pratiche evase]@t-1' } });
    await buildIndicator(t.db, node, { code: 'kpi3', name: 'Tempi', data: { unit: 'days', formula: 'PRAT_TOT' } });
    const stp = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username);
    const reader = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'lettore' })).username);
    return { entity, plan, measure, stp, reader, url: `/api/entities/${entity.code}/plans/${plan.code}/measures/PRAT_EVASE` };
  }

  it('shows a reader the measure and the indicators using it, by code or by name', async () => {
    const scene = await buildScene();
    const response = await t.app.inject({ method: 'GET', url: scene.url, cookies: scene.reader.cookies });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      code: 'PRAT_EVASE', name: 'Pratiche evase', unit: 'number', source: 'Registro imprese', version: 1, abilities: ['measure.read'],
      usedBy: [{ indicator: 'kpi1', name: 'Pratiche evase sul totale', nodeCode: '1', by: 'code' }, { indicator: 'kpi2', name: 'Crescita delle pratiche', nodeCode: '1', by: 'name' }],
    });
    const missing = await t.app.inject({ method: 'GET', url: scene.url.replace('PRAT_EVASE', 'NOPE'), cookies: scene.reader.cookies });
    expect(missing.statusCode).toBe(404);
  });

  it('lets the stp change it (audited, version + 1), refuses a reader, and answers a stale version with 409 and the current measure', async () => {
    const scene = await buildScene();
    const denied = await t.app.inject({ method: 'PATCH', url: scene.url, headers: scene.reader.headers, payload: { version: 1, name: 'Altro' } });
    expect(denied.statusCode).toBe(403);
    const before = await countAudit(t.db);
    const changed = await t.app.inject({
      method: 'PATCH', url: scene.url, headers: scene.stp.headers,
      payload: { version: 1, description: 'Pratiche chiuse nell’anno', source: null, periodicity: 'quarterly' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, description: 'Pratiche chiuse nell’anno', periodicity: 'quarterly', abilities: ['plan.update', 'measure.read'] });
    expect(changed.json()).not.toHaveProperty('source');
    expect(await countAudit(t.db)).toBe(before + 1);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, scene.measure.id));
    expect(entry).toMatchObject({ objectType: 'measure', action: 'update' });

    const stale = await t.app.inject({ method: 'PATCH', url: scene.url, headers: scene.stp.headers, payload: { version: 1, name: 'Sovrascrivo' } });
    expect(stale.statusCode).toBe(409);
    const problem = problemOf(stale);
    expect(problem.code).toBe('version_conflict');
    expect(problem.current).toMatchObject({ code: 'PRAT_EVASE', name: 'Pratiche evase', version: 2, usedBy: [{ indicator: 'kpi1' }, { indicator: 'kpi2' }] });
    expect(problem.current).not.toHaveProperty('entityId');
    const [row] = await t.db.select().from(measures).where(eq(measures.id, scene.measure.id));
    expect(row!.name).toBe('Pratiche evase');
  });

  it('rejects an unknown unit without writing', async () => {
    const scene = await buildScene();
    const before = await countAudit(t.db);
    const response = await t.app.inject({ method: 'PATCH', url: scene.url, headers: scene.stp.headers, payload: { version: 1, unit: 'litri' } });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).errors!.map((e) => e.path)).toContain('unit');
    expect(await countAudit(t.db)).toBe(before);
  });
});
