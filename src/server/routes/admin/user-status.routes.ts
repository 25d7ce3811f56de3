/**
 * PUT /api/entities/:entityCode/users/:id/status: disable or re-enable the account of a user holding a
 * role in the entity (stp, system admin; versioned, audited). Roles and history are kept.
 */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import type { EntityUser } from '../../services/entity-user.js';
import { setEntityUserDisabled } from '../../services/user-status.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { entityUserParams, entityUserResponse, presentEntityUser } from '../users/user.schema.js';
import { USER_STATUS_PROBLEMS } from './user-status.errors.js';
import { userStatusBody } from './user-status.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export async function userStatusRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.put('/api/entities/:entityCode/users/:id/status', {
    schema: {
      tags: ['users'], summary: 'Disable or re-enable a user\'s account (stp): a disabled account cannot log in and its sessions end',
      params: entityUserParams, body: userStatusBody, response: { 200: entityUserResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'user.update', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const result = await setEntityUserDisabled(db, {
      entityId: entity.value.id, userId: request.params.id, ...request.body,
      actor: auditActorOf(caller), actorIsSystemAdmin: caller.actor.isSystemAdmin,
    });
    const present = (user: EntityUser) => presentEntityUser(user, entity.value.id, caller.actor);
    if (!result.ok) return sendFailure(request, reply, USER_STATUS_PROBLEMS, presentCurrent(result, present));
    return present(result.value);
  });
}
