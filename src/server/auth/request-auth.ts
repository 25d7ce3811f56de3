/**
 * Resolves the caller of every request from the session cookie, enforces login on /api routes (unless
 * a route is declared `access: 'public'`), and checks the CSRF token on every mutating /api request
 * that carries a cookie session (header `x-csrf-token`, bound to the session).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { send } from '../http/error-handler.js';
import type { Db } from '../db/database.js';
import { loadCaller, type Caller } from './actor.js';
import { SESSION_COOKIE, findSession, tokensEqual, type ActiveSession, type SessionSettings } from './session.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public`: no login needed. Default: `user` for /api routes, `public` for the others. */
    access?: 'public' | 'user';
    /** false: no CSRF check (routes that start a session: login, OpenID Connect). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    caller: Caller | null;
    session: ActiveSession | null;
  }
}

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookieOptions(secure: boolean, maxAgeSeconds?: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

function isApiRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url ?? '';
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

async function resolveCaller(request: FastifyRequest, db: Db, settings: SessionSettings): Promise<'none' | 'valid' | 'invalid'> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return 'none';
  const session = await findSession(db, token, new Date(), settings);
  const caller = session ? await loadCaller(db, session.userId) : null;
  if (!session || !caller) return 'invalid';
  request.session = session;
  request.caller = caller;
  return 'valid';
}

function csrfOk(request: FastifyRequest): boolean {
  const header = request.headers[CSRF_HEADER];
  return typeof header === 'string' && request.session !== null && tokensEqual(header, request.session.csrfToken);
}

export function registerRequestAuth(app: FastifyInstance, options: { db: Db; settings: SessionSettings; secure: boolean }): void {
  app.decorateRequest('caller', null);
  app.decorateRequest('session', null);
  const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
    const state = await resolveCaller(request, options.db, options.settings);
    const api = isApiRoute(request);
    if (state === 'invalid') reply.clearCookie(SESSION_COOKIE, cookieOptions(options.secure));
    const access = request.routeOptions.config?.access ?? (api ? 'user' : 'public');
    if (access === 'user' && !request.caller) {
      return send(request, reply, state === 'invalid' ? 'session_invalid' : 'unauthenticated');
    }
    const checkCsrf = api && request.session !== null && !SAFE_METHODS.has(request.method) && request.routeOptions.config?.csrf !== false;
    if (checkCsrf && !csrfOk(request)) return send(request, reply, 'csrf_invalid');
    return undefined;
  };
  // A route-level hook, appended after the rate limiter's: a flood is refused before it reaches the
  // session table. Register this after the rate-limit plugin.
  app.addHook('onRoute', (route) => {
    const existing = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [...existing, authenticate];
  });
}
