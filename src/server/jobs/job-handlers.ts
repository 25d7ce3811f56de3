/**
 * Job handlers by kind. A handler does the long work of one job: it reads `job.payload`, may report its
 * progress (0..1 with a message), watches `signal` to stop early, and returns the result stored with the
 * job. An expected failure is returned as `{ ok: false, code, … }` (stored as the job's error); a thrown
 * error is a bug and is stored with its message.
 */
import type { Db } from '../db/database.js';
import type { JobRow } from './job-queue.js';

export interface JobContext {
  job: JobRow;
  db: Db;
  /**
   * Records progress: the event is announced at once, the row is updated in order behind it (so calling
   * it inside a transaction never waits for that transaction on PGlite's single connection).
   */
  reportProgress(fraction: number, message?: string): Promise<void>;
  signal: AbortSignal;
}

export type JobHandler = (context: JobContext) => Promise<unknown>;

const registry = new Map<string, JobHandler>();

/** Registers the handler of a kind of job for every worker of this process. */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  registry.set(kind, handler);
}

export function registeredJobHandlers(): ReadonlyMap<string, JobHandler> {
  return registry;
}
