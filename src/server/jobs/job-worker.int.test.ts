import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildPlan } from '../../core/plan/plan-factories.js';
import { entities, jobs } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, testDatabaseKind } from '../db/test-database.js';
import { savePlan } from '../repositories/plan-repository.js';
import { COUNT_ROWS_JOB, countRowsJob } from './handlers/count-rows.js';
import { onJobEvent, type JobEvent } from './job-events.js';
import type { JobHandler } from './job-handlers.js';
import { cancelQueuedJob, claimNextJob, enqueueJob, getJob } from './job-queue.js';
import { startJobWorker } from './job-worker.js';

const quiet = () => undefined;

function collectEvents(jobId: () => string | undefined): { events: JobEvent[]; stop: () => void } {
  const events: JobEvent[] = [];
  const stop = onJobEvent((event) => { if (event.jobId === jobId()) events.push(event); });
  return { events, stop };
}

describe(`job worker on ${testDatabaseKind()}`, () => {
  let database: Database;
  let entityId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const [entity] = await database.db.insert(entities).values({ code: 'JOB', name: 'Ente dei lavori' }).returning();
    entityId = entity!.id;
    const saved = await savePlan(database.db, entityId, buildPlan({ plan: { code: 'P', title: 'Piano', firstYear: 2026, lastYear: 2026, levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }] } }), { userId: null, username: 'stp' });
    expect(saved.ok).toBe(true);
  });
  afterAll(async () => { await database?.close(); });

  it('runs a real job: claims it, reports progress in steps, stores the result, announces every change', async () => {
    const watched: { id?: string } = {};
    const { events, stop } = collectEvents(() => watched.id);
    const queued = await enqueueJob(database.db, { kind: COUNT_ROWS_JOB, entityId, payload: { tables: ['plans', 'nodes', 'indicators', 'measures'] } });
    watched.id = queued.id;
    const worker = await startJobWorker(database, { loop: false, handlers: new Map([[COUNT_ROWS_JOB, countRowsJob]]), onError: quiet });
    expect(await worker.runOnce()).toBe(true);
    expect(await worker.runOnce()).toBe(false);
    await worker.stop();
    stop();
    const job = await getJob(database.db, queued.id, entityId);
    expect(job).toMatchObject({ status: 'succeeded', progress: 1, attempts: 1, result: { counts: { plans: 1, nodes: 3, indicators: 1, measures: 1 } } });
    expect(job!.startedAt).toBeInstanceOf(Date);
    expect(job!.finishedAt).toBeInstanceOf(Date);
    expect(events.map((event) => event.type)).toEqual(['started', 'progress', 'progress', 'progress', 'progress', 'succeeded']);
    expect(events.filter((event) => event.type === 'progress').map((event) => [event.progress, event.message]))
      .toEqual([[0.25, 'plans: 1'], [0.5, 'nodes: 3'], [0.75, 'indicators: 1'], [1, 'measures: 1']]);
  });

  it('records expected failures with their code and thrown errors with their message', async () => {
    const failing: JobHandler = async ({ job }) => {
      if ((job.payload as { mode?: string }).mode === 'throw') throw new Error('disco pieno');
      return { ok: false, code: 'nothing_to_do' };
    };
    const worker = await startJobWorker(database, { loop: false, handlers: new Map([['failing', failing]]), onError: quiet });
    const asValue = await enqueueJob(database.db, { kind: 'failing', entityId, payload: { mode: 'value' } });
    const thrown = await enqueueJob(database.db, { kind: 'failing', entityId, payload: { mode: 'throw' } });
    await worker.runOnce();
    await worker.runOnce();
    await worker.stop();
    expect(await getJob(database.db, asValue.id, entityId)).toMatchObject({ status: 'failed', error: { ok: false, code: 'nothing_to_do' } });
    expect(await getJob(database.db, thrown.id, entityId)).toMatchObject({ status: 'failed', error: { code: 'handler_error', message: 'disco pieno' } });
    const unknownTable = await enqueueJob(database.db, { kind: COUNT_ROWS_JOB, entityId, payload: { tables: ['users'] } });
    const counter = await startJobWorker(database, { loop: false, handlers: new Map([[COUNT_ROWS_JOB, countRowsJob]]), onError: quiet });
    await counter.runOnce();
    await counter.stop();
    expect(await getJob(database.db, unknownTable.id, entityId)).toMatchObject({ status: 'failed', error: { code: 'unknown_table', detail: 'users' } });
  });

  it('re-queues at start the jobs a dead worker left running, and fails those interrupted too often', async () => {
    const interrupted = await enqueueJob(database.db, { kind: 'resumable', entityId });
    const claimed = await claimNextJob(database.db, ['resumable'], 'dead-worker');
    expect(claimed?.id).toBe(interrupted.id);
    const hopeless = await enqueueJob(database.db, { kind: 'resumable', entityId });
    await database.db.update(jobs).set({ status: 'running', attempts: 3, workerId: 'dead-worker', heartbeatAt: new Date(0) }).where(eq(jobs.id, hopeless.id));
    const worker = await startJobWorker(database, { loop: false, staleAfterMs: 0, handlers: new Map([['resumable', async () => ({ resumed: true })]]), onError: quiet });
    expect(await getJob(database.db, hopeless.id, entityId)).toMatchObject({ status: 'failed', error: { code: 'interrupted_too_often' } });
    expect(await getJob(database.db, interrupted.id, entityId)).toMatchObject({ status: 'queued', workerId: null });
    await worker.runOnce();
    await worker.stop();
    expect(await getJob(database.db, interrupted.id, entityId)).toMatchObject({ status: 'succeeded', attempts: 2, result: { resumed: true } });
  });

  it('never hands the same job to two claims', async () => {
    const first = await enqueueJob(database.db, { kind: 'race', entityId });
    const second = await enqueueJob(database.db, { kind: 'race', entityId });
    const claims = await Promise.all([claimNextJob(database.db, ['race'], 'w1'), claimNextJob(database.db, ['race'], 'w2'), claimNextJob(database.db, ['race'], 'w3')]);
    const ids = claims.map((claim) => claim?.id).filter((value) => value !== undefined).sort();
    expect(ids).toEqual([first.id, second.id].sort());
  });

  it('runs in the background, lets a handler report progress inside its own transaction, and releases a job on stop', async () => {
    let finished: (event: JobEvent) => void = () => undefined;
    const done = new Promise<JobEvent>((resolve) => { finished = resolve; });
    const stopListening = onJobEvent((event) => { if (event.kind === 'in-tx' && event.type === 'succeeded') finished(event); });
    const inTransaction: JobHandler = ({ db, reportProgress }) => db.transaction(async (tx) => {
      await reportProgress(0.5, 'a metà');
      const [row] = await tx.select({ code: entities.code }).from(entities).where(eq(entities.id, entityId));
      return { code: row!.code };
    });
    const waiting: JobHandler = ({ signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(null)));
    const worker = await startJobWorker(database, { pollIntervalMs: 50, handlers: new Map([['in-tx', inTransaction], ['waiting', waiting]]), onError: quiet });
    await enqueueJob(database.db, { kind: 'in-tx', entityId });
    expect((await done).result).toEqual({ code: 'JOB' });
    stopListening();
    const parked = await enqueueJob(database.db, { kind: 'waiting', entityId });
    for (let i = 0; i < 100 && (await getJob(database.db, parked.id, entityId))?.status !== 'running'; i++) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    expect(await getJob(database.db, parked.id, entityId)).toMatchObject({ status: 'queued', workerId: null });
  });

  it('gives back a job it claimed while stopping, instead of running it with nobody left to abort it', async () => {
    const waiting: JobHandler = ({ signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(null)));
    const worker = await startJobWorker(database, { loop: false, handlers: new Map([['late', waiting]]), onError: quiet });
    const late = await enqueueJob(database.db, { kind: 'late', entityId });
    const claiming = worker.runOnce();
    await worker.stop();
    expect(await claiming).toBe(false);
    expect(await getJob(database.db, late.id, entityId)).toMatchObject({ status: 'queued', workerId: null });
  });

  it('cancels a queued job, not a finished one, and only within its entity', async () => {
    const job = await enqueueJob(database.db, { kind: 'never-run', entityId });
    expect(await cancelQueuedJob(database.db, job.id, null)).toBe(false);
    expect(await cancelQueuedJob(database.db, job.id, entityId)).toBe(true);
    expect(await cancelQueuedJob(database.db, job.id, entityId)).toBe(false);
    expect(await getJob(database.db, job.id, entityId)).toMatchObject({ status: 'cancelled' });
  });
});
