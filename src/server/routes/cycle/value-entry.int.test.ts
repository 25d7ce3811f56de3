/**
 * Data entry and validation through the API: the happy path (enter, submit, validate; reject and
 * correct; reopen), every transition audited with the acting user, and every forbidden transition
 * refused with a clear problem and no write (rows and audit entries counted before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, measureValues, notifications } from '../../db/schema.js';
import { countAudit, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';
import { buildCycleScene, countRows, type CycleScene } from './cycle-test-support.js';

describe('value entry and validation', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  const put = (scene: CycleScene, session: Session, measure: string, payload: object, period = '2026-1') =>
    t.app.inject({ method: 'PUT', url: `${scene.year}/periods/${period}/values/${measure}`, headers: session.headers, payload });
  const move = (scene: CycleScene, session: Session, id: string, transition: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `${scene.base}/values/${id}/${transition}`, headers: session.headers, payload });

  /** Runs a request that must be refused and checks nothing was written. */
  async function expectRefused(run: () => ReturnType<typeof put>, status: number, code: string) {
    const [audit, values, inbox] = [await countAudit(t.db), await countRows(t.db, measureValues), await countRows(t.db, notifications)];
    const response = await run();
    expect(response.statusCode, response.body).toBe(status);
    const problem = problemOf(response);
    expect(problem.code).toBe(code);
    expect(problem.messages.it.length).toBeGreaterThan(0);
    expect(problem.messages.en.length).toBeGreaterThan(0);
    expect([await countAudit(t.db), await countRows(t.db, measureValues), await countRows(t.db, notifications)]).toEqual([audit, values, inbox]);
    return problem;
  }

  it('takes a value from draft to validated, audited with the acting user at every step, notifying the validators', async () => {
    const scene = await buildCycleScene(t, { openCampaign: true });
    const { referente, dirigente } = scene.sessions;
    const entered = await put(scene, referente, 'PRAT', { value: 120, note: 'Dal gestionale', source: 'Registro imprese' });
    expect(entered.statusCode, entered.body).toBe(200);
    const draft = entered.json();
    expect(draft).toMatchObject({ measure: 'PRAT', year: 2026, period: '2026-1', value: 120, state: 'draft', enteredBy: scene.usernames.referente, source: 'Registro imprese', version: 1 });
    const corrected = await put(scene, referente, 'PRAT', { value: 125, version: 1 });
    expect(corrected.json()).toMatchObject({ id: draft.id, value: 125, version: 2, note: null });
    const submitted = await move(scene, referente, draft.id, 'submit', { version: 2 });
    expect(submitted.json()).toMatchObject({ state: 'submitted', version: 3 });
    const validated = await move(scene, dirigente, draft.id, 'validate', { version: 3 });
    expect(validated.json()).toMatchObject({ state: 'validated', reviewedBy: scene.usernames.dirigente, version: 4 });

    const trail = await t.db.select().from(auditLog).where(eq(auditLog.objectId, draft.id)).orderBy(asc(auditLog.id));
    expect(trail.map((entry) => [entry.action, entry.username])).toEqual([
      ['enter', scene.usernames.referente], ['enter', scene.usernames.referente], ['submit', scene.usernames.referente], ['validate', scene.usernames.dirigente],
    ]);
    expect(trail.map((entry) => (entry.after as { state: string }).state)).toEqual(['draft', 'draft', 'submitted', 'validated']);
    const asked = await t.db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.subjectId, draft.id), eq(notifications.kind, 'validation_requested')));
    expect(asked.length).toBe(3); // the area's dirigente, the validatore, the SG
  });

  it('refuses values outside the referente\'s units, validation by a referente, and a lettore, writing nothing', async () => {
    const scene = await buildCycleScene(t, { openCampaign: true });
    await expectRefused(() => put(scene, scene.sessions.referente, 'DOC', { value: 10 }), 403, 'forbidden');
    await expectRefused(() => put(scene, scene.sessions.lettore, 'PRAT', { value: 10 }), 403, 'forbidden');
    await expectRefused(() => put(scene, scene.sessions.oiv, 'PRAT', { value: 10 }), 403, 'forbidden');
    const ok = await put(scene, scene.sessions.referenteU2, 'DOC', { value: 10 });
    expect(ok.statusCode).toBe(200);
    const id = ok.json().id as string;
    await move(scene, scene.sessions.referenteU2, id, 'submit', { version: 1 });
    await expectRefused(() => move(scene, scene.sessions.referenteU2, id, 'validate', { version: 2 }), 403, 'forbidden');
    await expectRefused(() => move(scene, scene.sessions.referente, id, 'withdraw', { version: 2 }), 403, 'forbidden');
  });

  it('locks a validated value: editing it, rejecting it or submitting it again is refused; a reopen with a reason unlocks it', async () => {
    const scene = await buildCycleScene(t, { openCampaign: true });
    const { referente, validatore, sg, stp } = scene.sessions;
    const id = (await put(scene, referente, 'TOT', { value: 150 })).json().id as string;
    await move(scene, referente, id, 'submit', { version: 1 });
    await move(scene, validatore, id, 'validate', { version: 2 });
    await expectRefused(() => put(scene, referente, 'TOT', { value: 151, version: 3 }), 409, 'value_locked');
    await expectRefused(() => put(scene, stp, 'TOT', { value: 151, version: 3 }), 409, 'value_locked');
    const again = await expectRefused(() => move(scene, validatore, id, 'reject', { version: 3, reason: 'ripensamento' }), 409, 'transition_refused');
    expect(again.errors?.map((e) => e.code)).toEqual(['wrong_state']);
    await expectRefused(() => move(scene, validatore, id, 'reopen', { version: 3, reason: 'Errore di trascrizione' }), 403, 'forbidden');
    await expectRefused(() => move(scene, sg, id, 'reopen', { version: 2, reason: 'Errore di trascrizione' }), 409, 'version_conflict');
    const reopened = await move(scene, sg, id, 'reopen', { version: 3, reason: 'Errore di trascrizione' });
    expect(reopened.json()).toMatchObject({ state: 'draft', reviewNote: 'Errore di trascrizione', reviewedBy: scene.usernames.sg });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, id), eq(auditLog.action, 'reopen')));
    expect(entry).toMatchObject({ username: scene.usernames.sg, before: expect.objectContaining({ state: 'validated' }), after: expect.objectContaining({ state: 'draft', reason: 'Errore di trascrizione' }) });
    expect((await put(scene, referente, 'TOT', { value: 151, version: 4 })).json()).toMatchObject({ value: 151, state: 'draft' });
  });

  it('rejects with a reason, tells whoever entered it, and lets them correct and resubmit', async () => {
    const scene = await buildCycleScene(t, { openCampaign: true });
    const { referente, dirigente } = scene.sessions;
    const id = (await put(scene, referente, 'PRAT', { value: 99 })).json().id as string;
    await move(scene, referente, id, 'submit', { version: 1 });
    const missing = await expectRefused(() => move(scene, dirigente, id, 'reject', { version: 2, reason: '' }), 400, 'validation_failed');
    expect(missing.errors?.map((e) => e.path)).toContain('reason');
    const rejected = await move(scene, dirigente, id, 'reject', { version: 2, reason: 'Manca il dato di aprile' });
    expect(rejected.json()).toMatchObject({ state: 'rejected', reviewNote: 'Manca il dato di aprile' });
    const inbox = await t.app.inject({ method: 'GET', url: '/api/me/notifications?unread=true', headers: referente.headers });
    expect(inbox.json().items).toEqual([expect.objectContaining({ kind: 'value_rejected', body: { it: 'Motivo: Manca il dato di aprile', en: 'Reason: Manca il dato di aprile' } })]);
    expect((await put(scene, referente, 'PRAT', { value: 101, version: 3 })).json()).toMatchObject({ state: 'draft', version: 4 });
    expect((await move(scene, referente, id, 'submit', { version: 4 })).json()).toMatchObject({ state: 'submitted' });
  });

  it('needs an open campaign for referenti (not for the stp) and a monitored year for everyone', async () => {
    const scene = await buildCycleScene(t);
    const problem = await expectRefused(() => put(scene, scene.sessions.referente, 'PRAT', { value: 5 }), 409, 'transition_refused');
    expect(problem.errors).toEqual([expect.objectContaining({ code: 'campaign_not_open', messages: expect.objectContaining({ en: 'The data collection of the period is not open.' }) })]);
    expect((await put(scene, scene.sessions.stp, 'PRAT', { value: 5 })).statusCode).toBe(200);
    const closed = await buildCycleScene(t, { status: 'closed', openCampaign: true });
    const refused = await expectRefused(() => put(closed, closed.sessions.stp, 'PRAT', { value: 5 }), 409, 'transition_refused');
    expect(refused.errors?.map((e) => e.code)).toEqual(['year_not_monitoring']);
    await expectRefused(() => put(scene, scene.sessions.stp, 'PRAT', { value: true, version: 1 }), 400, 'value_type_mismatch');
    await expectRefused(() => put(scene, scene.sessions.stp, 'NOPE', { value: 1 }), 404, 'not_found');
  });

  it('stores the final period\'s values as the year\'s final value, which the scores read', async () => {
    const scene = await buildCycleScene(t);
    const entered = await put(scene, scene.sessions.stp, 'DOC', { value: 36 }, '2026-3');
    expect(entered.json()).toMatchObject({ period: '', value: 36 });
    const [row] = await t.db.select().from(measureValues).where(eq(measureValues.id, entered.json().id));
    expect(row!.periodCode).toBe('');
    await move(scene, scene.sessions.stp, row!.id, 'submit', { version: 1 });
    const scores = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2026&explain=none`, headers: scene.sessions.lettore.headers });
    const k12 = (scores.json().indicators as { code: string; value: unknown; rounded: number }[]).find((item) => item.code === 'k12');
    expect(k12).toMatchObject({ value: 36, rounded: 100 });
  });

  it('shows the grid: rows of the referente\'s units, current value, previous values, targets, provisional status and abilities', async () => {
    const scene = await buildCycleScene(t, { openCampaign: true });
    const { stp, referente } = scene.sessions;
    await t.db.insert(measureValues).values([
      { entityId: scene.entity.id, planId: scene.plan.id, measureCode: 'PRAT', year: 2025, periodCode: '', value: 700, state: 'validated' },
      { entityId: scene.entity.id, planId: scene.plan.id, measureCode: 'TOT', year: 2026, periodCode: '2026-1', value: 100, state: 'submitted' },
    ]);
    await put(scene, referente, 'PRAT', { value: 70 });
    const mine = await t.app.inject({ method: 'GET', url: `${scene.year}/periods/2026-1/grid`, headers: referente.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    const grid = mine.json();
    expect(grid).toMatchObject({ period: { code: '2026-1', end: '2026-04-30', final: false }, campaign: { status: 'open', entryDeadline: '2026-05-15' }, provisional: true });
    expect(grid.rows.map((row: { measure: { code: string } }) => row.measure.code)).toEqual(['PRAT', 'TOT']);
    expect(grid.rows[0]).toMatchObject({
      units: ['A1.U1'], current: { value: 70, state: 'draft', attachments: 0 }, previous: [{ year: 2025, period: null, value: 700, state: 'validated' }],
      indicators: [{ code: 'k11', target: '>= 80%', value: 70, achievement: 87.5, status: 'a_rischio' }], can: ['enter', 'submit'],
    });
    expect(grid.rows[1]).toMatchObject({ current: { state: 'submitted' }, can: ['withdraw'] });
    const all = await t.app.inject({ method: 'GET', url: `${scene.year}/periods/2026-1/grid`, headers: stp.headers });
    expect(all.json().rows.map((row: { measure: { code: string } }) => row.measure.code)).toEqual(['DOC', 'PRAT', 'TOT']);
    expect(all.json().rows[2].can).toEqual(['withdraw', 'validate', 'reject']);
  });
});
