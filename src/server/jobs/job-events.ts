/**
 * In-process job events: every change of a job (queued, started, progress, finished) is announced here
 * so the HTTP side can stream it to browsers (SSE) without polling the database. Events are what this
 * process saw; the `jobs` table stays the source of truth.
 */
import { EventEmitter } from 'node:events';

export type JobEventType = 'queued' | 'started' | 'progress' | 'succeeded' | 'failed' | 'cancelled' | 'requeued';

export interface JobEvent {
  type: JobEventType;
  jobId: string;
  kind: string;
  entityId: string | null;
  status: string;
  /** 0..1 */
  progress: number;
  message: string | null;
  /** ISO timestamp of the event. */
  at: string;
  result?: unknown;
  error?: unknown;
}

export type JobEventListener = (event: JobEvent) => void;

const emitter = new EventEmitter();
emitter.setMaxListeners(0);

/** Listens to every job event; returns the function that stops listening. */
export function onJobEvent(listener: JobEventListener): () => void {
  emitter.on('job', listener);
  return () => emitter.off('job', listener);
}

export function emitJobEvent(event: Omit<JobEvent, 'at'>): void {
  const full: JobEvent = { ...event, at: new Date().toISOString() };
  for (const listener of emitter.listeners('job') as JobEventListener[]) {
    try {
      listener(full);
    } catch (error) {
      // A broken listener (a closed stream) must not stop the job or the other listeners.
      process.emitWarning(`job event listener failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
