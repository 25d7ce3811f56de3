/** GET /api/entities/:entityCode/audit (stp, sg, oiv, system admin). */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { listAuditHistory } from '../../services/audit-history.js';
import { findVisibleEntity } from '../../services/entity.js';
import { entityParams } from '../common.schema.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { auditPage, auditQuery, presentAuditEntry } from './audit.schema.js';

export async function auditRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  zodApp(app).get('/api/entities/:entityCode/audit', {
    schema: {
      tags: ['audit'], summary: 'The audit trail of an entity, newest first', params: entityParams, querystring: auditQuery,
      response: { 200: auditPage, 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'audit.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { from, to, cursor, ...filters } = request.query;
    const page = await listAuditHistory(db, {
      ...filters, entityId: entity.value.id,
      from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined, cursor: cursor ? Number(cursor) : undefined,
    });
    return { items: page.rows.map(presentAuditEntry), nextCursor: page.nextCursor === null ? null : String(page.nextCursor) };
  });
}
