/**
 * Generated and approved versions of the documents. Approving a generated file copies its exact bytes
 * into `approved_documents` with the approving act, its SHA-256 (checked against the stored one), who
 * and when, numbered 1, 2, … per plan, document and year. Approved rows are immutable (a trigger
 * refuses UPDATE/DELETE); a second approval of the same document and year needs another act and makes
 * a new version. Audited.
 */
import { and, desc, eq, max } from 'drizzle-orm';
import type { Act } from '../../core/plan/plan.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { approvedDocuments, generatedDocuments, plans } from '../db/schema.js';
import { sha256Of } from './document-job.js';
import { fail, ok, type Result } from './result.js';

export type GeneratedDocumentRow = typeof generatedDocuments.$inferSelect;
export type ApprovedDocumentRow = typeof approvedDocuments.$inferSelect;
export type DocumentSummary<Row> = Omit<Row, 'content'> & { planCode: string };

const LIST_LIMIT = 50;

function withoutContent<Row extends { content: Buffer }>(row: Row, planCode: string): DocumentSummary<Row> {
  const { content: _content, ...rest } = row;
  return { ...rest, planCode };
}

export async function listGeneratedDocuments(db: Db, entityId: string): Promise<DocumentSummary<GeneratedDocumentRow>[]> {
  const rows = await db.select({ row: generatedDocuments, planCode: plans.code }).from(generatedDocuments)
    .innerJoin(plans, eq(plans.id, generatedDocuments.planId))
    .where(eq(generatedDocuments.entityId, entityId)).orderBy(desc(generatedDocuments.createdAt)).limit(LIST_LIMIT);
  return rows.map(({ row, planCode }) => withoutContent(row, planCode));
}

export async function listApprovedDocuments(db: Db, entityId: string): Promise<DocumentSummary<ApprovedDocumentRow>[]> {
  const rows = await db.select({ row: approvedDocuments, planCode: plans.code }).from(approvedDocuments)
    .innerJoin(plans, eq(plans.id, approvedDocuments.planId))
    .where(eq(approvedDocuments.entityId, entityId))
    .orderBy(desc(approvedDocuments.year), approvedDocuments.kind, desc(approvedDocuments.number));
  return rows.map(({ row, planCode }) => withoutContent(row, planCode));
}

export async function findGeneratedDocument(db: Db, entityId: string, id: string): Promise<Result<GeneratedDocumentRow, 'not_found'>> {
  const [row] = await db.select().from(generatedDocuments).where(and(eq(generatedDocuments.entityId, entityId), eq(generatedDocuments.id, id)));
  return row ? ok(row) : fail('not_found', { detail: `document ${id}` });
}

export async function findApprovedDocument(db: Db, entityId: string, id: string): Promise<Result<ApprovedDocumentRow, 'not_found'>> {
  const [row] = await db.select().from(approvedDocuments).where(and(eq(approvedDocuments.entityId, entityId), eq(approvedDocuments.id, id)));
  return row ? ok(row) : fail('not_found', { detail: `approved document ${id}` });
}

export function actKeyOf(act: Act): string {
  return `${act.kind}|${act.number.trim().toLowerCase()}|${act.date}`;
}

export type ApproveProblem = 'not_found' | 'act_already_used' | 'document_corrupted';

/** Approves a generated file with its act: a new immutable version with the same bytes. */
export async function approveDocument(
  db: Db, input: { entityId: string; generatedId: string; act: Act; actor: AuditActor },
): Promise<Result<DocumentSummary<ApprovedDocumentRow>, ApproveProblem>> {
  const generated = await findGeneratedDocument(db, input.entityId, input.generatedId);
  if (!generated.ok) return generated;
  const file = generated.value;
  const sha256 = sha256Of(file.content);
  if (sha256 !== file.sha256) return fail('document_corrupted', { detail: `stored ${file.sha256}, content ${sha256}` });
  const actKey = actKeyOf(input.act);
  return db.transaction(async (tx) => {
    // Serialises approvals of the same plan (numbers and acts are unique per plan, document and year).
    await tx.select({ id: plans.id }).from(plans).where(eq(plans.id, file.planId)).for('update');
    const same = and(eq(approvedDocuments.planId, file.planId), eq(approvedDocuments.kind, file.kind), eq(approvedDocuments.year, file.year));
    const [used] = await tx.select({ id: approvedDocuments.id, number: approvedDocuments.number }).from(approvedDocuments).where(and(same, eq(approvedDocuments.actKey, actKey)));
    if (used) return fail('act_already_used', { detail: `version ${used.number}` });
    const [last] = await tx.select({ number: max(approvedDocuments.number) }).from(approvedDocuments).where(same);
    const [row] = await tx.insert(approvedDocuments).values({
      entityId: file.entityId, planId: file.planId, kind: file.kind, year: file.year, number: (last?.number ?? 0) + 1, format: file.format,
      fileName: file.fileName.replace(/(\.[a-z]+)$/, `-approvato-v${(last?.number ?? 0) + 1}$1`), mediaType: file.mediaType, sizeBytes: file.sizeBytes,
      sha256, content: file.content, act: input.act, actKey, generatedId: file.id, approvedBy: input.actor.username,
    }).returning();
    const [plan] = await tx.select({ code: plans.code }).from(plans).where(eq(plans.id, file.planId));
    await appendAudit(tx, {
      actor: input.actor, entityId: file.entityId, objectType: 'approved_document', objectId: row!.id, action: 'approve',
      after: { kind: row!.kind, year: row!.year, number: row!.number, format: row!.format, sha256, act: input.act, generatedId: file.id, planCode: plan?.code },
    });
    return ok(withoutContent(row!, plan?.code ?? ''));
  });
}
