/**
 * Imports started from the API run as jobs (`import-plan`): the upload is kept in the job's payload
 * (base64) until the job ends, the job's progress follows the import's steps, and the job's result is
 * the import report. Starting one is audited (file name, size, format, dry run — not the content).
 */
import { eq, sql } from 'drizzle-orm';
import { IMPORT_FORMATS, type ImportFormatChoice } from '../../formats/import-format.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { jobs } from '../db/schema.js';
import { enqueueJob, registerJobHandler, type JobContext, type JobRow } from '../jobs/index.js';
import { importPlan } from './import.js';

export const IMPORT_JOB = 'import-plan';

export interface ImportJobInput {
  entity: { id: string; code: string };
  file: { name: string; bytes: Uint8Array };
  format: ImportFormatChoice;
  dryRun: boolean;
  year?: number;
  actor: AuditActor;
}

interface ImportPayload {
  entityCode: string;
  fileName: string;
  size: number;
  format: ImportFormatChoice;
  dryRun: boolean;
  year?: number;
  username: string | null;
  /** The uploaded bytes, base64; removed when the job ends. */
  file?: string;
}

export async function startImportJob(db: Db, input: ImportJobInput): Promise<JobRow> {
  const payload: ImportPayload = {
    entityCode: input.entity.code, fileName: input.file.name, size: input.file.bytes.length, format: input.format,
    dryRun: input.dryRun, ...(input.year !== undefined ? { year: input.year } : {}), username: input.actor.username,
    file: Buffer.from(input.file.bytes).toString('base64'),
  };
  return db.transaction(async (tx) => {
    const job = await enqueueJob(tx, { kind: IMPORT_JOB, entityId: input.entity.id, payload: { ...payload }, createdBy: input.actor.userId });
    const { file: _file, ...described } = payload;
    await appendAudit(tx, { actor: input.actor, entityId: input.entity.id, objectType: 'job', objectId: job.id, action: 'create', after: { kind: IMPORT_JOB, ...described } });
    return job;
  });
}

function payloadOf(job: JobRow): ImportPayload | undefined {
  const payload = job.payload as Partial<ImportPayload>;
  const formats: readonly string[] = ['auto', ...IMPORT_FORMATS];
  if (typeof payload.entityCode !== 'string' || typeof payload.fileName !== 'string' || typeof payload.format !== 'string' || !formats.includes(payload.format)) return undefined;
  return payload as ImportPayload;
}

/** The job handler: runs the import and returns its report (an expected failure as `{ ok: false, code }`). */
export async function importJob({ job, db, reportProgress }: JobContext): Promise<unknown> {
  const payload = payloadOf(job);
  if (!payload) return { ok: false, code: 'invalid_payload' };
  if (payload.file === undefined) {
    return { ok: false, code: 'upload_gone', it: 'Il file caricato non è più disponibile: caricalo di nuovo.', en: 'The uploaded file is no longer available: upload it again.' };
  }
  try {
    const result = await importPlan(db, {
      entityCode: payload.entityCode, file: { name: payload.fileName, bytes: Buffer.from(payload.file, 'base64') }, format: payload.format,
      dryRun: payload.dryRun, year: payload.year, actor: { userId: job.createdBy, username: payload.username },
      onProgress: (fraction, message) => reportProgress(fraction, message),
    });
    return result.ok ? result.value : { ok: false, code: result.code };
  } finally {
    await db.update(jobs).set({ payload: sql`${jobs.payload} - 'file'` }).where(eq(jobs.id, job.id));
  }
}

registerJobHandler(IMPORT_JOB, importJob);
