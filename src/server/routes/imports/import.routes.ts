/**
 * POST /api/entities/:entityCode/imports (stp): uploads a plan file (multipart, field `file`, at most
 * 20 MB, else 413) and starts an `import-plan` job — a dry run with `?dryRun=true` — answering 202 with
 * the job. Its progress comes from GET /api/jobs/:id/events (or GET /api/jobs/:id), and its result is
 * the import report (ImportReport). The multipart parser is registered for this route only.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { MAX_IMPORT_BYTES } from '../../services/import-read.js';
import { startImportJob } from '../../services/import-job.js';
import { fail } from '../../services/result.js';
import { entityParams } from '../common.schema.js';
import { jobResponse, presentJob } from '../jobs/job.schema.js';
import { auditActorOf, callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { IMPORT_PROBLEMS, importQuery } from './import.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 413: problemSchema, 415: problemSchema };
/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

type Upload = { ok: true; name: string; bytes: Buffer } | { ok: false; code: keyof typeof IMPORT_PROBLEMS };

async function readUpload(request: FastifyRequest): Promise<Upload> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_IMPORT_BYTES + ENVELOPE_BYTES) return { ok: false, code: 'file_too_large' };
  if (!request.isMultipart()) return { ok: false, code: 'not_multipart' };
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') return { ok: false, code: 'file_missing' };
    const bytes = await part.toBuffer();
    return { ok: true, name: part.filename || 'upload', bytes };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { ok: false, code: 'file_too_large' };
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_NO_FORM_DATA') return { ok: false, code: 'file_missing' };
    throw error;
  }
}

function refuse(request: FastifyRequest, reply: FastifyReply, code: keyof typeof IMPORT_PROBLEMS): FastifyReply {
  return sendFailure(request, reply, IMPORT_PROBLEMS, fail(code));
}

export async function importRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  await app.register(async (scope) => {
    if (!scope.hasContentTypeParser('multipart/form-data')) {
      await scope.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, parts: 11 } });
    }
    zodApp(scope).post('/api/entities/:entityCode/imports', {
      schema: {
        tags: ['imports'], consumes: ['multipart/form-data'],
        summary: 'Upload a plan file (tree export, card export, XLSX workbook, JSON/YAML plan) and start its import as a job; the job result is the ImportReport',
        params: entityParams, querystring: importQuery, response: { 202: jobResponse, ...problems },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
      if (!entity.ok) return sendFailure(request, reply, {}, entity);
      const scope = { entityId: entity.value.id };
      if (!can(caller.actor, 'plan.update', scope) || !can(caller.actor, 'job.create', scope)) return send(request, reply, 'forbidden');
      const upload = await readUpload(request);
      if (!upload.ok) return refuse(request, reply, upload.code);
      const { dryRun, format, year } = request.query;
      const job = await startImportJob(db, {
        entity: { id: entity.value.id, code: entity.value.code }, file: { name: upload.name, bytes: upload.bytes },
        format, dryRun, year, actor: auditActorOf(caller),
      });
      return reply.code(202).send(presentJob(job));
    });
  });
}
