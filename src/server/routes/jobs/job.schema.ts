/** Jobs: the start body, the job as the API shows it, and the events of its progress stream. */
import { z } from 'zod';
import type { JobEvent, JobRow } from '../../jobs/index.js';
import { ENTITY_JOB_KINDS } from '../../services/job.js';
import { codeParam, uuidParam } from '../common.schema.js';

export const jobParams = z.strictObject({ id: uuidParam });

export const jobStartBody = z.strictObject({
  kind: z.enum(ENTITY_JOB_KINDS),
  planCode: codeParam.optional().describe('recompute: only this plan (default: every plan of the entity)'),
});

export const jobResponse = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  progress: z.number().min(0).max(1),
  message: z.string().nullable(),
  result: z.unknown(),
  error: z.unknown(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
}).meta({ id: 'Job' });

export type JobView = z.infer<typeof jobResponse>;

export function presentJob(row: JobRow): JobView {
  return {
    id: row.id, kind: row.kind, status: row.status as JobView['status'], progress: row.progress, message: row.message,
    result: row.result ?? null, error: row.error ?? null, createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null, finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** One server-sent event: its `event:` name is the event type, its `data:` this object. */
export function presentJobEvent(event: JobEvent) {
  return {
    id: event.jobId, type: event.type, status: event.status, progress: event.progress, message: event.message, at: event.at,
    ...(event.result !== undefined ? { result: event.result } : {}), ...(event.error !== undefined ? { error: event.error } : {}),
  };
}
