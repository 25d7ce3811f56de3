/**
 * What every route module receives, and the helpers shared by the thin handlers: the caller (set by
 * the auth hook), and sending an expected failure as a problem from the feature's table.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Caller } from '../auth/actor.js';
import type { LockoutSettings } from '../auth/login.js';
import type { OidcProvider, OidcSettings } from '../auth/oidc.js';
import type { SessionSettings } from '../auth/session.js';
import { HTTP_PROBLEMS } from '../http/http.errors.js';
import { sendProblem, type ProblemTable } from '../http/problem.js';
import type { RateLimits } from '../http/security.js';
import type { Db } from '../db/database.js';
import type { Fail, FieldIssue } from '../services/result.js';

export interface HttpSettings {
  /** Public URL of the application; `https:` makes cookies Secure and turns HSTS on. */
  baseUrl: string;
  session: SessionSettings;
  lockout: LockoutSettings;
  limits: RateLimits;
  oidc: OidcSettings | null;
}

export interface RouteContext {
  db: Db;
  settings: HttpSettings;
  /** Checks the database answers (readiness). */
  ping: () => Promise<void>;
  /** The OpenID Connect provider, when OIDC_* is configured. */
  oidc: OidcProvider | null;
}

export function zodApp(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export function isSecure(settings: HttpSettings): boolean {
  return settings.baseUrl.startsWith('https:');
}

/** The logged-in caller of a route that requires login (the auth hook guarantees it). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new Error(`route ${request.routeOptions.url} requires a caller but has none`);
  return request.caller;
}

/** Who to write in the audit log for a caller. */
export function auditActorOf(caller: Caller): { userId: string; username: string } {
  return { userId: caller.user.id, username: caller.user.username };
}

/** A failure whose `current` row (409) is shown through the resource's presenter, never raw. */
export function presentCurrent<C extends string, Row>(failure: Fail<C>, present: (row: Row) => unknown): Fail<C> {
  return failure.current === undefined ? failure : { ...failure, current: present(failure.current as Row) };
}

/** Sends an expected failure: looked up in the feature's table, then in the platform's. */
export function sendFailure<C extends string>(
  request: FastifyRequest,
  reply: FastifyReply,
  table: Partial<ProblemTable<string>>,
  failure: Fail<C>,
): FastifyReply {
  const spec = table[failure.code] ?? (HTTP_PROBLEMS as Partial<ProblemTable<string>>)[failure.code];
  if (!spec) throw new Error(`no problem declared for code ${failure.code}`);
  const extra: { detail?: string; current?: unknown; errors?: FieldIssue[] } = {};
  if (failure.detail !== undefined) extra.detail = failure.detail;
  if (failure.errors !== undefined) extra.errors = failure.errors;
  if (failure.current !== undefined) extra.current = failure.current;
  return sendProblem(request, reply, failure.code, spec, extra);
}
