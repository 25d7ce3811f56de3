import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, orgUnits } from '../../db/schema.js';
import { buildEntity, buildOrgUnit, buildUser, countAudit, login, problemOf, startTestApp, type TestApp } from '../test-support.js';

describe('org units', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  async function buildScene() {
    const entity = await buildEntity(t.db);
    const stp = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username);
    return { entity, stp, base: `/api/entities/${entity.code}` };
  }

  it('creates org units under a parent of the same entity; a duplicate code is 409, a foreign parent 400', async () => {
    const { entity, stp, base } = await buildScene();
    const area = await buildOrgUnit(t.db, entity.id, { code: 'A1', kind: 'area' });
    const foreign = await buildOrgUnit(t.db, (await buildEntity(t.db)).id, { code: 'X1' });
    const created = await t.app.inject({ method: 'POST', url: `${base}/org-units`, headers: stp.headers, payload: { code: 'A1.U1', name: 'Ufficio uno', parentId: area.id } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'A1.U1', kind: 'office', parentId: area.id, validTo: null, version: 1 });
    const duplicate = await t.app.inject({ method: 'POST', url: `${base}/org-units`, headers: stp.headers, payload: { code: 'A1.U1', name: 'Doppione' } });
    expect(problemOf(duplicate)).toMatchObject({ status: 409, code: 'conflict' });
    const before = await countAudit(t.db);
    const crossTenant = await t.app.inject({ method: 'POST', url: `${base}/org-units`, headers: stp.headers, payload: { code: 'A1.U2', name: 'Intruso', parentId: foreign.id } });
    expect(problemOf(crossTenant)).toMatchObject({ status: 400, code: 'invalid_parent' });
    expect(await countAudit(t.db)).toBe(before);
  });

  it('refuses a parent that would make a cycle', async () => {
    const { entity, stp, base } = await buildScene();
    const area = await buildOrgUnit(t.db, entity.id, { code: 'A1' });
    const office = await buildOrgUnit(t.db, entity.id, { code: 'A1.U1', parentId: area.id });
    const cycle = await t.app.inject({ method: 'PATCH', url: `${base}/org-units/${area.id}`, headers: stp.headers, payload: { version: 1, parentId: office.id } });
    expect(problemOf(cycle).code).toBe('invalid_parent');
  });

  it('closes a unit on DELETE (valid_to set, row kept), with its version', async () => {
    const { entity, stp, base } = await buildScene();
    const unit = await buildOrgUnit(t.db, entity.id, { code: 'OLD' });
    const closed = await t.app.inject({ method: 'DELETE', url: `${base}/org-units/${unit.id}?version=1&validTo=2025-12-31`, headers: stp.headers });
    expect(closed.json()).toMatchObject({ code: 'OLD', validTo: '2025-12-31', version: 2 });
    const [row] = await t.db.select().from(orgUnits).where(eq(orgUnits.id, unit.id));
    expect(row).toMatchObject({ validTo: '2025-12-31' });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, unit.id));
    expect(entry).toMatchObject({ action: 'close', objectType: 'org_unit' });
    const again = await t.app.inject({ method: 'DELETE', url: `${base}/org-units/${unit.id}?version=1`, headers: stp.headers });
    expect(problemOf(again).code).toBe('version_conflict');
    const listed = await t.app.inject({ method: 'GET', url: `${base}/org-units`, cookies: stp.cookies });
    expect(listed.json().items.map((u: { code: string }) => u.code)).toEqual(['OLD']);
  });

  it('answers a unit of another entity with 404, even for an stp', async () => {
    const { stp, base } = await buildScene();
    const foreign = await buildOrgUnit(t.db, (await buildEntity(t.db)).id);
    const response = await t.app.inject({ method: 'PATCH', url: `${base}/org-units/${foreign.id}`, headers: stp.headers, payload: { version: 1, name: 'Mio' } });
    expect(problemOf(response)).toMatchObject({ status: 404, code: 'not_found' });
  });
});
