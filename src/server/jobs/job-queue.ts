/**
 * The job queue in the database (table `jobs`): enqueue, read, cancel, and the worker's side — claim the
 * next queued job with FOR UPDATE SKIP LOCKED (several workers on a PostgreSQL server never take the
 * same job; on PGlite there is one connection and the statement is just as correct), record progress,
 * success and failure, and put back jobs whose worker died.
 */
import { and, desc, eq, getTableColumns, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { jobs } from '../db/schema.js';
import type { Queryable } from '../db/database.js';
import { emitJobEvent, type JobEventType } from './job-events.js';

export type JobRow = typeof jobs.$inferSelect;
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface NewJob {
  kind: string;
  entityId: string | null;
  payload?: Record<string, unknown>;
  createdBy?: string | null;
}

export function announce(type: JobEventType, job: JobRow): void {
  emitJobEvent({
    type, jobId: job.id, kind: job.kind, entityId: job.entityId, status: job.status, progress: job.progress,
    message: job.message, result: job.result ?? undefined, error: job.error ?? undefined,
  });
}

export async function enqueueJob(db: Queryable, job: NewJob): Promise<JobRow> {
  const [row] = await db.insert(jobs).values({
    kind: job.kind, entityId: job.entityId, payload: job.payload ?? {}, createdBy: job.createdBy ?? null,
  }).returning();
  announce('queued', row!);
  return row!;
}

/** One job, only within its entity (`entityId` null = a job of the installation). */
export async function getJob(db: Queryable, id: string, entityId: string | null): Promise<JobRow | undefined> {
  const sameEntity = entityId === null ? isNull(jobs.entityId) : eq(jobs.entityId, entityId);
  const [row] = await db.select().from(jobs).where(and(eq(jobs.id, id), sameEntity));
  return row;
}

export async function listJobs(db: Queryable, entityId: string, limit = 50): Promise<JobRow[]> {
  return db.select().from(jobs).where(eq(jobs.entityId, entityId)).orderBy(desc(jobs.createdAt)).limit(Math.min(limit, 500));
}

/** Cancels a job that has not started yet; false when it is not queued (any more). */
export async function cancelQueuedJob(db: Queryable, id: string, entityId: string | null): Promise<boolean> {
  const job = await getJob(db, id, entityId);
  if (!job) return false;
  const [row] = await db.update(jobs).set({ status: 'cancelled', finishedAt: new Date(), message: 'Annullato / cancelled' })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'queued'))).returning();
  if (row) announce('cancelled', row);
  return row !== undefined;
}

/**
 * Takes the oldest queued job of the given kinds, marking it running for this worker. The candidate is
 * chosen in a CTE, evaluated exactly once: a `WHERE id IN (SELECT … LIMIT 1 FOR UPDATE SKIP LOCKED)`
 * sub-select may be re-evaluated per row and claim several jobs at once.
 */
export async function claimNextJob(db: Queryable, kinds: string[], workerId: string): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const next = db.$with('next_job').as(db.select({ nextId: jobs.id }).from(jobs)
    .where(and(eq(jobs.status, 'queued'), inArray(jobs.kind, kinds)))
    .orderBy(jobs.createdAt).limit(1).for('update', { skipLocked: true }));
  const now = new Date();
  const [row] = await db.with(next).update(jobs).set({
    status: 'running', startedAt: now, heartbeatAt: now, workerId, attempts: sql`${jobs.attempts} + 1`,
    progress: 0, message: null, error: null,
  }).from(next).where(and(eq(jobs.id, next.nextId), eq(jobs.status, 'queued'))).returning(getTableColumns(jobs));
  if (row) announce('started', row);
  return row;
}

export async function recordProgress(db: Queryable, id: string, progress: number, message: string | null): Promise<void> {
  await db.update(jobs).set({ progress, message, heartbeatAt: new Date() }).where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}

export async function finishJob(
  db: Queryable, id: string, outcome: { status: 'succeeded'; result: unknown } | { status: 'failed' | 'cancelled'; error: unknown; message: string },
): Promise<JobRow | undefined> {
  const [row] = await db.update(jobs).set(outcome.status === 'succeeded'
    ? { status: 'succeeded', progress: 1, result: outcome.result ?? null, finishedAt: new Date(), heartbeatAt: new Date() }
    : { status: outcome.status, error: outcome.error, message: outcome.message, finishedAt: new Date(), heartbeatAt: new Date() })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running'))).returning();
  if (row) announce(outcome.status, row);
  return row;
}

/** Puts a running job back in the queue (its worker is stopping). */
export async function releaseJob(db: Queryable, id: string): Promise<void> {
  const [row] = await db.update(jobs).set({ status: 'queued', workerId: null, message: 'Interrotto, in coda / interrupted, queued again' })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running'))).returning();
  if (row) announce('requeued', row);
}

/**
 * Re-queues running jobs whose worker is gone: every running job (`all`, when this process is the only
 * possible worker, as with PGlite) or those without a heartbeat since `staleBefore`. A job interrupted
 * `maxAttempts` times fails instead of looping forever.
 */
export async function requeueAbandonedJobs(db: Queryable, options: { all: boolean; staleBefore: Date; maxAttempts: number }): Promise<JobRow[]> {
  const abandoned = options.all ? eq(jobs.status, 'running')
    : and(eq(jobs.status, 'running'), or(isNull(jobs.heartbeatAt), lt(jobs.heartbeatAt, options.staleBefore)));
  const failed = await db.update(jobs).set({
    status: 'failed', finishedAt: new Date(), message: 'Interrotto troppe volte / interrupted too many times',
    error: { code: 'interrupted_too_often', it: 'Il lavoro è stato interrotto troppe volte', en: 'The job was interrupted too many times' },
  }).where(and(abandoned, sql`${jobs.attempts} >= ${options.maxAttempts}`)).returning();
  for (const row of failed) announce('failed', row);
  const requeued = await db.update(jobs).set({ status: 'queued', workerId: null, progress: 0, message: 'Ripreso dopo un riavvio / resumed after a restart' })
    .where(abandoned).returning();
  for (const row of requeued) announce('requeued', row);
  return requeued;
}
