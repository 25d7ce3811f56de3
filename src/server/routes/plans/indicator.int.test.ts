import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { indicators } from '../../db/schema.js';
import { buildEntity, buildIndicator, buildNode, buildOrgUnit, buildPlan, buildUser, countAudit, login, problemOf, startTestApp, type TestApp } from '../test-support.js';

describe('indicators of a plan', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function buildScene() {
    const entity = await buildEntity(t.db);
    const area = await buildOrgUnit(t.db, entity.id, { code: 'A1', kind: 'area' });
    await buildOrgUnit(t.db, entity.id, { code: 'A2', kind: 'area' });
    const plan = await buildPlan(t.db, entity.id);
    const node = await buildNode(t.db, plan, { code: '1', units: { responsible: ['A1'], involved: [] } });
    const other = await buildNode(t.db, plan, { code: '2', units: { responsible: ['A2'], involved: [] } });
    const kpi = await buildIndicator(t.db, node, { code: 'kpi1', data: { unit: 'percent', targets: { 2026: '>= 80%' }, formula: '[A] / [B] * 100', notes: 'nota' } });
    await buildIndicator(t.db, other, { code: 'kpi2' });
    const stp = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username);
    const dirigente = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'dirigente', scopeUnitIds: [area.id] })).username);
    return { kpi, stp, dirigente, base: `/api/entities/${entity.code}/plans/${plan.code}/indicators` };
  }

  it('lists and shows indicators with the plan-model fields, never the raw row', async () => {
    const { stp, dirigente, base } = await buildScene();
    const list = (await t.app.inject({ method: 'GET', url: base, cookies: dirigente.cookies })).json().items as { code: string; abilities: string[] }[];
    expect(list.map((item) => [item.code, item.abilities.includes('indicator.update')])).toEqual([['kpi1', true], ['kpi2', false]]);
    const one = (await t.app.inject({ method: 'GET', url: `${base}/kpi1`, cookies: stp.cookies })).json();
    expect(one).toMatchObject({ code: 'kpi1', nodeCode: '1', unit: 'percent', targets: { 2026: '>= 80%' }, formula: '[A] / [B] * 100', notes: 'nota', version: 1 });
    expect(one).not.toHaveProperty('data');
    expect(one).not.toHaveProperty('entityId');
  });

  it('merges the changed fields, removes those set to null, checks formula and targets, and audits', async () => {
    const { kpi, stp, base } = await buildScene();
    const before = await countAudit(t.db);
    const response = await t.app.inject({
      method: 'PATCH', url: `${base}/kpi1`, headers: stp.headers,
      payload: { version: 1, name: 'Tasso di evasione', targets: { 2026: '>= 85%', 2027: '>= 90%' }, notes: null, weight: 30 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Tasso di evasione', targets: { 2026: '>= 85%', 2027: '>= 90%' }, weight: 30, formula: '[A] / [B] * 100', version: 2 });
    expect(response.json()).not.toHaveProperty('notes');
    const [row] = await t.db.select().from(indicators).where(eq(indicators.id, kpi.id));
    expect(row!.data).toEqual({ unit: 'percent', targets: { 2026: '>= 85%', 2027: '>= 90%' }, formula: '[A] / [B] * 100', weight: 30 });
    expect(await countAudit(t.db)).toBe(before + 1);
  });

  it('lets a dirigente edit only the indicators of their areas, and answers a stale version with 409', async () => {
    const { dirigente, base } = await buildScene();
    expect((await t.app.inject({ method: 'PATCH', url: `${base}/kpi2`, headers: dirigente.headers, payload: { version: 1, weight: 10 } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url: `${base}/kpi1`, headers: dirigente.headers, payload: { version: 1, weight: 10 } })).statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PATCH', url: `${base}/kpi1`, headers: dirigente.headers, payload: { version: 1, weight: 20 } });
    expect(problemOf(stale)).toMatchObject({ code: 'version_conflict', current: { code: 'kpi1', weight: 10, version: 2 } });
  });

  it('rejects a target that does not parse with its year and position', async () => {
    const { stp, base } = await buildScene();
    const response = await t.app.inject({ method: 'PATCH', url: `${base}/kpi1`, headers: stp.headers, payload: { version: 1, targets: { 2026: '>= 80%', 2027: '<= 30/02/2027' } } });
    const problem = problemOf(response);
    expect(problem.code).toBe('invalid_language');
    expect(problem.errors).toEqual([{
      path: 'targets.2027', code: 'invalid_date',
      messages: { it: expect.stringContaining('alla posizione 4'), en: expect.stringContaining('at position 4') },
    }]);
  });
});
