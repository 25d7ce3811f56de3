/**
 * Evidence files of a measured value: POST …/values/:valueId/attachments (multipart, field `file`,
 * at most 10 MB, type recognised from the bytes), GET …/attachments/:attachmentId (always a download:
 * Content-Disposition attachment, nosniff, a sandboxing CSP, never inline), DELETE …/attachments/:id
 * (soft delete). Uploading and removing follow the value's entry rules; downloading needs
 * `evidence.read` on the measure's units (the OIV, validatori, STP and SG everywhere).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { contentDisposition } from '../../services/attachment-name.js';
import { ATTACHMENT_MAX_BYTES, deleteAttachment, findAttachment, uploadAttachment, type AttachmentRow } from '../../services/attachment.js';
import { loadValueContext } from '../../services/value-entry-slot.js';
import { fail, ok, type Result } from '../../services/result.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { attachmentParams, cycleProblems, resolveCycle, sendCycleFailure, unitAbility, valueParams } from './cycle-access.js';
import { attachmentResponse, presentAttachment } from './validation.schema.js';

const tags = ['evidence'];

/** The uploaded file (one part named `file`), or why there is none. */
async function readUpload(request: FastifyRequest): Promise<Result<{ fileName: string; bytes: Buffer }, 'file_missing' | 'file_too_large' | 'unsupported_media_type'>> {
  if (!request.isMultipart()) return fail('unsupported_media_type', { detail: 'send multipart/form-data with a part named "file"' });
  try {
    // preservePath: the name as sent, so that a name trying to be a path is refused rather than trimmed.
    const part = await request.file({ limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5 }, preservePath: true });
    if (!part || part.fieldname !== 'file') return fail('file_missing');
    return ok({ fileName: part.filename, bytes: await part.toBuffer() });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') return fail('file_too_large', { detail: `limit ${ATTACHMENT_MAX_BYTES} bytes` });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return fail('unsupported_media_type');
    throw error;
  }
}

export async function attachmentRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  await app.register(async (scoped) => {
    if (!scoped.hasContentTypeParser('multipart/form-data')) await scoped.register(multipart, { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1 } });
    const routes = zodApp(scoped);

    routes.post('/api/entities/:entityCode/plans/:planCode/values/:valueId/attachments', {
      schema: {
        tags, summary: 'Attach evidence to a value being entered (multipart field `file`, ≤ 10 MB; PDF, PNG, JPEG, XLSX, DOCX, ODT, CSV, TXT by content)',
        params: valueParams, response: { 201: attachmentResponse, ...cycleProblems },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const found = await resolveCycle(db, caller.actor, request.params);
      if (!found.ok) return sendCycleFailure(request, reply, found);
      const { entity, plan } = found.value;
      const value = await loadValueContext(db, plan, request.params.valueId, false);
      if (!value.ok) return sendCycleFailure(request, reply, value);
      if (!can(caller.actor, 'value.enter', { entityId: entity.id, unitIds: value.value.context.unitIds })) return send(request, reply, 'forbidden');
      const upload = await readUpload(request);
      if (!upload.ok) return upload.code === 'unsupported_media_type' ? send(request, reply, 'unsupported_media_type', { detail: upload.detail ?? '' }) : sendCycleFailure(request, reply, upload);
      const result = await uploadAttachment(db, {
        plan, valueId: request.params.valueId, fileName: upload.value.fileName, bytes: upload.value.bytes, actor: auditActorOf(caller), can: unitAbility(caller.actor, entity.id),
      });
      if (!result.ok) return sendCycleFailure(request, reply, result);
      return reply.code(201).send(presentAttachment(result.value));
    });
  });

  const routes = zodApp(app);
  routes.get('/api/entities/:entityCode/plans/:planCode/attachments/:attachmentId', {
    schema: { tags, summary: 'Download an evidence file (always as an attachment, never displayed inline)', params: attachmentParams, response: { ...cycleProblems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const attachment = await findAttachment(db, found.value.plan, request.params.attachmentId, true);
    if (!attachment.ok) return sendCycleFailure(request, reply, attachment);
    if (!can(actor, 'evidence.read', { entityId: found.value.entity.id, unitIds: attachment.value.value.context.unitIds })) return send(request, reply, 'forbidden');
    const row = attachment.value.attachment as AttachmentRow;
    if (row.deletedAt) return send(request, reply, 'not_found', { detail: 'the attachment was removed' });
    return reply
      .header('content-type', row.mediaType)
      .header('content-disposition', contentDisposition(row.fileName))
      .header('content-length', String(row.content.length))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      // Bytes are sent as they are (Fastify never serialises a Buffer); the typed schema only lists problems.
      .send(row.content as unknown as never);
  });

  routes.delete('/api/entities/:entityCode/plans/:planCode/attachments/:attachmentId', {
    schema: { tags, summary: 'Remove an evidence file of a value being entered (kept for the audit, no longer listed)', params: attachmentParams, response: { 200: attachmentResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    const result = await deleteAttachment(db, {
      plan: found.value.plan, attachmentId: request.params.attachmentId, actor: auditActorOf(caller), can: unitAbility(caller.actor, found.value.entity.id),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result);
    return presentAttachment(result.value);
  });
}
