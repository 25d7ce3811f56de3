/**
 * Documents over the API on the demo entity: generating the Relazione as a job (progress to 1, the
 * stored file downloadable with its hash), approving versions with acts (exact bytes, immutable,
 * a new act for a new version, audited), and the narrative sections (proposal, saved text, conflicts
 * resolved only by a person's choice; the saved text is what the generated document shows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { readZipEntry } from '../../../documents/testing/zip-entries.js';
import { approvedDocuments, auditLog, documentTexts, entities } from '../../db/schema.js';
import { DEMO_PLAN_CODE } from '../../demo/demo-plan.js';
import { loadDemoData } from '../../demo/demo-data.js';
import { startJobWorker } from '../../jobs/index.js';
import { buildUser, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ACT_1 = { kind: 'delibera_giunta', number: '41', date: '2026-06-20' };
const ACT_2 = { kind: 'delibera_giunta', number: '55', date: '2026-07-18' };
const texts = `/api/entities/DEMO/plans/${DEMO_PLAN_CODE}/documents/relazione/texts`;

/** The messages of an error and its causes (drizzle wraps the database's error). */
async function failureOf(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const messages: string[] = [];
    for (let current: unknown = error; current instanceof Error; current = current.cause) messages.push(current.message);
    return messages.join(' | ');
  }
  return 'no error';
}

interface JobView { id: string; status: string; progress: number; result: { documentId: string; sha256: string; fileName: string; year: number } }
interface Section { sectionKey: string; proposal: string | null; proposalHash: string | null; userText: string | null; version: number | null; state: string }

describe('documents API', () => {
  let t: TestApp;
  let stp: Session;
  let sg: Session;
  let lettore: Session;

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.database, { ifEmpty: true });
    const [demo] = await t.db.select().from(entities).where(eq(entities.code, 'DEMO'));
    stp = await login(t.app, (await buildUser(t.db, { entityId: demo!.id, role: 'stp' })).username);
    sg = await login(t.app, (await buildUser(t.db, { entityId: demo!.id, role: 'sg' })).username);
    lettore = await login(t.app, (await buildUser(t.db, { entityId: demo!.id, role: 'lettore' })).username);
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  async function generate(session: Session, body: object): Promise<JobView> {
    const started = await t.app.inject({ method: 'POST', url: '/api/entities/DEMO/documents/jobs', headers: session.headers, payload: body });
    expect(started.statusCode, started.body).toBe(202);
    const progress: number[] = [];
    const { onJobEvent } = await import('../../jobs/index.js');
    const stop = onJobEvent((event) => { if (event.type === 'progress') progress.push(event.progress); });
    const worker = await startJobWorker(t.database, { loop: false });
    expect(await worker.runOnce()).toBe(true);
    await worker.stop();
    stop();
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    const job = (await t.app.inject({ method: 'GET', url: `/api/jobs/${(started.json() as JobView).id}`, headers: lettore.headers })).json() as JobView;
    expect(job).toMatchObject({ status: 'succeeded', progress: 1 });
    return job;
  }

  it('generates the Relazione as a job; the stored file downloads with its hash; a lettore may not generate', { timeout: 120_000 }, async () => {
    const refused = await t.app.inject({ method: 'POST', url: '/api/entities/DEMO/documents/jobs', headers: lettore.headers, payload: { kind: 'relazione', format: 'pdf' } });
    expect(problemOf(refused)).toMatchObject({ status: 403, code: 'forbidden' });
    const job = await generate(sg, { kind: 'relazione', format: 'pdf' });
    expect(job.result).toMatchObject({ year: 2025, fileName: 'relazione-2025-DEMO.pdf' });
    const file = await t.app.inject({ method: 'GET', url: `/api/entities/DEMO/documents/generated/${job.result.documentId}/file`, headers: lettore.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(file.rawPayload)).toBe(job.result.sha256);
    const list = (await t.app.inject({ method: 'GET', url: '/api/entities/DEMO/documents', headers: lettore.headers })).json() as { generated: { id: string; sha256: string }[]; abilities: string[] };
    expect(list.generated[0]).toMatchObject({ id: job.result.documentId, sha256: job.result.sha256 });
    expect(list.abilities).toEqual([]);
  });

  it('refuses a year outside the plan and an unknown format, with located messages in both languages', async () => {
    const year = await t.app.inject({ method: 'POST', url: '/api/entities/DEMO/documents/jobs', headers: stp.headers, payload: { kind: 'piano', format: 'docx', planCode: DEMO_PLAN_CODE, year: 2031 } });
    expect(problemOf(year)).toMatchObject({ status: 400, code: 'year_outside_plan', messages: { it: expect.stringContaining('fuori'), en: expect.stringContaining('outside') } });
    const format = problemOf(await t.app.inject({ method: 'POST', url: '/api/entities/DEMO/documents/jobs', headers: stp.headers, payload: { kind: 'piano', format: 'odt' } }));
    expect(format.status).toBe(400);
    expect(format.errors?.map((error) => error.path)).toEqual(['format']);
  });

  it('approves versions with their acts: exact bytes and hash, a new act for a new version, immutable, audited', { timeout: 120_000 }, async () => {
    const job = await generate(stp, { kind: 'relazione', format: 'docx' });
    const approve = (session: Session, act: object) => t.app.inject({
      method: 'POST', url: `/api/entities/DEMO/documents/generated/${job.result.documentId}/approve`, headers: session.headers, payload: { act },
    });
    expect(problemOf(await approve(sg, ACT_1))).toMatchObject({ status: 403, code: 'forbidden' });
    const first = await approve(stp, ACT_1);
    expect(first.statusCode, first.body).toBe(201);
    const version1 = first.json() as { id: string; number: number; sha256: string; act: object; approvedBy: string };
    expect(version1).toMatchObject({ number: 1, sha256: job.result.sha256, act: ACT_1 });
    expect(problemOf(await approve(stp, ACT_1))).toMatchObject({ status: 409, code: 'act_already_used' });
    const second = (await approve(stp, ACT_2)).json() as { id: string; number: number };
    expect(second.number).toBe(2);

    const download = await t.app.inject({ method: 'GET', url: `/api/entities/DEMO/documents/approved/${version1.id}/file`, headers: lettore.headers });
    expect(sha256(download.rawPayload)).toBe(version1.sha256);
    expect(download.headers['x-content-sha256']).toBe(version1.sha256);
    expect(await failureOf(t.db.update(approvedDocuments).set({ sha256: 'tampered' }).where(eq(approvedDocuments.id, version1.id)))).toMatch(/approved_document_immutable/);
    expect(await failureOf(t.db.delete(approvedDocuments).where(eq(approvedDocuments.id, version1.id)))).toMatch(/approved_document_immutable/);
    const trail = await t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'approved_document'), eq(auditLog.action, 'approve')));
    expect(trail.map((entry) => (entry.after as { number: number }).number).sort()).toEqual([1, 2]);
    const list = (await t.app.inject({ method: 'GET', url: '/api/entities/DEMO/documents', headers: lettore.headers })).json() as { approved: { id: string; number: number; sha256: string }[] };
    expect(list.approved.map((row) => [row.number, row.sha256])).toEqual([[2, job.result.sha256], [1, job.result.sha256]]);
  });

  it('keeps a person\'s text over the proposal; a changed proposal is a conflict resolved only by their choice; the document shows their text', { timeout: 180_000 }, async () => {
    const list = (await t.app.inject({ method: 'GET', url: `${texts}?year=2025`, headers: lettore.headers })).json() as { sections: Section[]; abilities: string[] };
    expect(list.abilities).toEqual([]);
    const deviations = list.sections.find((section) => section.sectionKey === 'relazione.deviations')!;
    expect(deviations).toMatchObject({ state: 'proposal', userText: null });
    expect(deviations.proposal).toMatch(/indicatori/);
    expect(list.sections.find((section) => section.sectionKey === 'relazione.context.narrative')).toMatchObject({ proposal: null, state: 'proposal' });

    const save = (session: Session, body: object) => t.app.inject({ method: 'PUT', url: `${texts}/relazione.deviations`, headers: session.headers, payload: { year: 2025, ...body } });
    expect(problemOf(await save(lettore, { userText: '<p>x</p>', proposalHash: deviations.proposalHash }))).toMatchObject({ status: 403 });
    expect(problemOf(await save(sg, { userText: '<p>x</p>', proposalHash: 'stale' }))).toMatchObject({ status: 409, code: 'proposal_changed', current: { proposal: deviations.proposal } });
    expect(problemOf(await save(sg, { userText: '<p> </p>', proposalHash: deviations.proposalHash }))).toMatchObject({ status: 400, code: 'text_empty' });
    const saved = await save(sg, { userText: '<p>Scostamenti <strong>spiegati</strong> dai responsabili.<script>alert(1)</script></p>', proposalHash: deviations.proposalHash });
    expect(saved.json()).toMatchObject({ state: 'edited', version: 1, userText: '<p>Scostamenti <strong>spiegati</strong> dai responsabili.</p>' });
    expect(problemOf(await save(stp, { userText: '<p>Altro</p>', proposalHash: deviations.proposalHash }))).toMatchObject({ status: 409, code: 'version_conflict' });

    // The data change under the text (simulated: the stored base is an older proposal): a conflict, text untouched.
    await t.db.update(documentTexts).set({ generatedText: 'Vecchia proposta', generatedHash: 'old' }).where(eq(documentTexts.sectionKey, 'relazione.deviations'));
    const conflict = ((await t.app.inject({ method: 'GET', url: `${texts}?year=2025`, headers: stp.headers })).json() as { sections: Section[] }).sections.find((section) => section.sectionKey === 'relazione.deviations')!;
    expect(conflict).toMatchObject({ state: 'conflict', userText: '<p>Scostamenti <strong>spiegati</strong> dai responsabili.</p>', baseText: 'Vecchia proposta', proposal: deviations.proposal });
    // Keeping the text on the new proposal resolves the conflict.
    const kept = await save(stp, { userText: conflict.userText, proposalHash: conflict.proposalHash, version: conflict.version });
    expect(kept.json()).toMatchObject({ state: 'edited', version: 2 });

    const job = await generate(stp, { kind: 'relazione', format: 'docx', year: 2025 });
    const docx = (await t.app.inject({ method: 'GET', url: `/api/entities/DEMO/documents/generated/${job.result.documentId}/file`, headers: stp.headers })).rawPayload;
    const body = readZipEntry(docx, 'word/document.xml');
    expect(body).toContain('dai responsabili.');
    expect(body).not.toContain('alert(1)');

    const removed = await t.app.inject({ method: 'DELETE', url: `${texts}/relazione.deviations?year=2025&version=2`, headers: stp.headers });
    expect(removed.json()).toMatchObject({ state: 'proposal', userText: null });
    expect(problemOf(await t.app.inject({ method: 'DELETE', url: `${texts}/relazione.deviations?year=2025&version=2`, headers: stp.headers }))).toMatchObject({ status: 409, code: 'text_not_saved' });
    expect(problemOf(await t.app.inject({ method: 'PUT', url: `${texts}/piano.context`, headers: stp.headers, payload: { userText: '<p>x</p>', proposalHash: null } }))).toMatchObject({ status: 404, code: 'unknown_section' });
    const actions = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectType, 'document_text')).orderBy(sql`${auditLog.id}`);
    expect(actions.map((row) => row.action)).toEqual(['create', 'update', 'delete']);
  });
});
