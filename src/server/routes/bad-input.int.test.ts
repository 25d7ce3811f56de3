import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { indicators, nodes } from '../db/schema.js';
import {
  buildEntity, buildIndicator, buildNode, buildOrgUnit, buildPlan, buildUser, countAudit, login, problemOf, startTestApp,
  type Session, type TestApp,
} from './test-support.js';

describe('bad input gets a 4xx problem and writes nothing', () => {
  let t: TestApp;
  let session: Session;
  let nodeUrl: string;
  let indicatorUrl: string;
  let base: string;
  let nodeId: string;
  let auditBefore: number;

  beforeAll(async () => {
    t = await startTestApp();
    const entity = await buildEntity(t.db);
    await buildOrgUnit(t.db, entity.id, { code: 'AREA1' });
    const plan = await buildPlan(t.db, entity.id);
    const node = await buildNode(t.db, plan, { code: '1' });
    const indicator = await buildIndicator(t.db, node, { code: 'kpi1' });
    nodeId = node.id;
    base = `/api/entities/${entity.code}`;
    nodeUrl = `${base}/plans/${plan.code}/nodes/1`;
    indicatorUrl = `${base}/plans/${plan.code}/indicators/${indicator.code}`;
    session = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username);
    auditBefore = await countAudit(t.db);
  });
  afterAll(async () => { await t?.close(); });

  async function expectNothingWritten() {
    expect(await countAudit(t.db)).toBe(auditBefore);
    const [row] = await t.db.select().from(nodes).where(eq(nodes.id, nodeId));
    expect(row).toMatchObject({ title: 'Obiettivo di prova', version: 1 });
  }

  function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
    expect(response.statusCode).toBe(status);
    const problem = problemOf(response);
    expect(problem).toMatchObject({ status, code, type: `urn:traguardo:problem:${code}` });
    expect(problem.messages.it.length).toBeGreaterThan(5);
    expect(problem.messages.en.length).toBeGreaterThan(5);
    expect(problem.messages.it).not.toBe(problem.messages.en);
    return problem;
  }

  const patch = (payload: string | object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'PATCH', url: nodeUrl, headers: { ...session.headers, 'content-type': 'application/json', ...headers }, payload });

  it('malformed JSON → 400 malformed_json', async () => {
    expectProblem(await patch('{"version": 1, "title": '), 400, 'malformed_json');
    expectProblem(await patch('{"__proto__": {"admin": true}, "version": 1}'), 400, 'malformed_json');
    expectProblem(await patch(''), 400, 'empty_body');
    await expectNothingWritten();
  });

  it('unknown fields → 400 with one unknown_field error per field, nested ones with their path', async () => {
    const problem = expectProblem(await patch({ version: 1, title: 'X', entityId: 'other', units: { responsible: [], involved: [], owner: 'x' } }), 400, 'validation_failed');
    expect(problem.errors!.map((error) => [error.path, error.code]).sort()).toEqual([['entityId', 'unknown_field'], ['units.owner', 'unknown_field']]);
    expect(problem.errors!.find((error) => error.path === 'entityId')!.messages).toEqual({ it: 'Campo non previsto: entityId.', en: 'Unknown field: entityId.' });
    await expectNothingWritten();
  });

  it('wrong types, missing version, out-of-range values → 400 with field paths and bilingual messages', async () => {
    const problem = expectProblem(await patch({ title: 42, weight: 'heavy', indicatorShare: 150 }), 400, 'validation_failed');
    const byPath = Object.fromEntries(problem.errors!.map((error) => [error.path, error]));
    expect(byPath.version).toMatchObject({ code: 'required', messages: { it: 'Campo obbligatorio.', en: 'Required field.' } });
    expect(byPath.title).toMatchObject({ code: 'invalid_type', messages: { it: 'Deve essere un testo.', en: 'Must be a string.' } });
    expect(byPath.weight).toMatchObject({ code: 'invalid_type', messages: { en: 'Must be a number.' } });
    expect(byPath.indicatorShare).toMatchObject({ code: 'too_big', messages: { it: 'Deve essere minore o uguale a 100.' } });
    await expectNothingWritten();
  });

  it('oversize body (over 1 MB) → 413', async () => {
    expectProblem(await patch({ version: 1, title: 'X', description: 'x'.repeat(1_100_000) }), 413, 'payload_too_large');
    await expectNothingWritten();
  });

  it('a body that is not JSON → 415', async () => {
    expectProblem(await patch('title=X', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    expectProblem(await patch('title=X', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    await expectNothingWritten();
  });

  it('missing or wrong CSRF token → 403 csrf_invalid', async () => {
    const noToken = await t.app.inject({ method: 'PATCH', url: nodeUrl, cookies: session.cookies, payload: { version: 1, title: 'X' } });
    expectProblem(noToken, 403, 'csrf_invalid');
    expectProblem(await patch({ version: 1, title: 'X' }, { 'x-csrf-token': 'not-the-token' }), 403, 'csrf_invalid');
    await expectNothingWritten();
  });

  it('bad or missing session → 401', async () => {
    const forged = await t.app.inject({ method: 'PATCH', url: nodeUrl, headers: { cookie: 'traguardo_session=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'x-csrf-token': session.csrfToken }, payload: { version: 1, title: 'X' } });
    expectProblem(forged, 401, 'session_invalid');
    expectProblem(await t.app.inject({ method: 'PATCH', url: nodeUrl, payload: { version: 1, title: 'X' } }), 401, 'unauthenticated');
    await expectNothingWritten();
  });

  it('bad URL parameters and query strings → 400 with params./query. paths', async () => {
    const badId = await t.app.inject({ method: 'PATCH', url: `${base}/org-units/not-a-uuid`, headers: session.headers, payload: { version: 1 } });
    expect(expectProblem(badId, 400, 'validation_failed').errors!.map((error) => error.path)).toEqual(['params.id']);
    const badQuery = await t.app.inject({ method: 'GET', url: `${base}/audit?limit=many&surprise=1`, cookies: session.cookies });
    expect(expectProblem(badQuery, 400, 'validation_failed').errors!.map((error) => [error.path, error.code]).sort()).toEqual([['query.limit', 'invalid_type'], ['query.surprise', 'unknown_field']]);
    await expectNothingWritten();
  });

  it('a formula or target that does not parse → 400 with the field, the position and both languages', async () => {
    const response = await t.app.inject({
      method: 'PATCH', url: indicatorUrl, headers: session.headers, payload: { version: 1, formula: '([A] + ', targets: { 2026: '>= 80%' } },
    });
    const problem = expectProblem(response, 400, 'invalid_language');
    expect(problem.errors).toEqual([{ path: 'formula', code: 'unexpected_end', messages: expect.objectContaining({ it: expect.stringContaining('posizione 8') }) }]);
    const [row] = await t.db.select().from(indicators).where(eq(indicators.code, 'kpi1'));
    expect(row).toMatchObject({ version: 1, data: { formula: '[A] / [B] * 100' } });
    await expectNothingWritten();
  });

  it('unknown routes → 404 problem; unknown pages → the web application', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/nothing-here', cookies: session.cookies }), 404, 'route_not_found');
    const page = await t.app.inject({ method: 'GET', url: '/entities/X/plans', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await t.app.inject({ method: 'GET', url: '/app.js' });
    expect(asset.body).toContain('traguardo');
    expectProblem(await t.app.inject({ method: 'GET', url: '/missing.js' }), 404, 'route_not_found');
  });
});
