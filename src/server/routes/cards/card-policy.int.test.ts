/**
 * The card policy endpoint (GET/PUT …/card-policies/:year: revisions, stale edits, located errors,
 * audit) and what uses the stored card policy: new cards' appeal days, the fund (bands saved, payroll
 * data for part-time and absences, CSV and XLSX export equal to the fund to the cent) and the what-if.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testDatabaseKind } from '../../db/test-database.js';
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data.js';
import { countAudit, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';

const base = '/api/entities/DEMO';
type PolicyJson = { revision: number; isDefault: boolean; policy: Record<string, unknown> & { appealDays: number; fund?: { bands: unknown[] } }; abilities: string[] };
type CardJson = { workflow: { version: number; appealDays: number } };

describe(`card policy API on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const as = (user: string) => sessions[user]!.headers;
  const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: as(user) });
  const put = (user: string, url: string, payload: unknown) => t.app.inject({ method: 'PUT', url, headers: as(user), payload: payload as Record<string, unknown> });
  const post = (user: string, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: as(user), payload: payload as Record<string, unknown> });
  const step = async (user: string, code: string, body: Record<string, unknown>) => {
    const current = (await get('stp', `${base}/cards/${code}?year=2025`)).json() as CardJson;
    const response = await post(user, `${base}/cards/${code}/transitions`, { year: 2025, version: current.workflow.version, ...body });
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.database);
    for (const user of ['stp', 'sg', 'dirigente', 'referente', 'oiv']) sessions[user] = await login(t.app, user, DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  it('reads the policy in force: the saved one with its revision, or the default (revision 0)', async () => {
    const saved = (await get('referente', `${base}/card-policies/2025`)).json() as PolicyJson;
    expect(saved).toMatchObject({ revision: 1, isDefault: false, policy: { appealDays: 15, ratingScale: { min: 1, max: 5 } } });
    expect(saved.policy.fund!.bands).toHaveLength(3);
    expect(saved.abilities).toEqual([]);
    const fresh = (await get('stp', `${base}/card-policies/2026`)).json() as PolicyJson;
    expect(fresh).toMatchObject({ revision: 0, isDefault: true });
    expect(fresh.policy.fund).toBeUndefined();
    expect(fresh.abilities).toEqual(['card.read', 'card.manage', 'fund.manage']);
  });

  it('saves the next revision (stp only), refuses stale and invalid edits with nothing written, and audits', async () => {
    const url = `${base}/card-policies/2026`;
    const policy = {
      componentWeights: { dirigente: [{ key: 'unit_performance', weight: 30 }, { key: 'objectives', weight: 50 }, { key: 'behaviours', weight: 20 }] },
      behaviours: { dirigente: [{ code: 'LEAD', label: { it: 'Guida dei collaboratori', en: 'Leading people' } }] },
      ratingScale: { min: 1, max: 4 }, appealDays: 30,
      fund: { bands: [{ min: 60, coefficient: 0.5 }, { min: 90, coefficient: 1 }] },
    };
    expect((await put('sg', url, { baseRevision: 0, policy })).statusCode).toBe(403);
    const before = await countAudit(t.db);
    const invalid = await put('stp', url, { baseRevision: 0, policy: { ...policy, fund: { bands: [{ min: 60, coefficient: 1 }, { min: 90, coefficient: 0.5 }] }, appealDays: -1 } });
    expect([invalid.statusCode, problemOf(invalid).code]).toEqual([400, 'card_policy_invalid_input']);
    expect(problemOf(invalid).errors!.map((e) => e.path).sort()).toEqual(['policy.appealDays', 'policy.fund.bands']);
    expect(problemOf(invalid).errors![0]!.messages.it).toMatch(/^Valore non valido/);
    expect(await countAudit(t.db)).toBe(before);

    const first = await put('stp', url, { baseRevision: 0, note: 'Delibera n. 3/2026', policy });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ revision: 1, isDefault: false, policy: { appealDays: 30, ratingScale: { max: 4 } } });
    const second = await put('stp', url, { baseRevision: 1, policy: { ...policy, appealDays: 20 } });
    expect((second.json() as PolicyJson).revision).toBe(2);
    const stale = await put('stp', url, { baseRevision: 1, policy });
    expect([stale.statusCode, problemOf(stale).code]).toEqual([409, 'version_conflict']);
    expect(problemOf(stale).current).toMatchObject({ year: 2026, revision: 2, policy: { appealDays: 20 } });
    const audit = (await get('oiv', `${base}/audit?objectType=card_policy&objectId=2026`)).json() as { items: { action: string; username: string; before: unknown; after: { revision: number; note: string | null } }[] };
    expect(audit.items.map((e) => `${e.action}:${e.username}:${e.after.revision}`)).toEqual(['update:stp:2', 'create:stp:1']);
    expect(audit.items[1]!.after.note).toBe('Delibera n. 3/2026');
    expect(audit.items[0]!.before).toMatchObject({ revision: 1, policy: { appealDays: 30 } });
  });

  it('gives new cards the appeal days of the stored policy', async () => {
    await put('stp', `${base}/card-policies/2025`, { baseRevision: 1, policy: { ...((await get('stp', `${base}/card-policies/2025`)).json() as PolicyJson).policy, appealDays: 21 } });
    const card = {
      code: 'VAL-2025', person: { code: 'validatore', name: 'Sara Marini' }, role: 'staff', year: 2025, evaluator: { code: 'sg' },
      components: [{ key: 'objectives', weight: 100 }], objectives: [{ code: 'V1', title: 'Validazione', weight: 100, nodes: ['C.2'] }],
    };
    const created = await put('sg', `${base}/cards/VAL-2025`, { card });
    expect((created.json() as CardJson).workflow.appealDays).toBe(21);
  });

  it('distributes the fund with payroll data, exports CSV and XLSX equal to the fund, and locates unknown people', async () => {
    const code = 'PO-RI-2025';
    await step('referente', code, { action: 'acknowledge' });
    await step('dirigente', code, { action: 'mid_year_check', note: 'In linea' });
    await step('dirigente', code, { action: 'propose_final', note: 'Colloquio del 15/01/2026' });
    await step('referente', code, { action: 'acknowledge_final' });
    await step('referente', code, { action: 'close' });
    const request = { year: 2025, fund: 1234.57, people: [{ code: 'referente', partTimePercent: 50, absenceDays: 10 }] };
    const response = await post('stp', `${base}/fund-distribution`, request);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { distributedCents: number; rows: { code: string; partTimePercent: number; absenceDays: number; shareCents: number }[] };
    expect(body.rows).toEqual([expect.objectContaining({ code: 'referente', partTimePercent: 50, absenceDays: 10, shareCents: 123457 })]);
    expect(body.distributedCents).toBe(123457);

    const unknown = await post('stp', `${base}/fund-distribution`, { ...request, people: [{ code: 'nessuno' }] });
    expect([unknown.statusCode, problemOf(unknown).code]).toEqual([422, 'fund_invalid_input']);
    expect(problemOf(unknown).errors![0]).toMatchObject({ path: 'people.0.code', messages: { it: 'Nessuna scheda chiusa per nessuno.' } });

    const csv = await post('sg', `${base}/fund-distribution/export`, { ...request, format: 'csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split(/\r\n/)[1]).toContain('referente;Paolo Greco;');
    expect(csv.body).toContain(';50;10;');
    expect(csv.body).toContain('1234,57');
    const xlsx = await post('stp', `${base}/fund-distribution/export`, { ...request, format: 'xlsx' });
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="fondo-DEMO-2025.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Codice');
    expect(sheet.getRow(3).getCell(1).value).toBe('referente');
    expect(sheet.getRow(4).getCell(1).value).toBe('Totale distribuito');
    expect(sheet.getRow(4).getCell(11).value).toBe(1234.57);
    expect((await post('dirigente', `${base}/fund-distribution/export`, { ...request, format: 'csv' })).statusCode).toBe(403);
  });

  it('calibrates: every card scored now, grouped per evaluator and per unit, for stp, sg and oiv only', async () => {
    const response = await get('oiv', `${base}/cards-calibration?year=2025`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { cards: { code: string; raw: number | null; frozen: boolean }[]; byEvaluator: { groups: { key: string; stats: { count: number } }[]; overall: { stats: { count: number } } } };
    expect(body.cards.map((c) => c.code)).toContain('SG-2025');
    expect(body.byEvaluator.groups.map((g) => g.key).sort()).toEqual(['dirigente', 'oiv', 'sg']);
    const scored = body.cards.filter((c) => c.raw !== null).length;
    expect(body.byEvaluator.overall.stats.count).toBe(scored);
    const live = (await get('stp', `${base}/cards/SG-2025/score?year=2025`)).json() as { rounded: { raw: number } };
    expect(body.cards.find((c) => c.code === 'SG-2025')!.raw).toBe(live.rounded.raw);
    expect((await get('dirigente', `${base}/cards-calibration?year=2025`)).statusCode).toBe(403);
  });
});
