/**
 * A plan year through its whole lifecycle over the API: approved by an act, periods defined, monitored,
 * revised mid-year (diff of targets and weights, original and revised targets kept), closed (the OIV
 * notified), reopened, validated by the OIV with its checklist, frozen and recomputed identically.
 * Every transition is audited with the acting user; refused ones change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { CHECKLIST_ITEMS } from '../../../core/cycle/index.js';
import { auditLog, notifications, planYearSnapshots, planYears } from '../../db/schema.js';
import { countAudit, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';
import { buildCycleScene, type CycleScene } from './cycle-test-support.js';

const ACT = { kind: 'delibera_giunta', number: '8', date: '2026-01-29', body: 'Giunta camerale' };
const REVISION_ACT = { kind: 'delibera_giunta', number: '71', date: '2026-07-15' };
const CHECKLIST = CHECKLIST_ITEMS.map((item) => ({ item, answer: 'yes' }));

describe('plan year lifecycle', () => {
  let t: TestApp;
  let scene: CycleScene;
  beforeAll(async () => {
    t = await startTestApp();
    scene = await buildCycleScene(t, { status: 'planning', periods: false });
  });
  afterAll(async () => { await t?.close(); });

  const post = (session: Session, path: string, payload: object) => t.app.inject({ method: 'POST', url: `${scene.year}/${path}`, headers: session.headers, payload });

  async function expectRefused(run: () => ReturnType<typeof post>, status: number, code: string, reasons?: string[]) {
    const before = await countAudit(t.db);
    const [yearBefore] = await t.db.select().from(planYears).where(and(eq(planYears.planId, scene.plan.id), eq(planYears.year, 2026)));
    const response = await run();
    expect(response.statusCode, response.body).toBe(status);
    const problem = problemOf(response);
    expect(problem.code).toBe(code);
    if (reasons) expect(problem.errors?.map((e) => e.code)).toEqual(reasons);
    const [yearAfter] = await t.db.select().from(planYears).where(and(eq(planYears.planId, scene.plan.id), eq(planYears.year, 2026)));
    expect([await countAudit(t.db), yearAfter]).toEqual([before, yearBefore]);
  }

  it('approves the plan by an act (stp only), then starts monitoring once periods exist', async () => {
    const overview = await t.app.inject({ method: 'GET', url: `${scene.year}/cycle`, headers: scene.sessions.lettore.headers });
    expect(overview.json()).toMatchObject({ status: 'planning', label: { it: 'In predisposizione (bozza)' }, abilities: [], transitions: [{ transition: 'approve', allowed: false, reasons: [{ code: 'forbidden' }] }] });
    const asOiv = await t.app.inject({ method: 'GET', url: `${scene.year}/cycle`, headers: scene.sessions.oiv.headers });
    expect(asOiv.json().abilities).toEqual(['plan_year.validate', 'evidence.read', 'audit.read']);
    await expectRefused(() => post(scene.sessions.sg, 'approve', { version: 1, act: ACT }), 403, 'forbidden');
    await expectRefused(() => post(scene.sessions.stp, 'approve', { version: 1 }), 400, 'validation_failed');
    await expectRefused(() => post(scene.sessions.stp, 'start-monitoring', { version: 1 }), 409, 'transition_refused', ['wrong_state']);
    const approved = await post(scene.sessions.stp, 'approve', { version: 1, act: ACT });
    expect(approved.json()).toMatchObject({ status: 'approved', approvalAct: ACT, version: 2 });
    await expectRefused(() => post(scene.sessions.stp, 'start-monitoring', { version: 2 }), 409, 'transition_refused', ['periods_missing']);
    const quarterly = await post(scene.sessions.stp, 'periods', { frequency: 'quarterly' });
    expect(quarterly.json().items.map((p: { code: string }) => p.code)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const fourMonthly = await post(scene.sessions.stp, 'periods', {});
    expect(fourMonthly.json().items.map((p: { end: string; final: boolean }) => [p.end, p.final])).toEqual([['2026-04-30', false], ['2026-08-31', false], ['2026-12-31', true]]);
    expect((await post(scene.sessions.stp, 'start-monitoring', { version: 2 })).json()).toMatchObject({ status: 'monitoring', version: 3 });
  });

  it('revises the plan mid-year: snapshot, live diff of targets and weights, approval by its own act', async () => {
    const opened = await post(scene.sessions.stp, 'revisions', { reason: 'Nuove risorse dal bilancio di assestamento' });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ number: 1, status: 'draft' });
    expect(problemOf(await post(scene.sessions.stp, 'revisions', { reason: 'Di nuovo' })).errors?.map((e) => e.code)).toEqual(['revision_open']);
    const edited = await t.app.inject({
      method: 'PATCH', url: `${scene.base}/indicators/k11`, headers: scene.sessions.stp.headers, payload: { version: 1, targets: { 2026: '>= 70%' }, weight: 60 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const live = (await t.app.inject({ method: 'GET', url: `${scene.year}/revisions/1`, headers: scene.sessions.oiv.headers })).json();
    expect(live).toMatchObject({ live: true, diff: { summary: { changed: 1, targetChanges: 1, weightChanges: 1 } } });
    expect(live.diff.indicators[0].fields).toEqual([{ field: 'weight', before: 50, after: 60 }, { field: 'targets.2026', before: '>= 80%', after: '>= 70%' }]);
    await expectRefused(() => post(scene.sessions.stp, 'close', { version: 3 }), 409, 'transition_refused', ['revision_open']);
    const approved = await post(scene.sessions.stp, 'revisions/1/approve', { version: 3, act: REVISION_ACT });
    expect(approved.json()).toMatchObject({ status: 'revised', version: 4 });
    const kept = (await t.app.inject({ method: 'GET', url: `${scene.year}/revisions/1`, headers: scene.sessions.lettore.headers })).json();
    expect(kept).toMatchObject({ status: 'approved', live: false, act: REVISION_ACT, approvedBy: scene.usernames.stp });
    expect(kept.targets).toEqual(expect.arrayContaining([{ indicator: 'k11', name: 'Pratiche evase sul totale', original: '>= 80%', revised: '>= 70%' }]));
  });

  it('closes only without open campaigns, asks the OIV to validate, reopens with a reason', async () => {
    const created = await t.app.inject({ method: 'POST', url: `${scene.year}/campaigns`, headers: scene.sessions.stp.headers, payload: { period: '2026-1' } });
    const campaign = created.json();
    await t.app.inject({ method: 'POST', url: `${scene.base}/campaigns/${campaign.id}/open`, headers: scene.sessions.stp.headers, payload: { version: 1 } });
    await expectRefused(() => post(scene.sessions.stp, 'close', { version: 4 }), 409, 'transition_refused', ['campaigns_open']);
    await t.app.inject({ method: 'POST', url: `${scene.base}/campaigns/${campaign.id}/close`, headers: scene.sessions.stp.headers, payload: { version: 2 } });
    expect((await post(scene.sessions.stp, 'close', { version: 4 })).json()).toMatchObject({ status: 'closed' });
    const asked = await t.app.inject({ method: 'GET', url: '/api/me/notifications', headers: scene.sessions.oiv.headers });
    expect(asked.json()).toMatchObject({ unread: 1, items: [{ kind: 'validation_requested', subject: { type: 'plan_year' }, link: { year: 2026 } }] });
    const entry = await t.app.inject({ method: 'PUT', url: `${scene.year}/periods/2026-1/values/PRAT`, headers: scene.sessions.stp.headers, payload: { value: 1 } });
    expect(problemOf(entry).errors?.map((e) => e.code)).toEqual(['year_not_monitoring']);
    await expectRefused(() => post(scene.sessions.stp, 'reopen', { version: 5, reason: ' ' }), 400, 'validation_failed');
    expect((await post(scene.sessions.stp, 'reopen', { version: 5, reason: 'Consuntivo di un ufficio da correggere' })).json()).toMatchObject({ status: 'revised' });
    expect((await post(scene.sessions.stp, 'close', { version: 6 })).json()).toMatchObject({ status: 'closed', version: 7 });
  });

  it('is validated by the OIV with a complete checklist, then frozen and recomputed identically', async () => {
    await expectRefused(() => post(scene.sessions.stp, 'validate', { version: 7, notes: 'Ok', checklist: CHECKLIST }), 403, 'forbidden');
    const partial = CHECKLIST.map((entry) => (entry.item === 'evidence_sampled' ? { ...entry, answer: 'no' } : entry)).slice(1);
    const invalid = await post(scene.sessions.oiv, 'validate', { version: 7, notes: 'Ok', checklist: partial });
    expect(problemOf(invalid).errors?.map((e) => [e.path, e.code])).toEqual([['checklist.evidence_sampled', 'note_required'], ['checklist.sources_documented', 'missing']]);
    const validated = await post(scene.sessions.oiv, 'validate', { version: 7, notes: 'Dati attendibili; campione verificato.', checklist: CHECKLIST, sample: { seed: 11, valueIds: [] } });
    expect(validated.json()).toMatchObject({ status: 'validated' });
    await expectRefused(() => post(scene.sessions.oiv, 'freeze', { version: 8 }), 403, 'forbidden');
    expect((await post(scene.sessions.stp, 'freeze', { version: 8 })).json()).toMatchObject({ status: 'frozen', version: 9 });
    const check = await post(scene.sessions.lettore, 'recompute-check', {});
    expect(check.json()).toMatchObject({ identical: true, reproducible: true, inputsUnchanged: true, differences: [] });
    const snapshot = (await t.app.inject({ method: 'GET', url: `${scene.year}/snapshot`, headers: scene.sessions.lettore.headers })).json();
    expect(snapshot.scored).toMatchObject({ year: 2026, period: null });
    expect(snapshot.scoredHash).toBe(check.json().frozen.scoredHash);
    await expect(t.db.update(planYearSnapshots).set({ scoredHash: 'x' }).where(eq(planYearSnapshots.planId, scene.plan.id))).rejects.toThrow();
    const cycle = (await t.app.inject({ method: 'GET', url: `${scene.year}/cycle`, headers: scene.sessions.stp.headers })).json();
    expect(cycle.abilities).toEqual(['plan_year.approve', 'plan_year.manage', 'plan_year.revise', 'plan_year.freeze', 'suspension.manage', 'evidence.read', 'audit.read']);
    expect(cycle).toMatchObject({ status: 'frozen', transitions: [], validation: { validatedBy: scene.usernames.oiv }, snapshot: { scoredHash: snapshot.scoredHash } });
    const suspension = await post(scene.sessions.stp, 'suspensions', { target: { kind: 'indicator', code: 'k11' }, reason: 'Troppo tardi' });
    expect(problemOf(suspension).code).toBe('year_locked');
  });

  it('audited every transition with the acting user', async () => {
    const [yearRow] = await t.db.select().from(planYears).where(and(eq(planYears.planId, scene.plan.id), eq(planYears.year, 2026)));
    const trail = await t.db.select().from(auditLog).where(eq(auditLog.objectId, yearRow!.id)).orderBy(asc(auditLog.id));
    const { stp, oiv } = scene.usernames;
    expect(trail.map((entry) => [entry.action, entry.username])).toEqual([
      ['approve', stp], ['define_periods', stp], ['define_periods', stp], ['start_monitoring', stp], ['approve_revision', stp],
      ['close', stp], ['reopen', stp], ['close', stp], ['validate', oiv], ['freeze', stp],
    ]);
    expect(yearRow).toMatchObject({ status: 'frozen', version: 9 });
    const inbox = await t.db.select().from(notifications).where(eq(notifications.kind, 'validation_requested'));
    expect(inbox.length).toBe(2); // one per close, to the one OIV member
  });
});
