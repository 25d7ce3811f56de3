/** GET /api/entities, GET and PATCH /api/entities/:entityCode. */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity, listVisibleEntities, updateEntity, type EntityRow } from '../../services/entity.js';
import { entityParams } from '../common.schema.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { entityList, entityPatchBody, entityResponse, presentEntity } from './entity.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export async function entityRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities', {
    schema: { tags: ['entities'], summary: 'The entities the caller may see', response: { 200: entityList, 401: problemSchema } },
  }, async (request) => {
    const { actor } = callerOf(request);
    const rows = await listVisibleEntities(db, actor);
    return { items: rows.map((row) => presentEntity(row, actor)) };
  });

  routes.get('/api/entities/:entityCode', {
    schema: { tags: ['entities'], summary: 'One entity', params: entityParams, response: { 200: entityResponse, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'entity.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    return presentEntity(entity.value, actor);
  });

  routes.patch('/api/entities/:entityCode', {
    schema: {
      tags: ['entities'], summary: 'Rename an entity (stp, system admin)', params: entityParams, body: entityPatchBody,
      response: { 200: entityResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'entity.update', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { version, ...changes } = request.body;
    const result = await updateEntity(db, { entityId: entity.value.id, version, changes, actor: auditActorOf(caller) });
    if (!result.ok) return sendFailure(request, reply, {}, presentCurrent(result, (row: EntityRow) => presentEntity(row, caller.actor)));
    return presentEntity(result.value, caller.actor);
  });
}
