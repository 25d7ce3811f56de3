/** POST /api/auth/login, /logout, /logout-all, /password and GET /api/me. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AUTH_PROBLEMS } from '../../auth/auth.errors.js';
import { loginWithPassword } from '../../auth/login.js';
import { changePassword } from '../../auth/password-change.js';
import { cookieOptions } from '../../auth/request-auth.js';
import { SESSION_COOKIE, revokeSession, revokeUserSessions, type NewSession } from '../../auth/session.js';
import { loadCaller } from '../../auth/actor.js';
import { problemSchema } from '../../http/problem.js';
import { callerOf, isSecure, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { loginBody, loginResponse, meResponse, passwordBody, passwordResponse } from './auth.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 423: problemSchema, 429: problemSchema };

/** Sets the session cookie and returns the body of a successful login (password or OpenID Connect). */
export async function startSession(reply: FastifyReply, context: RouteContext, userId: string, session: NewSession) {
  reply.setCookie(SESSION_COOKIE, session.token, cookieOptions(isSecure(context.settings), context.settings.session.absoluteHours * 3600));
  const caller = await loadCaller(context.db, userId);
  if (!caller) throw new Error(`user ${userId} vanished during login`);
  return { user: caller.user, csrfToken: session.csrfToken };
}

function endSessionCookie(reply: FastifyReply, context: RouteContext) {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(isSecure(context.settings)));
}

export async function authRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const { db, settings } = context;

  routes.post('/api/auth/login', {
    schema: { tags: ['auth'], summary: 'Log in with username and password', body: loginBody, response: { 200: loginResponse, ...problems } },
    config: {
      access: 'public', csrf: false,
      rateLimit: { max: settings.limits.loginsPerMinute, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `login:${request.ip}` },
    },
  }, async (request, reply) => {
    const result = await loginWithPassword(db, {
      username: request.body.username, password: request.body.password, ip: request.ip, userAgent: request.headers['user-agent'],
    }, { now: new Date(), session: settings.session, lockout: settings.lockout });
    if (!result.ok) return sendFailure(request, reply, AUTH_PROBLEMS, result);
    // A session this browser still held is replaced, not left behind.
    if (request.session) await revokeSession(db, request.session.tokenHash);
    return startSession(reply, context, result.value.userId, result.value.session);
  });

  routes.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null(), 401: problemSchema } },
  }, async (request, reply) => {
    if (request.session) await revokeSession(db, request.session.tokenHash);
    endSessionCookie(reply, context);
    return reply.code(204).send(null);
  });

  routes.post('/api/auth/logout-all', {
    schema: { tags: ['auth'], summary: 'End every session of the caller, on every device', response: { 204: z.null(), 401: problemSchema } },
  }, async (request, reply) => {
    await revokeUserSessions(db, callerOf(request).user.id);
    endSessionCookie(reply, context);
    return reply.code(204).send(null);
  });

  routes.post('/api/auth/password', {
    schema: {
      tags: ['auth'], summary: 'Change the password (ends the other sessions)', body: passwordBody,
      response: { 200: passwordResponse, ...problems },
    },
  }, async (request, reply) => {
    const result = await changePassword(db, {
      userId: callerOf(request).user.id, currentPassword: request.body.currentPassword,
      newPassword: request.body.newPassword, keepSession: request.session?.tokenHash ?? '',
    });
    if (!result.ok) return sendFailure(request, reply, AUTH_PROBLEMS, result);
    return result.value;
  });

  routes.get('/api/me', {
    schema: { tags: ['auth'], summary: 'The caller, their memberships and CSRF token', response: { 200: meResponse, 401: problemSchema } },
  }, async (request) => {
    const caller = callerOf(request);
    return { user: caller.user, memberships: caller.memberships, csrfToken: request.session?.csrfToken ?? '' };
  });
}
