/** GET/POST /api/entities/:entityCode/users, PATCH /api/entities/:entityCode/users/:id (stp, system admin). */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { createEntityUser, listEntityUsers, updateEntityUser, type EntityUser } from '../../services/entity-user.js';
import { entityParams } from '../common.schema.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { USER_PROBLEMS } from './user.errors.js';
import {
  entityUserCreateBody, entityUserList, entityUserParams, entityUserPatchBody, entityUserResponse, presentEntityUser,
} from './user.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['users'];

export async function userRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/users', {
    schema: { tags, summary: 'Users holding a role in the entity (stp)', params: entityParams, response: { 200: entityUserList, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'user.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const rows = await listEntityUsers(db, entity.value.id);
    return { items: rows.map((row) => presentEntityUser(row, entity.value.id, actor)) };
  });

  routes.post('/api/entities/:entityCode/users', {
    schema: {
      tags, summary: 'Create a user with roles in the entity (stp)', params: entityParams, body: entityUserCreateBody,
      response: { 201: entityUserResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'user.create', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const result = await createEntityUser(db, { entityId: entity.value.id, ...request.body, actor: auditActorOf(caller) });
    if (!result.ok) return sendFailure(request, reply, USER_PROBLEMS, result);
    return reply.code(201).send(presentEntityUser(result.value, entity.value.id, caller.actor));
  });

  routes.patch('/api/entities/:entityCode/users/:id', {
    schema: {
      tags, summary: 'Change a user\'s name or roles in the entity (stp)', params: entityUserParams, body: entityUserPatchBody,
      response: { 200: entityUserResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'user.update', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { version, ...changes } = request.body;
    const result = await updateEntityUser(db, { entityId: entity.value.id, userId: request.params.id, version, changes, actor: auditActorOf(caller) });
    const present = (user: EntityUser) => presentEntityUser(user, entity.value.id, caller.actor);
    if (!result.ok) return sendFailure(request, reply, USER_PROBLEMS, presentCurrent(result, present));
    return present(result.value);
  });
}
