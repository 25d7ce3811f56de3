/**
 * Generating a document is a job (`generate-document`): it reads the plan and the narrative texts,
 * scores the year with the engine, builds the document model, renders it and stores the file in
 * `generated_documents`, reporting progress at each step. The job's result names the stored file.
 * Starting one is audited.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DocumentKind, DocumentLocale } from '../../documents/model/document-model.js';
import { buildPianoModel } from '../../documents/piano/piano-model.js';
import { buildRelazioneModel } from '../../documents/relazione/relazione-model.js';
import { DOCUMENT_FORMATS, MEDIA_TYPES, renderDocument, type DocumentFormat } from '../../documents/render/render-document.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { entities, generatedDocuments, users } from '../db/schema.js';
import { enqueueJob, registerJobHandler, type JobContext, type JobRow } from '../jobs/index.js';
import { loadDocumentSource } from './document-source.js';
import { documentInputOf, listTextRows, narrativeOfRows } from './document-texts.js';

export const GENERATE_DOCUMENT_JOB = 'generate-document';

export interface GenerateDocumentPayload {
  kind: DocumentKind;
  planCode?: string;
  year?: number;
  format: DocumentFormat;
  locale: DocumentLocale;
}

export async function startDocumentJob(db: Db, input: { entityId: string; payload: GenerateDocumentPayload; actor: AuditActor }): Promise<JobRow> {
  return db.transaction(async (tx) => {
    const job = await enqueueJob(tx, { kind: GENERATE_DOCUMENT_JOB, entityId: input.entityId, payload: { ...input.payload }, createdBy: input.actor.userId });
    await appendAudit(tx, { actor: input.actor, entityId: input.entityId, objectType: 'job', objectId: job.id, action: 'create', after: { job: GENERATE_DOCUMENT_JOB, ...input.payload } });
    return job;
  });
}

function payloadOf(job: JobRow): GenerateDocumentPayload | undefined {
  const payload = job.payload as Partial<GenerateDocumentPayload>;
  if (payload.kind !== 'piano' && payload.kind !== 'relazione') return undefined;
  if (!DOCUMENT_FORMATS.includes(payload.format as DocumentFormat)) return undefined;
  if (payload.locale !== 'it' && payload.locale !== 'en') return undefined;
  return payload as GenerateDocumentPayload;
}

/** `relazione-2025-DEMO.pdf`, `piano-2025-2027-DEMO.docx`. */
export function documentFileName(kind: DocumentKind, entityCode: string, years: { year: number; firstYear: number; lastYear: number }, format: DocumentFormat): string {
  const span = kind === 'piano' ? `${years.year}-${years.lastYear}` : String(years.year);
  return `${kind}-${span}-${entityCode}.${format}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const STEPS = {
  reading: 'Lettura del piano e dei testi / reading the plan and the texts',
  scoring: 'Calcolo dei punteggi / scoring',
  building: 'Composizione del documento / building the document',
  rendering: (format: string) => `Scrittura ${format.toUpperCase()} / writing ${format.toUpperCase()}`,
  storing: 'Archiviazione / storing',
};

/** The job handler: an expected failure is returned as `{ ok: false, code, detail }`. */
export async function generateDocumentJob({ job, db, reportProgress }: JobContext): Promise<unknown> {
  const payload = payloadOf(job);
  if (!payload || !job.entityId) return { ok: false, code: 'invalid_payload' };
  await reportProgress(0.05, STEPS.reading);
  const [entity] = await db.select().from(entities).where(eq(entities.id, job.entityId));
  if (!entity) return { ok: false, code: 'not_found' };
  const source = await loadDocumentSource(db, entity, {
    kind: payload.kind, ...(payload.planCode ? { planCode: payload.planCode } : {}), ...(payload.year ? { year: payload.year } : {}),
  });
  if (!source.ok) return { ok: false, code: source.code, detail: source.detail ?? null };
  const { planRow, year } = source.value;
  const rows = await listTextRows(db, { entityId: entity.id, planId: planRow.id, kind: payload.kind, year });
  await reportProgress(0.2, STEPS.scoring);
  const input = documentInputOf(source.value, payload.locale, narrativeOfRows(rows));
  await reportProgress(0.4, STEPS.building);
  const model = payload.kind === 'piano' ? buildPianoModel(input) : buildRelazioneModel(input);
  await reportProgress(0.55, STEPS.rendering(payload.format));
  const bytes = await renderDocument(model, payload.format);
  await reportProgress(0.9, STEPS.storing);
  const fileName = documentFileName(payload.kind, entity.code, { year, firstYear: planRow.firstYear, lastYear: planRow.lastYear }, payload.format);
  const sha256 = sha256Of(bytes);
  const [stored] = await db.insert(generatedDocuments).values({
    entityId: entity.id, planId: planRow.id, kind: payload.kind, year, format: payload.format, locale: payload.locale, fileName,
    mediaType: MEDIA_TYPES[payload.format], sizeBytes: bytes.length, sha256, content: bytes, jobId: job.id, createdBy: await usernameOf(db, job.createdBy),
  }).returning({ id: generatedDocuments.id });
  await reportProgress(1, `${model.title} — ${fileName}`);
  return { documentId: stored!.id, fileName, sha256, sizeBytes: bytes.length, kind: payload.kind, year, format: payload.format, planCode: planRow.code };
}

async function usernameOf(db: Db, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  const [user] = await db.select({ username: users.username }).from(users).where(eq(users.id, userId));
  return user?.username ?? null;
}

registerJobHandler(GENERATE_DOCUMENT_JOB, generateDocumentJob);
