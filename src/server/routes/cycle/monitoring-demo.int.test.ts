/**
 * The monitoring cycle on the demo plan (64 indicators, suspension, manual achievement, values in
 * every state): a campaign opened and followed (who has not entered what, reminders), deviations at
 * the first 2026 period, suspensions visible in the scores, and the closed year 2025 validated by the
 * OIV, frozen and recomputed identically — and caught when its data is changed behind the API's back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { CHECKLIST_ITEMS } from '../../../core/cycle/index.js';
import { measureValues, plans } from '../../db/schema.js';
import { loadDemoData } from '../../demo/demo-data.js';
import { DEMO_ENTITY, DEMO_PLAN_CODE } from '../../demo/demo-plan.js';
import { login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';

const base = `/api/entities/${DEMO_ENTITY.code}/plans/${DEMO_PLAN_CODE}`;

interface ScoredItem { code: string; state: string; rounded: number | null; node: string }

describe('monitoring the demo plan', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.database);
    for (const name of ['stp', 'sg', 'dirigente', 'referente', 'oiv', 'lettore']) s[name] = await login(t.app, name, 'demo');
  });
  afterAll(async () => { await t?.close(); });

  const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: session.headers });
  const send = (session: Session, method: 'POST' | 'PUT', url: string, payload: object) => t.app.inject({ method, url, headers: session.headers, payload });

  it('collects the second period in the seeded open campaign: who has not entered what, reminders; plans the last one', async () => {
    const listed = (await get(s.lettore!, `${base}/years/2026/campaigns`)).json();
    expect(listed.items.map((c: { period: string; status: string }) => `${c.period}:${c.status}`)).toEqual(['2026-1:closed', '2026-2:open']);
    const id = listed.items[1].id as string;
    const created = await send(s.stp!, 'POST', `${base}/years/2026/campaigns`, { period: '2026-3' });
    expect(created.json()).toMatchObject({ period: '2026-3', status: 'planned', opensOn: '2026-12-31', entryDeadline: '2027-01-15', closesOn: '2027-01-15' });
    expect(problemOf(await send(s.stp!, 'POST', `${base}/years/2026/campaigns`, { period: '2026-2' })).code).toBe('campaign_exists');
    expect((await send(s.stp!, 'POST', `${base}/campaigns/${created.json().id}/open`, { version: 1 })).json()).toMatchObject({ status: 'open' });
    const opened = (await get(s.referente!, '/api/me/notifications')).json();
    expect(opened.items.map((n: { kind: string }) => n.kind)).toContain('campaign_opened');
    const entered = await send(s.referente!, 'PUT', `${base}/years/2026/periods/2026-2/values/ALBI_REV`, { value: true, version: 1 });
    expect(entered.statusCode, entered.body).toBe(200);

    const completion = (await get(s.lettore!, `${base}/campaigns/${id}/completion`)).json();
    const office = completion.units.find((unit: { unit: { code: string } }) => unit.unit.code === 'A1.S1.U2');
    expect(office.referents.map((r: { username: string }) => r.username)).toEqual(['referente']);
    expect(office.pending).toBeGreaterThan(0);
    expect(office.items.filter((item: { state: string }) => item.state === 'draft').length).toBe(office.pending);
    const { measures, missing, draft, submitted, validated, rejected } = completion.totals;
    expect(missing + draft + submitted + validated + rejected).toBe(measures);

    const reminded = (await send(s.stp!, 'POST', `${base}/campaigns/${id}/reminders`, {})).json();
    expect(reminded.units).toContain('A1.S1.U2');
    const unread = (await get(s.referente!, '/api/me/notifications?unread=true')).json();
    expect(unread.items.find((n: { kind: string }) => n.kind === 'deadline_near').body.it).toMatch(/Da inviare: /);
    const all = await send(s.referente!, 'POST', '/api/me/notifications/read-all', {});
    expect(all.json().marked).toBe(unread.unread);
    expect((await get(s.referente!, '/api/me/notifications?unread=true')).json()).toEqual({ items: [], unread: 0 });
  });

  it('lists the indicators at risk at the first period and records why, for the indicator\'s units only', async () => {
    const list = (await get(s.lettore!, `${base}/years/2026/periods/2026-1/deviations`)).json();
    const required = list.items.filter((item: { required: boolean }) => item.required);
    expect(required.length).toBeGreaterThan(0);
    for (const item of required) expect(['a_rischio', 'critico']).toContain(item.status);
    const target = required[0].indicator.code as string;
    const url = `${base}/years/2026/periods/2026-1/deviations/${target}`;
    const body = { causeClass: 'exogenous', explanation: 'Calo delle iscrizioni per la crisi del settore', correctiveAction: 'Campagna informativa', owner: 'Dirigente Area 1' };
    const recorded = await send(s.sg!, 'PUT', url, body);
    expect(recorded.json()).toMatchObject({ indicator: target, causeClass: 'exogenous', causeLabel: { en: 'Exogenous (outside the body)' }, version: 1 });
    expect(problemOf(await send(s.sg!, 'PUT', url, { ...body, explanation: 'Altro' })).code).toBe('version_conflict');
    expect((await send(s.sg!, 'PUT', url, { ...body, version: 1, owner: 'Servizio Registro' })).json()).toMatchObject({ version: 2, owner: 'Servizio Registro' });
    expect(problemOf(await send(s.lettore!, 'PUT', url, body)).code).toBe('forbidden');

    const scores = (await get(s.lettore!, `${base}/scores?year=2026&period=2026-1&explain=none`)).json();
    const inLine = (scores.indicators as ScoredItem[]).find((item) => item.state === 'scored' && (item.rounded ?? 0) >= 100);
    expect(problemOf(await send(s.stp!, 'PUT', `${base}/years/2026/periods/2026-1/deviations/${inLine!.code}`, body)).code).toBe('deviation_not_needed');
    const after = (await get(s.lettore!, `${base}/years/2026/periods/2026-1/deviations`)).json();
    expect(after.items.find((item: { indicator: { code: string } }) => item.indicator.code === target).deviation).toMatchObject({ version: 2 });
  });

  it('shows a suspension in the scores at once, and its lifting too', async () => {
    const scoresUrl = `${base}/scores?year=2026&period=2026-1&explain=none`;
    const before = (await get(s.lettore!, scoresUrl)).json();
    const candidate = (before.indicators as ScoredItem[]).find((item) => item.state === 'scored')!;
    const created = await send(s.sg!, 'POST', `${base}/years/2026/suspensions`, {
      target: { kind: 'indicator', code: candidate.code }, reason: 'Attività sospesa per lavori', act: { kind: 'determinazione', number: '201', date: '2026-06-03' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(problemOf(await send(s.stp!, 'POST', `${base}/years/2026/suspensions`, { target: { kind: 'indicator', code: candidate.code }, reason: 'Di nuovo' })).code).toBe('already_suspended');
    expect(problemOf(await send(s.stp!, 'POST', `${base}/years/2026/suspensions`, { target: { kind: 'node', code: 'NOPE' }, reason: 'x' })).code).toBe('unknown_target');
    const suspended = (await get(s.lettore!, scoresUrl)).json();
    expect((suspended.indicators as ScoredItem[]).find((item) => item.code === candidate.code)).toMatchObject({ state: 'suspended', rounded: null });
    const lifted = await send(s.stp!, 'POST', `${base}/suspensions/${created.json().id}/lift`, { version: 1, reason: 'Lavori conclusi' });
    expect(lifted.statusCode).toBe(200);
    const back = (await get(s.lettore!, scoresUrl)).json();
    expect((back.indicators as ScoredItem[]).find((item) => item.code === candidate.code)).toMatchObject({ state: 'scored', rounded: candidate.rounded });
    expect(problemOf(await send(s.stp!, 'POST', `${base}/suspensions/${created.json().id}/lift`, { version: 1, reason: 'Di nuovo' })).code).toBe('suspension_lifted');
  });

  it('validates and freezes 2025, which recomputes identically, and notices data changed behind the API', async () => {
    const sample = (await get(s.oiv!, `${base}/years/2025/validation-sample?size=8&seed=2025`)).json();
    expect(sample.items).toHaveLength(8);
    expect((await get(s.oiv!, `${base}/years/2025/validation-sample?size=8&seed=2025`)).json()).toEqual(sample);
    const checklist = CHECKLIST_ITEMS.map((item) => ({ item, answer: item === 'suspensions_justified' ? 'not_applicable' : 'yes' }));
    const cycle = (await get(s.oiv!, `${base}/years/2025/cycle`)).json();
    expect(cycle).toMatchObject({ status: 'closed', transitions: [{ transition: 'reopen', allowed: false }, { transition: 'validate', allowed: true }] });
    const validated = await send(s.oiv!, 'POST', `${base}/years/2025/validate`, {
      version: cycle.version, notes: 'Relazione validata.', checklist, sample: { seed: 2025, valueIds: sample.items.map((item: { value: { id: string } }) => item.value.id) },
    });
    expect(validated.json()).toMatchObject({ status: 'validated' });
    expect((await send(s.stp!, 'POST', `${base}/years/2025/freeze`, { version: validated.json().version })).json()).toMatchObject({ status: 'frozen' });
    const check = (await send(s.oiv!, 'POST', `${base}/years/2025/recompute-check`, {})).json();
    expect(check).toMatchObject({ identical: true, reproducible: true, inputsUnchanged: true, differences: [] });
    const snapshot = (await get(s.lettore!, `${base}/years/2025/snapshot`)).json();
    expect(snapshot.scored.indicators.length).toBe(64);

    const [plan] = await t.db.select().from(plans).where(eq(plans.code, DEMO_PLAN_CODE));
    const rows = await t.db.select().from(measureValues).where(and(eq(measureValues.planId, plan!.id), eq(measureValues.year, 2025), eq(measureValues.state, 'validated')));
    const value = rows.find((row) => typeof row.value === 'number' && row.value > 0)!;
    await t.db.update(measureValues).set({ value: (value.value as number) * 3 + 1 }).where(eq(measureValues.id, value.id));
    const tampered = (await send(s.oiv!, 'POST', `${base}/years/2025/recompute-check`, {})).json();
    expect(tampered).toMatchObject({ identical: false, reproducible: true, inputsUnchanged: false });
    expect(tampered.differences.length).toBeGreaterThan(0);
  });
});
