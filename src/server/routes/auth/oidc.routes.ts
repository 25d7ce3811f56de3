/**
 * GET /api/auth/oidc/login (redirects to the identity provider) and GET /api/auth/oidc/callback (back
 * from it: opens a session, redirects to the web application). Both answer 404 `oidc_disabled` when
 * OIDC_* is not configured. Failures in the callback redirect to the web application with
 * `?login_error=<code>`, since a browser, not a program, follows this flow.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { AUTH_PROBLEMS } from '../../auth/auth.errors.js';
import { loginWithSubject, parsePending } from '../../auth/oidc.js';
import { cookieOptions } from '../../auth/request-auth.js';
import { SESSION_COOKIE } from '../../auth/session.js';
import { send } from '../../http/error-handler.js';
import { problemSchema, sendProblem } from '../../http/problem.js';
import { isSecure, zodApp, type RouteContext } from '../route-context.js';

const PENDING_COOKIE = 'traguardo_oidc';
const PENDING_PATH = '/api/auth/oidc';
const config = { access: 'public' as const, csrf: false };
const responses = { 302: z.null().describe('Redirect'), 404: problemSchema, 503: problemSchema };

export async function oidcRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const { settings } = context;
  const secure = isSecure(settings);
  const backToWeb = (reply: FastifyReply, error?: string) =>
    reply.redirect(`${settings.baseUrl}/${error ? `?login_error=${encodeURIComponent(error)}` : ''}`, 302);

  routes.get('/api/auth/oidc/login', { schema: { tags: ['auth'], summary: 'Start an OpenID Connect login', response: responses }, config }, async (request, reply) => {
    if (!context.oidc) return sendProblem(request, reply, 'oidc_disabled', AUTH_PROBLEMS.oidc_disabled);
    let start;
    try {
      start = await context.oidc.authorizationUrl();
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect discovery failed');
      return send(request, reply, 'service_unavailable', { detail: 'identity provider unreachable' });
    }
    reply.setCookie(PENDING_COOKIE, JSON.stringify(start.pending), { ...cookieOptions(secure, 600), path: PENDING_PATH, signed: true });
    return reply.redirect(start.url.href, 302);
  });

  routes.get('/api/auth/oidc/callback', {
    schema: { tags: ['auth'], summary: 'Return from the identity provider', querystring: z.record(z.string(), z.string()), response: responses }, config,
  }, async (request, reply) => {
    if (!context.oidc || !settings.oidc) return sendProblem(request, reply, 'oidc_disabled', AUTH_PROBLEMS.oidc_disabled);
    const raw = request.cookies[PENDING_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    const pending = unsigned?.valid ? parsePending(unsigned.value ?? undefined) : null;
    reply.clearCookie(PENDING_COOKIE, { ...cookieOptions(secure), path: PENDING_PATH });
    if (!pending) return backToWeb(reply, 'oidc_failed');
    let subject: string;
    try {
      subject = await context.oidc.subjectOf(new URL(request.url, settings.oidc.redirectUri), pending);
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect callback rejected');
      return backToWeb(reply, 'oidc_failed');
    }
    const result = await loginWithSubject(context.db, {
      subject, ip: request.ip, userAgent: request.headers['user-agent'], now: new Date(), settings: settings.session,
    });
    if (!result.ok) return backToWeb(reply, result.code);
    reply.setCookie(SESSION_COOKIE, result.value.session.token, cookieOptions(secure, settings.session.absoluteHours * 3600));
    return backToWeb(reply);
  });
}
