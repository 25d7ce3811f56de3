/**
 * Jobs as the API sees them: the kinds a user may start for an entity, starting one (audited), and
 * reading one the caller may see (a job of an entity they belong to; installation jobs: system
 * administrators and their creator).
 */
import { eq } from 'drizzle-orm';
import { isMemberOrAdmin, type Actor } from '../../core/authorization/index.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { jobs } from '../db/schema.js';
import { enqueueJob, registerJobHandler, type JobRow } from '../jobs/index.js';
import { RECOMPUTE_JOB, recomputeJob } from './recompute-job.js';
import { fail, ok, type Result } from './result.js';

registerJobHandler(RECOMPUTE_JOB, recomputeJob);

/** The kinds of job a user may start from the API. */
export const ENTITY_JOB_KINDS = [RECOMPUTE_JOB] as const;
export type EntityJobKind = (typeof ENTITY_JOB_KINDS)[number];

export async function startEntityJob(
  db: Db,
  input: { entityId: string; kind: EntityJobKind; payload: Record<string, unknown>; actor: AuditActor },
): Promise<JobRow> {
  return db.transaction(async (tx) => {
    const job = await enqueueJob(tx, { kind: input.kind, entityId: input.entityId, payload: input.payload, createdBy: input.actor.userId });
    await appendAudit(tx, {
      actor: input.actor, entityId: input.entityId, objectType: 'job', objectId: job.id, action: 'create', after: { kind: job.kind, payload: job.payload },
    });
    return job;
  });
}

export async function findVisibleJob(db: Db, actor: Actor, id: string): Promise<Result<JobRow, 'not_found'>> {
  const [job] = await db.select().from(jobs).where(eq(jobs.id, id));
  if (!job) return fail('not_found');
  const visible = job.entityId ? isMemberOrAdmin(actor, job.entityId) : actor.isSystemAdmin || job.createdBy === actor.userId;
  return visible ? ok(job) : fail('not_found');
}

export const TERMINAL_JOB_STATUSES: readonly string[] = ['succeeded', 'failed', 'cancelled'];
