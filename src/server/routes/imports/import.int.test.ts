import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { CARD_SEED, TREE_SEED, readSeedText } from '../../../formats/xlsx/xlsx-test-support.js';
import { auditLog, jobs, plans } from '../../db/schema.js';
import { startJobWorker, type JobWorker } from '../../jobs/index.js';
import { MAX_IMPORT_BYTES } from '../../services/import-read.js';
import type { ImportReport } from '../../services/import.js';
import { buildEntity, buildUser, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';
import { multipartUpload } from './import-test-support.js';

let t: TestApp;
let worker: JobWorker;
let stp: Session;
let lettore: Session;
let entity: { id: string; code: string };

beforeAll(async () => {
  t = await startTestApp();
  worker = await startJobWorker(t.database, { loop: false });
  entity = await buildEntity(t.db, { code: 'LE', name: 'Camera di Commercio di Lecce' });
  stp = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username);
  lettore = await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'lettore' })).username);
});
afterAll(async () => { await worker?.stop(); await t?.close(); });

function upload(session: Session, query: string, fileName: string, content: string | Buffer) {
  const request = multipartUpload(`/api/entities/${entity.code}/imports${query}`, fileName, content);
  return t.app.inject({ method: 'POST', ...request, headers: { ...session.headers, ...request.headers } });
}

/** Runs the queued job and returns it as GET /api/jobs/:id shows it. */
async function finish(jobId: string): Promise<{ status: string; progress: number; result: ImportReport }> {
  expect(await worker.runOnce()).toBe(true);
  const response = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: stp.headers });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('POST /api/entities/:entityCode/imports', () => {
  it('a dry run is a job whose result is the report; nothing is written and the upload is dropped from the job', async () => {
    const response = await upload(stp, '?dryRun=true', TREE_SEED, readSeedText(TREE_SEED));
    expect(response.statusCode).toBe(202);
    const job = response.json() as { id: string; kind: string; status: string };
    expect(job).toMatchObject({ kind: 'import-plan', status: 'queued' });
    const done = await finish(job.id);
    expect(done).toMatchObject({ status: 'succeeded', progress: 1 });
    expect(done.result).toMatchObject({
      dryRun: true, imported: false, format: 'tree-export', planCode: '2021-2023',
      counts: { byLevel: { strategic_area: 3, strategic_objective: 5, program: 5, operational_objective: 13, action: 31 }, indicators: 93, orgUnits: 20 },
    });
    expect(done.result.warnings.length).toBeGreaterThan(0);
    expect(await t.db.select().from(plans).where(eq(plans.entityId, entity.id))).toEqual([]);
    const [row] = await t.db.select().from(jobs).where(eq(jobs.id, job.id));
    expect(row!.payload).not.toHaveProperty('file');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, job.id));
    expect(audit?.after).toMatchObject({ kind: 'import-plan', fileName: TREE_SEED, dryRun: true, format: 'auto' });
    expect(JSON.stringify(audit?.after)).not.toContain('KPI Associati');
  });

  it('the real import writes the plan; a second one of the same file shows no differences', async () => {
    const first = await finish((await upload(stp, '', TREE_SEED, readSeedText(TREE_SEED))).json<{ id: string }>().id);
    expect(first.result).toMatchObject({ imported: true, replaces: false });
    const list = await t.app.inject({ method: 'GET', url: `/api/entities/${entity.code}/plans`, headers: lettore.headers });
    const items = list.json<{ items: { code: string; years: { year: number; status: string }[] }[] }>().items;
    expect(items.map((item) => item.code)).toEqual(['2021-2023']);
    // Each plan of the list brings its years, so the web app picks the working year without asking for the plan.
    expect(items[0]!.years).toEqual([2021, 2022, 2023].map((year) => ({ year, status: 'planning', version: 1 })));
    const again = await finish((await upload(stp, '?dryRun=true&format=tree-export', 'lecce.txt', readSeedText(TREE_SEED))).json<{ id: string }>().id);
    expect(again.result.replaces).toBe(true);
    expect(Object.values(again.result.diff!.changed).flat()).toEqual([]);
  });

  it('reports blocking errors in the result without writing (a card export for a year it does not cover)', async () => {
    const done = await finish((await upload(stp, '?year=2030', CARD_SEED, readSeedText(CARD_SEED))).json<{ id: string }>().id);
    expect(done.status).toBe('succeeded');
    expect(done.result.imported).toBe(false);
    expect(done.result.errors.map((issue) => issue.code)).toEqual(['year_outside_plan']);
    expect(done.result.errors[0]!.message.en).toContain('not the requested year 2030');
  });

  it('answers 413 for files over the limit, by declared length and while streaming', async () => {
    const huge = await upload(stp, '', 'huge.json', Buffer.alloc(MAX_IMPORT_BYTES + 100 * 1024, 0x20));
    expect(huge.statusCode).toBe(413);
    expect(problemOf(huge)).toMatchObject({ code: 'file_too_large', messages: { it: 'Il file è troppo grande: il limite è 20 MB.' } });
    const justOver = await upload(stp, '', 'over.json', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20));
    expect(justOver.statusCode).toBe(413);
    expect(problemOf(justOver).code).toBe('file_too_large');
  });

  it('answers 400 without a file, 415 for a JSON body, 400 for a bad query, 403 for a reader', async () => {
    const noFile = multipartUpload(`/api/entities/${entity.code}/imports`, 'x.json', '{}', 'other');
    const missing = await t.app.inject({ method: 'POST', ...noFile, headers: { ...stp.headers, ...noFile.headers } });
    expect(problemOf(missing)).toMatchObject({ status: 400, code: 'file_missing' });
    const json = await t.app.inject({ method: 'POST', url: `/api/entities/${entity.code}/imports`, headers: stp.headers, payload: { file: 'x' } });
    expect(problemOf(json)).toMatchObject({ status: 415, code: 'not_multipart' });
    const badQuery = await upload(stp, '?format=pdf', 'x.json', '{}');
    expect(problemOf(badQuery)).toMatchObject({ status: 400, code: 'validation_failed' });
    const reader = await upload(lettore, '', 'x.json', '{}');
    expect(problemOf(reader)).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
