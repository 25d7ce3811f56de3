/**
 * Campaigns through the API: dates and their defaults, explicit assignments that give a measure to
 * another office (whose referente may then enter it), the completion view, open / close / reopen with
 * the period's collection status, and refusals that write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { campaigns, periods } from '../../db/schema.js';
import { countAudit, problemOf, startTestApp, type TestApp } from '../test-support.js';
import { buildCycleScene, countRows } from './cycle-test-support.js';

describe('data collection campaigns', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  it('plans a campaign with default dates, refuses inconsistent dates, unknown codes and other roles without writing', async () => {
    const scene = await buildCycleScene(t);
    const url = `${scene.year}/campaigns`;
    const refuse = async (session: keyof typeof scene.sessions, payload: object, status: number, code: string) => {
      const [audit, rows] = [await countAudit(t.db), await countRows(t.db, campaigns)];
      const response = await t.app.inject({ method: 'POST', url, headers: scene.sessions[session].headers, payload });
      expect(response.statusCode, response.body).toBe(status);
      expect(problemOf(response).code).toBe(code);
      expect([await countAudit(t.db), await countRows(t.db, campaigns)]).toEqual([audit, rows]);
      return problemOf(response);
    };
    await refuse('sg', { period: '2026-1' }, 403, 'forbidden');
    await refuse('stp', { period: '2026-1', opensOn: '2026-05-20', entryDeadline: '2026-05-15' }, 400, 'campaign_dates_invalid');
    await refuse('stp', { period: '2099-1' }, 404, 'not_found');
    const unknown = await refuse('stp', { period: '2026-1', assignments: [{ measure: 'NOPE', unit: 'A1.U2' }, { measure: 'PRAT', unit: 'X' }] }, 400, 'invalid_references');
    expect(unknown.errors?.map((e) => [e.path, e.code])).toEqual([['assignments.0.measure', 'unknown_measure'], ['assignments.1.unit', 'unknown_unit']]);
    const created = await t.app.inject({ method: 'POST', url, headers: scene.sessions.stp.headers, payload: { period: '2026-3', note: 'Consuntivo' } });
    expect(created.json()).toMatchObject({ period: '2026-3', status: 'planned', opensOn: '2026-12-31', entryDeadline: '2027-01-15', closesOn: '2027-01-15', note: 'Consuntivo' });
    const redefine = await t.app.inject({ method: 'POST', url: `${scene.year}/periods`, headers: scene.sessions.stp.headers, payload: { frequency: 'monthly' } });
    expect(problemOf(redefine).code).toBe('periods_in_use');
  });

  it('gives a measure to another office by assignment, so that its referente may enter it', async () => {
    const scene = await buildCycleScene(t);
    const created = (await t.app.inject({ method: 'POST', url: `${scene.year}/campaigns`, headers: scene.sessions.stp.headers, payload: { period: '2026-1' } })).json();
    const byId = `${scene.base}/campaigns/${created.id}`;
    const assigned = await t.app.inject({ method: 'PUT', url: `${byId}/assignments`, headers: scene.sessions.stp.headers, payload: { version: 1, assignments: [{ measure: 'PRAT', unit: 'A1.U2' }] } });
    expect(assigned.json()).toMatchObject({ version: 2, assignments: [{ measure: 'PRAT', unit: 'A1.U2' }] });
    expect((await t.app.inject({ method: 'POST', url: `${byId}/open`, headers: scene.sessions.stp.headers, payload: { version: 2 } })).json()).toMatchObject({ status: 'open' });
    const entered = await t.app.inject({ method: 'PUT', url: `${scene.year}/periods/2026-1/values/PRAT`, headers: scene.sessions.referenteU2.headers, payload: { value: 40 } });
    expect(entered.statusCode, entered.body).toBe(200);
    const completion = (await t.app.inject({ method: 'GET', url: `${byId}/completion`, headers: scene.sessions.dirigente.headers })).json();
    expect(completion.units.map((u: { unit: { code: string }; items: { measure: string; state: string }[]; pending: number }) => [u.unit.code, u.items.map((i) => `${i.measure}:${i.state}`), u.pending])).toEqual([
      ['A1.U1', ['PRAT:draft', 'TOT:missing'], 2],
      ['A1.U2', ['DOC:missing', 'PRAT:draft'], 2],
    ]);
    expect(completion.units[0].referents.map((r: { username: string }) => r.username)).toEqual([scene.usernames.referente]);
    expect(completion.totals).toEqual({ measures: 3, missing: 2, draft: 1, submitted: 0, validated: 0, rejected: 0 });
  });

  it('closes and reopens (with a reason) the period\'s collection', async () => {
    const scene = await buildCycleScene(t);
    const created = (await t.app.inject({ method: 'POST', url: `${scene.year}/campaigns`, headers: scene.sessions.stp.headers, payload: { period: '2026-2' } })).json();
    const byId = `${scene.base}/campaigns/${created.id}`;
    const post = (path: string, payload: object, who = scene.sessions.stp) => t.app.inject({ method: 'POST', url: `${byId}/${path}`, headers: who.headers, payload });
    expect(problemOf(await post('close', { version: 1 })).errors?.map((e) => e.code)).toEqual(['wrong_state']);
    await post('open', { version: 1 });
    expect(problemOf(await post('close', { version: 2 }, scene.sessions.sg)).code).toBe('forbidden');
    expect((await post('close', { version: 2 })).json()).toMatchObject({ status: 'closed', version: 3 });
    const status = async () => (await t.db.select({ status: periods.status }).from(periods).where(and(eq(periods.planId, scene.plan.id), eq(periods.code, '2026-2'))))[0]!.status;
    expect(await status()).toBe('closed');
    const late = await t.app.inject({ method: 'PUT', url: `${scene.year}/periods/2026-2/values/PRAT`, headers: scene.sessions.referente.headers, payload: { value: 3 } });
    expect(problemOf(late).errors?.map((e) => e.code)).toEqual(['campaign_not_open']);
    expect((await post('reopen', { version: 3, reason: 'Dati di un ufficio arrivati in ritardo' })).json()).toMatchObject({ status: 'open' });
    expect(await status()).toBe('open');
  });
});
