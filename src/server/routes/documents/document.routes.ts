/**
 * Documents (Piano and Relazione sulla performance):
 * - GET  /api/entities/:entityCode/documents — generated files and approved versions (document.read)
 * - POST /api/entities/:entityCode/documents/jobs — generate one as a job (202; document.generate);
 *   progress from GET /api/jobs/:id/events, the job's result names the stored file
 * - GET  …/documents/generated/:id/file, …/documents/approved/:id/file — the exact stored bytes
 * - POST …/documents/generated/:id/approve — approve a generated file with its act (201; document.approve)
 * - GET/PUT/DELETE …/plans/:planCode/documents/:kind/texts[/:sectionKey] — narrative sections (document.write)
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can, type Action } from '../../../core/authorization/index.js';
import type { DocumentKind } from '../../../documents/model/document-model.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { contentDisposition } from '../../services/attachment-name.js';
import { startDocumentJob } from '../../services/document-job.js';
import { loadDocumentSource, type DocumentSource } from '../../services/document-source.js';
import { deleteDocumentText, listDocumentSections, saveDocumentText } from '../../services/document-texts.js';
import {
  approveDocument, findApprovedDocument, findGeneratedDocument, listApprovedDocuments, listGeneratedDocuments,
} from '../../services/document-versions.js';
import { findVisibleEntity, type EntityRow } from '../../services/entity.js';
import type { Result } from '../../services/result.js';
import { entityParams } from '../common.schema.js';
import { jobResponse, presentJob } from '../jobs/job.schema.js';
import { auditActorOf, callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { DOCUMENT_PROBLEMS } from './document.errors.js';
import {
  approveDocumentBody, approvedDocumentResponse, deleteTextQuery, documentIdParams, documentListResponse, generateBody,
  presentApproved, presentGenerated, saveTextBody, sectionParams, sectionResponse, textsParams, textsQuery, textsResponse,
} from './document.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['documents'];
const fileResponse = { description: 'The stored file', content: { 'application/octet-stream': { schema: z.string() } } };

type Gate = { ok: true; entity: EntityRow } | { ok: false; reply: FastifyReply };

/** The entity of the URL, visible to the caller, and the caller allowed to `action` in it. */
async function gate(context: RouteContext, request: FastifyRequest, reply: FastifyReply, entityCode: string, action: Action): Promise<Gate> {
  const { actor } = callerOf(request);
  const entity = await findVisibleEntity(context.db, actor, entityCode);
  if (!entity.ok) return { ok: false, reply: sendFailure(request, reply, {}, entity) };
  if (!can(actor, action, { entityId: entity.value.id })) return { ok: false, reply: send(request, reply, 'forbidden') };
  return { ok: true, entity: entity.value };
}

function sendFile(reply: FastifyReply, file: { fileName: string; mediaType: string; content: Buffer; sha256: string }): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('content-length', String(file.content.length))
    .header('x-content-sha256', file.sha256)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content as unknown as never);
}

async function sourceFor(context: RouteContext, entity: EntityRow, kind: DocumentKind, planCode: string, year: number | undefined): Promise<Result<DocumentSource, string>> {
  return loadDocumentSource(context.db, entity, { kind, planCode, ...(year !== undefined ? { year } : {}) });
}

function abilitiesOf(request: FastifyRequest, entityId: string, actions: readonly Action[]): Action[] {
  return actions.filter((action) => can(callerOf(request).actor, action, { entityId }));
}

async function versionRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const { db } = context;

  routes.get('/api/entities/:entityCode/documents', {
    schema: { tags, summary: 'Generated documents (latest 50) and approved versions', params: entityParams, response: { 200: documentListResponse, ...problems } },
  }, async (request, reply) => {
    const allowed = await gate(context, request, reply, request.params.entityCode, 'document.read');
    if (!allowed.ok) return allowed.reply;
    const entityId = allowed.entity.id;
    return {
      generated: (await listGeneratedDocuments(db, entityId)).map(presentGenerated),
      approved: (await listApprovedDocuments(db, entityId)).map(presentApproved),
      abilities: abilitiesOf(request, entityId, ['document.generate', 'document.write', 'document.approve']) as Array<'document.generate'>,
    };
  });

  routes.post('/api/entities/:entityCode/documents/jobs', {
    schema: { tags, summary: 'Generate the Piano or the Relazione as a job (progress: GET /api/jobs/:id/events)', params: entityParams, body: generateBody, response: { 202: jobResponse, ...problems } },
  }, async (request, reply) => {
    const allowed = await gate(context, request, reply, request.params.entityCode, 'document.generate');
    if (!allowed.ok) return allowed.reply;
    const { kind, planCode, year, format, locale } = request.body;
    // Refuse a plan or year that does not exist now, rather than in a failed job.
    const source = await loadDocumentSource(db, allowed.entity, { kind, ...(planCode ? { planCode } : {}), ...(year ? { year } : {}) });
    if (!source.ok) return sendFailure(request, reply, DOCUMENT_PROBLEMS, source);
    const job = await startDocumentJob(db, {
      entityId: allowed.entity.id, actor: auditActorOf(callerOf(request)),
      payload: { kind, format, locale, planCode: source.value.planRow.code, year: source.value.year },
    });
    return reply.code(202).send(presentJob(job));
  });

  routes.get('/api/entities/:entityCode/documents/generated/:id/file', {
    schema: { tags, summary: 'Download a generated document', params: documentIdParams, response: { 200: fileResponse, ...problems } },
  }, async (request, reply) => {
    const allowed = await gate(context, request, reply, request.params.entityCode, 'document.read');
    if (!allowed.ok) return allowed.reply;
    const file = await findGeneratedDocument(db, allowed.entity.id, request.params.id);
    return file.ok ? sendFile(reply, file.value) : sendFailure(request, reply, {}, file);
  });

  routes.post('/api/entities/:entityCode/documents/generated/:id/approve', {
    schema: { tags, summary: 'Approve a generated document with its act: a new immutable version', params: documentIdParams, body: approveDocumentBody, response: { 201: approvedDocumentResponse, ...problems } },
  }, async (request, reply) => {
    const allowed = await gate(context, request, reply, request.params.entityCode, 'document.approve');
    if (!allowed.ok) return allowed.reply;
    const approved = await approveDocument(db, {
      entityId: allowed.entity.id, generatedId: request.params.id, act: request.body.act, actor: auditActorOf(callerOf(request)),
    });
    if (!approved.ok) return sendFailure(request, reply, DOCUMENT_PROBLEMS, approved);
    return reply.code(201).send(presentApproved(approved.value));
  });

  routes.get('/api/entities/:entityCode/documents/approved/:id/file', {
    schema: { tags, summary: 'Download an approved version: exactly the approved bytes', params: documentIdParams, response: { 200: fileResponse, ...problems } },
  }, async (request, reply) => {
    const allowed = await gate(context, request, reply, request.params.entityCode, 'document.read');
    if (!allowed.ok) return allowed.reply;
    const file = await findApprovedDocument(db, allowed.entity.id, request.params.id);
    return file.ok ? sendFile(reply, file.value) : sendFailure(request, reply, {}, file);
  });
}

async function textRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const { db } = context;
  const base = '/api/entities/:entityCode/plans/:planCode/documents/:kind/texts';

  routes.get(base, {
    schema: { tags, summary: 'The narrative sections of a document: proposal from the data, saved text, state', params: textsParams, querystring: textsQuery, response: { 200: textsResponse, ...problems } },
  }, async (request, reply) => {
    const { entityCode, planCode, kind } = request.params;
    const allowed = await gate(context, request, reply, entityCode, 'document.read');
    if (!allowed.ok) return allowed.reply;
    const source = await sourceFor(context, allowed.entity, kind, planCode, request.query.year);
    if (!source.ok) return sendFailure(request, reply, DOCUMENT_PROBLEMS, source);
    const sections = await listDocumentSections(db, source.value, kind, request.query.locale);
    return { planCode, kind, year: source.value.year, sections, abilities: abilitiesOf(request, allowed.entity.id, ['document.write']) as Array<'document.write'> };
  });

  routes.put(`${base}/:sectionKey`, {
    schema: { tags, summary: 'Save a person\'s text of a section (over the proposal they saw)', params: sectionParams, body: saveTextBody, response: { 200: sectionResponse, ...problems } },
  }, async (request, reply) => {
    const { entityCode, planCode, kind, sectionKey } = request.params;
    const allowed = await gate(context, request, reply, entityCode, 'document.write');
    if (!allowed.ok) return allowed.reply;
    const source = await sourceFor(context, allowed.entity, kind, planCode, request.body.year);
    if (!source.ok) return sendFailure(request, reply, DOCUMENT_PROBLEMS, source);
    const { userText, proposalHash, version, locale } = request.body;
    const saved = await saveDocumentText(db, source.value, kind, {
      sectionKey, userText, proposalHash, locale, actor: auditActorOf(callerOf(request)), ...(version !== undefined ? { version } : {}),
    });
    return saved.ok ? saved.value : sendFailure(request, reply, DOCUMENT_PROBLEMS, saved);
  });

  routes.delete(`${base}/:sectionKey`, {
    schema: { tags, summary: 'Remove a person\'s text: the section shows the proposal again', params: sectionParams, querystring: deleteTextQuery, response: { 200: sectionResponse, ...problems } },
  }, async (request, reply) => {
    const { entityCode, planCode, kind, sectionKey } = request.params;
    const allowed = await gate(context, request, reply, entityCode, 'document.write');
    if (!allowed.ok) return allowed.reply;
    const source = await sourceFor(context, allowed.entity, kind, planCode, request.query.year);
    if (!source.ok) return sendFailure(request, reply, DOCUMENT_PROBLEMS, source);
    const removed = await deleteDocumentText(db, source.value, kind, {
      sectionKey, version: request.query.version, locale: request.query.locale, actor: auditActorOf(callerOf(request)),
    });
    return removed.ok ? removed.value : sendFailure(request, reply, DOCUMENT_PROBLEMS, removed);
  });
}

export async function documentRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  await versionRoutes(app, context);
  await textRoutes(app, context);
}
