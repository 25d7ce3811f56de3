/**
 * The job worker: a loop in the server process that claims queued jobs (oldest first, kinds it has a
 * handler for), runs them one at a time, records progress and outcome, and announces every change.
 * At start it re-queues jobs a previous run left `running` (all of them on PGlite, where this is the
 * only process; on PostgreSQL those without a heartbeat for `staleAfterMs`, also checked while polling).
 * `stop()` aborts the running job and puts it back in the queue.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '../db/database.js';
import { onJobEvent } from './job-events.js';
import { registeredJobHandlers, type JobHandler } from './job-handlers.js';
import { announce, claimNextJob, finishJob, recordProgress, releaseJob, requeueAbandonedJobs, type JobRow } from './job-queue.js';

export interface JobWorkerOptions {
  handlers?: ReadonlyMap<string, JobHandler>;
  pollIntervalMs?: number;
  staleAfterMs?: number;
  heartbeatMs?: number;
  maxAttempts?: number;
  /** false: no background loop, the caller calls runOnce() (tests, CLI batch). Default true. */
  loop?: boolean;
  onError?: (error: unknown, job?: JobRow) => void;
}

export interface JobWorker {
  readonly id: string;
  /** Claims and runs one job if there is one; true when it ran a job. */
  runOnce(): Promise<boolean>;
  stop(): Promise<void>;
}

interface Settings { pollIntervalMs: number; staleAfterMs: number; heartbeatMs: number; maxAttempts: number; onError: (error: unknown, job?: JobRow) => void }

function errorValue(error: unknown): { code: string; message: string } {
  return { code: 'handler_error', message: error instanceof Error ? error.message : String(error) };
}

function isFailure(value: unknown): value is { ok: false; code: string } {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false && typeof (value as { code?: unknown }).code === 'string';
}

/** Runs one claimed job to its end (succeeded, failed, or released when the worker stops). */
async function runJob(database: Database, job: JobRow, handler: JobHandler, controller: AbortController, settings: Settings): Promise<void> {
  let writes: Promise<unknown> = Promise.resolve();
  const queueWrite = (write: () => Promise<unknown>) => {
    writes = writes.then(write).catch((error: unknown) => settings.onError(error, job));
  };
  const current = { ...job };
  const heartbeat = setInterval(() => queueWrite(() => recordProgress(database.db, job.id, current.progress, current.message)), settings.heartbeatMs);
  const reportProgress = async (fraction: number, message?: string) => {
    current.progress = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
    current.message = message ?? current.message;
    announce('progress', current);
    queueWrite(() => recordProgress(database.db, job.id, current.progress, current.message));
  };
  try {
    const value = await handler({ job, db: database.db, reportProgress, signal: controller.signal });
    await writes;
    if (controller.signal.aborted) return void (await releaseJob(database.db, job.id));
    await finishJob(database.db, job.id, isFailure(value)
      ? { status: 'failed', error: value, message: `Non riuscito / failed: ${value.code}` }
      : { status: 'succeeded', result: value ?? null });
  } catch (error) {
    await writes;
    if (controller.signal.aborted) return void (await releaseJob(database.db, job.id));
    settings.onError(error, job);
    await finishJob(database.db, job.id, { status: 'failed', error: errorValue(error), message: 'Errore / error' });
  } finally {
    clearInterval(heartbeat);
  }
}

export async function startJobWorker(database: Database, options: JobWorkerOptions = {}): Promise<JobWorker> {
  const handlers = options.handlers ?? registeredJobHandlers();
  const settings: Settings = {
    pollIntervalMs: options.pollIntervalMs ?? 1000, staleAfterMs: options.staleAfterMs ?? 60_000,
    heartbeatMs: options.heartbeatMs ?? 10_000, maxAttempts: options.maxAttempts ?? 3,
    onError: options.onError ?? ((error) => console.error('[jobs]', error)),
  };
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const exclusive = database.kind === 'pglite';
  const requeue = (all: boolean) => requeueAbandonedJobs(database.db, {
    all, staleBefore: new Date(Date.now() - settings.staleAfterMs), maxAttempts: settings.maxAttempts,
  });
  await requeue(exclusive);

  let running: { controller: AbortController; done: Promise<void> } | undefined;
  let stopped = false;
  const runOnce = async (): Promise<boolean> => {
    const job = await claimNextJob(database.db, [...handlers.keys()], id);
    if (!job) return false;
    // stop() came while the claim was in flight: it could not abort this job, so give it back.
    if (stopped) {
      await releaseJob(database.db, job.id);
      return false;
    }
    const controller = new AbortController();
    const done = runJob(database, job, handlers.get(job.kind)!, controller, settings);
    running = { controller, done };
    await done;
    running = undefined;
    return true;
  };

  let wake: (() => void) | undefined;
  const stopListening = onJobEvent((event) => { if (event.type === 'queued' || event.type === 'requeued') wake?.(); });
  const loop = options.loop === false ? Promise.resolve() : (async () => {
    while (!stopped) {
      try {
        if (await runOnce()) continue;
        if (!exclusive) await requeue(false);
      } catch (error) {
        settings.onError(error);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, settings.pollIntervalMs);
        wake = () => { clearTimeout(timer); resolve(); };
      });
      wake = undefined;
    }
  })();

  return {
    id,
    runOnce,
    async stop() {
      stopped = true;
      stopListening();
      running?.controller.abort();
      wake?.();
      await loop;
    },
  };
}

/**
 * Starts a worker without waiting for it (for the server start-up, which wants `{ stop }` at once);
 * `ready` resolves when the abandoned jobs have been re-queued and the loop runs.
 */
export function startBackgroundJobWorker(database: Database, options: JobWorkerOptions = {}): { ready: Promise<JobWorker>; stop(): Promise<void> } {
  const ready = startJobWorker(database, options);
  return { ready, stop: async () => (await ready).stop() };
}
