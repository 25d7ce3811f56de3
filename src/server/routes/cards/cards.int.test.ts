import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { evaluationCardWorkflows } from '../../db/schema.js';
import { testDatabaseKind } from '../../db/test-database.js';
import { loadDemoData, DEMO_PASSWORD } from '../../demo/demo-data.js';
import { buildDemoPlan } from '../../demo/demo-plan.js';
import { scorePlan } from '../../../core/scoring/score-plan.js';
import { defaultScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { countAudit, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';

const base = '/api/entities/DEMO';
type CardJson = { code: string; version: number; workflow: { state: string; version: number; finalScore: { raw: number; adjusted: number } | null; history: { action: string; by: string }[] }; actions: string[]; relations: string[] };

describe(`evaluation cards API on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};

  const as = (user: string) => sessions[user]!.headers;
  const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: as(user) });
  const step = async (user: string, code: string, body: Record<string, unknown>) => {
    const current = (await get('stp', `${base}/cards/${code}?year=2025`)).json() as CardJson;
    return t.app.inject({ method: 'POST', url: `${base}/cards/${code}/transitions`, headers: as(user), payload: { year: 2025, version: current.workflow.version, ...body } });
  };

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.database);
    for (const user of ['stp', 'sg', 'dirigente', 'referente', 'oiv', 'lettore', 'validatore']) sessions[user] = await login(t.app, user, DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  it('shows each caller the cards they may see', async () => {
    const codes = async (user: string, path = 'cards') => ((await get(user, `${base}/${path}?year=2025`)).json() as { items: CardJson[] }).items.map((c) => c.code);
    expect(await codes('sg')).toEqual(['SG-2025', 'DIR-A1-2025', 'PO-RI-2025']);
    expect(await codes('oiv')).toEqual(['SG-2025', 'DIR-A1-2025', 'PO-RI-2025']);
    expect(await codes('dirigente')).toEqual(['DIR-A1-2025', 'PO-RI-2025']);
    expect(await codes('dirigente', 'my-cards')).toEqual(['DIR-A1-2025']);
    expect(await codes('referente')).toEqual(['PO-RI-2025']);
    expect(await codes('referente', 'my-cards')).toEqual(['PO-RI-2025']);
    expect(await codes('lettore')).toEqual([]);
    const hidden = await get('referente', `${base}/cards/DIR-A1-2025?year=2025`);
    // A member of the entity asking for a card they may not see: 403 (decision 0003), not a 404.
    expect([hidden.statusCode, problemOf(hidden).code]).toEqual([403, 'forbidden']);
    expect((await get('referente', `${base}/cards/DIR-A1-2025/score?year=2025`)).statusCode).toBe(403);
    expect((await get('referente', `${base}/cards/NOPE-2025?year=2025`)).statusCode).toBe(404);
  });

  it('scores a card over the plan\'s organisational results, with its explanation', async () => {
    const scored = scorePlan(buildDemoPlan(), defaultScoringPolicy('DEMO', 2025), { year: 2025 });
    const node = (code: string) => scored.nodes.find((n) => n.code === code)!.achievement!.raw;
    const expected = (node('B.1.1') * 33.33 + node('B.1.2') * 33.33 + node('B.1.1.1') * 33.34) / 100;
    const response = await get('referente', `${base}/cards/PO-RI-2025/score?year=2025`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { state: string; raw: number; explanation: Record<string, unknown> };
    expect(body.state).toBe('scored');
    expect(body.raw).toBeCloseTo(expected, 9);
    expect(JSON.stringify(body.explanation)).toContain('PO_3');
  });

  it('runs the workflow: acknowledgement, mid-year check, final proposal with feedback, appeal that changes the score, audited', async () => {
    const code = 'DIR-A1-2025';
    const auditBefore = await countAudit(t.db);
    const wrongRole = await step('dirigente', code, { action: 'mid_year_check' });
    expect(wrongRole.statusCode).toBe(403);
    expect(problemOf(wrongRole).code).toBe('card_transition_forbidden');
    const wrongState = await step('dirigente', code, { action: 'acknowledge_final' });
    expect(problemOf(wrongState).code).toBe('card_transition_invalid_state');
    expect(await countAudit(t.db)).toBe(auditBefore);

    expect((await step('dirigente', code, { action: 'acknowledge' })).statusCode).toBe(200);
    expect((await step('sg', code, { action: 'mid_year_check', note: 'Obiettivi in linea' })).statusCode).toBe(200);
    const noFeedback = await step('sg', code, { action: 'propose_final' });
    expect([noFeedback.statusCode, problemOf(noFeedback).code]).toEqual([422, 'card_note_required']);
    const proposed = await step('sg', code, { action: 'propose_final', note: 'Colloquio di feedback del 20/01/2026' });
    expect(proposed.statusCode).toBe(200);
    const live = (await get('sg', `${base}/cards/${code}/score?year=2025`)).json() as { rounded: { raw: number; adjusted: number } };
    expect((proposed.json() as CardJson).workflow.finalScore).toEqual(live.rounded);

    const current = (await get('sg', `${base}/cards/${code}?year=2025`)).json() as CardJson & { card: Record<string, unknown> };
    const locked = await t.app.inject({ method: 'PUT', url: `${base}/cards/${code}`, headers: as('sg'), payload: { card: current.card, version: current.version } });
    expect([locked.statusCode, problemOf(locked).code]).toEqual([409, 'card_locked']);

    expect((await step('dirigente', code, { action: 'acknowledge_final' })).statusCode).toBe(200);
    expect((await step('dirigente', code, { action: 'appeal', note: 'Il dato di B.2 non considera la sospensione' })).statusCode).toBe(200);
    expect(problemOf(await step('sg', code, { action: 'decide_appeal', note: 'no', outcome: 'rejected' })).code).toBe('card_transition_forbidden');
    const decided = await step('stp', code, { action: 'decide_appeal', note: 'Ricorso accolto', outcome: 'accepted', score: { raw: 97.5 } });
    expect(decided.statusCode).toBe(200);
    const closed = decided.json() as CardJson;
    expect(closed.workflow.state).toBe('closed');
    expect(closed.workflow.finalScore).toEqual({ raw: 97.5, adjusted: 97.5 });
    expect(closed.workflow.history.map((s) => `${s.action}:${s.by}`)).toEqual([
      'assign:sg', 'acknowledge:dirigente', 'mid_year_check:sg', 'propose_final:sg', 'acknowledge_final:dirigente', 'appeal:dirigente', 'decide_appeal:stp',
    ]);
    const [row] = await t.db.select().from(evaluationCardWorkflows).where(eq(evaluationCardWorkflows.cardCode, code));
    const audit = (await get('oiv', `${base}/audit?objectType=evaluation_card_workflow&objectId=${row!.id}&limit=50`)).json() as { items: { action: string; username: string }[] };
    expect(audit.items.map((e) => `${e.action}:${e.username}`).reverse()).toEqual([
      'workflow.assign:demo', 'workflow.acknowledge:dirigente', 'workflow.mid_year_check:sg', 'workflow.propose_final:sg',
      'workflow.acknowledge_final:dirigente', 'workflow.appeal:dirigente', 'workflow.decide_appeal:stp',
    ]);
  });

  it('refuses a stale workflow version with the current state, and changes nothing', async () => {
    const response = await t.app.inject({ method: 'POST', url: `${base}/cards/SG-2025/transitions`, headers: as('sg'), payload: { year: 2025, version: 99, action: 'acknowledge' } });
    expect([response.statusCode, problemOf(response).code]).toEqual([409, 'version_conflict']);
    expect(problemOf(response).current).toMatchObject({ state: 'assigned', version: 1 });
    const [row] = await t.db.select().from(evaluationCardWorkflows).where(and(eq(evaluationCardWorkflows.cardCode, 'SG-2025')));
    expect(row!.state).toBe('assigned');
  });

  it('creates and updates cards: the stp or the evaluator, checked against the plan', async () => {
    const card = {
      code: 'VAL-2025', person: { code: 'validatore', name: 'Sara Marini' }, role: 'staff', year: 2025, evaluator: { code: 'sg' },
      components: [{ key: 'objectives', weight: 100 }],
      objectives: [{ code: 'V1', title: 'Validazione tempestiva', weight: 60, nodes: ['C.2'] }, { code: 'V2', title: 'Qualità', weight: 40, nodes: ['C.1'] }],
    };
    const forbidden = await t.app.inject({ method: 'PUT', url: `${base}/cards/VAL-2025`, headers: as('lettore'), payload: { card } });
    expect([forbidden.statusCode, problemOf(forbidden).code]).toEqual([403, 'forbidden']);
    const invalid = await t.app.inject({ method: 'PUT', url: `${base}/cards/VAL-2025`, headers: as('sg'), payload: { card: { ...card, objectives: [{ ...card.objectives[0], weight: 50, nodes: ['NOPE'] }] } } });
    expect([invalid.statusCode, problemOf(invalid).code]).toEqual([422, 'card_invalid']);
    expect(problemOf(invalid).errors!.map((e) => e.code).sort()).toEqual(['card_objective_weights', 'card_unknown_node'].sort());
    const created = await t.app.inject({ method: 'PUT', url: `${base}/cards/VAL-2025`, headers: as('sg'), payload: { card, reviewer: 'oiv' } });
    expect(created.statusCode).toBe(200);
    expect((created.json() as CardJson).workflow.state).toBe('draft');
    expect(((await get('validatore', `${base}/my-cards?year=2025`)).json() as { items: CardJson[] }).items.map((c) => c.code)).toEqual(['VAL-2025']);
    const updated = await t.app.inject({ method: 'PUT', url: `${base}/cards/VAL-2025`, headers: as('sg'), payload: { card: { ...card, roleLabel: 'Funzionario' }, version: 1 } });
    expect(updated.statusCode).toBe(200);
    expect((updated.json() as CardJson).version).toBe(2);
    const stale = await t.app.inject({ method: 'PUT', url: `${base}/cards/VAL-2025`, headers: as('sg'), payload: { card, version: 1 } });
    expect([stale.statusCode, problemOf(stale).code]).toEqual([409, 'version_conflict']);
    expect(problemOf(stale).current).toMatchObject({ code: 'VAL-2025', version: 2, card: { roleLabel: 'Funzionario' } });
    expect(problemOf(stale).current).not.toHaveProperty('entityId');
  });

  it('distributes the fund over the closed cards, to the cent, with a what-if and the payroll CSV', async () => {
    const response = await t.app.inject({ method: 'POST', url: `${base}/fund-distribution`, headers: as('stp'), payload: { year: 2025, fund: 1000.01 } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { whatIf: boolean; openCards: number; distributedCents: number; rows: { code: string; score: number; shareCents: number; band: { label: string } }[] };
    expect(body.whatIf).toBe(false);
    expect(body.rows.map((r) => [r.code, r.score, r.shareCents, r.band.label])).toEqual([['dirigente', 97.5, 100001, 'Fascia 1']]);
    expect(body.distributedCents).toBe(100001);
    expect(body.openCards).toBe(3);
    const whatIf = await t.app.inject({ method: 'POST', url: `${base}/fund-distribution`, headers: as('sg'), payload: { year: 2025, fund: 500, policy: { bands: [{ min: 98, coefficient: 1 }] } } });
    expect((whatIf.json() as typeof body).rows[0]).toMatchObject({ shareCents: 0, status: 'below_bands' });
    expect((await t.app.inject({ method: 'POST', url: `${base}/fund-distribution`, headers: as('dirigente'), payload: { year: 2025, fund: 500 } })).statusCode).toBe(403);
    const csv = await get('stp', `${base}/fund-distribution.csv?year=2025&fund=1000.01`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^Codice;Nome;Punteggio/);
    expect(lines[1]).toContain('dirigente;Laura Conti;97,5');
    expect(lines[1]).toContain('1000,01');
  });
});
