/**
 * Evidence attached to a measured value. An upload is an edit of the value: it follows the value's
 * `enter` rules (the caller enters data for the measure's units, the value is a draft or rejected, the
 * year is monitored, the campaign open) — so a validated value's evidence is locked too. The bytes are
 * sniffed (attachment-sniff), the name checked and cleaned (attachment-name), the content stored in the
 * database with its SHA-256; removal is a soft delete. Every change is audited (without the content).
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { EVIDENCE_MAX_BYTES, isStoredValueState } from '../../core/cycle/index.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { valueAttachments } from '../db/schema.js';
import { fileNameProblem, safeFileName, type FileNameProblem } from './attachment-name.js';
import { sniffEvidence } from './attachment-sniff.js';
import type { CyclePlan, RefusalCode } from './cycle-year.js';
import { fail, ok, type Result } from './result.js';
import { loadValueContext, type SlotContext, type ValueRow } from './value-entry-slot.js';
import { decideValueTransition, type UnitAbility } from './value-entry.js';

/** Largest evidence file accepted (10 MiB), as the web application shows it. */
export const ATTACHMENT_MAX_BYTES = EVIDENCE_MAX_BYTES;

export type AttachmentRow = typeof valueAttachments.$inferSelect;
export type AttachmentMeta = Omit<AttachmentRow, 'content'>;
export type AttachmentFailure =
  | 'not_found' | RefusalCode | 'value_locked' | 'value_submitted' | 'version_conflict'
  | 'file_empty' | 'file_name_invalid' | 'file_type_not_allowed' | 'attachment_deleted';

const META_COLUMNS = {
  id: valueAttachments.id, entityId: valueAttachments.entityId, planId: valueAttachments.planId, valueId: valueAttachments.valueId,
  fileName: valueAttachments.fileName, mediaType: valueAttachments.mediaType, sizeBytes: valueAttachments.sizeBytes, sha256: valueAttachments.sha256,
  uploadedBy: valueAttachments.uploadedBy, uploadedAt: valueAttachments.uploadedAt, deletedAt: valueAttachments.deletedAt,
  deletedBy: valueAttachments.deletedBy, version: valueAttachments.version,
};

const NAME_DETAIL: Readonly<Record<FileNameProblem, string>> = {
  empty: 'the file has no name', path: 'the name contains a path (/, \\, a drive or a leading dot)',
  control_characters: 'the name contains control characters', too_long: 'the name is too long',
};

/** The value's `enter` rules decide whether its evidence may change. */
function editRefusal(row: ValueRow, context: SlotContext, can: UnitAbility) {
  const state = isStoredValueState(row.state) ? row.state : 'none';
  const decided = decideValueTransition(state, 'enter', context, { can }, false);
  return decided.ok ? null : decided;
}

export interface UploadInput { plan: CyclePlan; valueId: string; fileName: string; bytes: Buffer; actor: AuditActor; can: UnitAbility }

export async function uploadAttachment(db: Db, input: UploadInput): Promise<Result<AttachmentMeta, AttachmentFailure>> {
  return db.transaction(async (tx) => {
    const loaded = await loadValueContext(tx, input.plan, input.valueId, true);
    if (!loaded.ok) return loaded;
    const refusal = editRefusal(loaded.value.row, loaded.value.context, input.can);
    if (refusal) return refusal;
    const nameProblem = fileNameProblem(input.fileName);
    if (nameProblem) return fail('file_name_invalid', { detail: NAME_DETAIL[nameProblem] });
    if (input.bytes.length === 0) return fail('file_empty');
    const type = sniffEvidence(input.bytes, input.fileName);
    if (!type) return fail('file_type_not_allowed', { detail: `content of ${input.bytes.length} bytes is not an accepted type` });
    const [row] = await tx.insert(valueAttachments).values({
      entityId: input.plan.entityId, planId: input.plan.id, valueId: input.valueId, fileName: safeFileName(input.fileName, type.extension),
      mediaType: type.mediaType, sizeBytes: input.bytes.length, sha256: createHash('sha256').update(input.bytes).digest('hex'),
      content: input.bytes, uploadedBy: input.actor.username,
    }).returning(META_COLUMNS);
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'value_attachment', objectId: row!.id, action: 'create',
      after: { ...row, declaredName: input.fileName },
    });
    return ok(row!);
  });
}

export async function listAttachments(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, valueId: string): Promise<AttachmentMeta[]> {
  return db.select(META_COLUMNS).from(valueAttachments)
    .where(and(eq(valueAttachments.valueId, valueId), eq(valueAttachments.planId, plan.id), eq(valueAttachments.entityId, plan.entityId), isNull(valueAttachments.deletedAt)))
    .orderBy(asc(valueAttachments.uploadedAt), asc(valueAttachments.id));
}

/** An attachment of the plan with the context of its value (for `evidence.read` on the measure's units). */
export async function findAttachment(db: Queryable, plan: CyclePlan, id: string, withContent: boolean) {
  const [row] = withContent
    ? await db.select().from(valueAttachments).where(and(eq(valueAttachments.id, id), eq(valueAttachments.planId, plan.id), eq(valueAttachments.entityId, plan.entityId)))
    : await db.select(META_COLUMNS).from(valueAttachments).where(and(eq(valueAttachments.id, id), eq(valueAttachments.planId, plan.id), eq(valueAttachments.entityId, plan.entityId)));
  if (!row) return fail('not_found', { detail: `attachment ${id}` });
  const value = await loadValueContext(db, plan, row.valueId, false);
  if (!value.ok) return value;
  return ok({ attachment: row as AttachmentRow | AttachmentMeta, value: value.value });
}

export async function deleteAttachment(
  db: Db, input: { plan: CyclePlan; attachmentId: string; actor: AuditActor; can: UnitAbility },
): Promise<Result<AttachmentMeta, AttachmentFailure>> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select(META_COLUMNS).from(valueAttachments)
      .where(and(eq(valueAttachments.id, input.attachmentId), eq(valueAttachments.planId, input.plan.id), eq(valueAttachments.entityId, input.plan.entityId))).for('update');
    if (!before) return fail('not_found', { detail: `attachment ${input.attachmentId}` });
    const loaded = await loadValueContext(tx, input.plan, before.valueId, true);
    if (!loaded.ok) return loaded;
    const refusal = editRefusal(loaded.value.row, loaded.value.context, input.can);
    if (refusal) return refusal;
    if (before.deletedAt) return fail('attachment_deleted');
    const [after] = await tx.update(valueAttachments).set({ deletedAt: new Date(), deletedBy: input.actor.username, version: before.version + 1 })
      .where(and(eq(valueAttachments.id, before.id), eq(valueAttachments.entityId, input.plan.entityId))).returning(META_COLUMNS);
    await appendAudit(tx, { actor: input.actor, entityId: input.plan.entityId, objectType: 'value_attachment', objectId: before.id, action: 'delete', before, after });
    return ok(after!);
  });
}
