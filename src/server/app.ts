/**
 * The Fastify application: security plugins, sessions and CSRF, problem+json errors, the OpenAPI
 * document, the API routes and the web application's files. `buildApp` does no I/O of its own besides
 * what the routes do with the database it is given; it never listens (tests use `app.inject`).
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { DEFAULT_LOCKOUT } from './auth/login.js';
import { registerRequestAuth } from './auth/request-auth.js';
import { DEFAULT_SESSION_SETTINGS } from './auth/session.js';
import { registerDocs } from './http/docs.js';
import { registerErrorHandling } from './http/error-handler.js';
import { DEFAULT_RATE_LIMITS, registerSecurity } from './http/security.js';
import { registerWebStatic } from './http/web-static.js';
import { registerApiRoutes } from './routes/index.js';
import { isSecure, type HttpSettings, type RouteContext } from './routes/route-context.js';
import { createOidcProvider, type OidcSettings } from './auth/oidc.js';
import type { Db } from './db/database.js';

/** JSON bodies above this size get 413. */
export const BODY_LIMIT_BYTES = 1_048_576;

export interface AppDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
}

export interface AppConfigInput {
  baseUrl?: string;
  oidc?: OidcSettings | null;
  trustProxy?: boolean;
  /** Signs short-lived cookies (the OpenID Connect login state); random per process when absent. */
  sessionSecret?: string;
}

export interface BuildAppOptions {
  database: AppDatabase;
  config: AppConfigInput;
  logger?: FastifyBaseLogger | boolean | object;
  /** Overrides of the HTTP settings (session lifetimes, lock-out, rate limits). */
  settings?: Partial<Omit<HttpSettings, 'baseUrl' | 'oidc'>>;
  /** Folder of the built web application (default: dist/web of the package). */
  webRoot?: string;
}

export interface RegisteredRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered on the app (method and URL pattern), HEAD routes excluded. */
    registeredRoutes: RegisteredRoute[];
  }
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export function buildSettings(options: BuildAppOptions): HttpSettings {
  return {
    baseUrl: options.config.baseUrl ?? 'http://localhost:3000',
    session: options.settings?.session ?? DEFAULT_SESSION_SETTINGS,
    lockout: options.settings?.lockout ?? DEFAULT_LOCKOUT,
    limits: options.settings?.limits ?? DEFAULT_RATE_LIMITS,
    oidc: options.config.oidc ?? null,
  };
}

/**
 * On close, responses still in flight ask the client to close its connection, so that the server does
 * not wait for kept-alive connections to time out before it can stop.
 */
function closeConnectionsOnShutdown(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => { closing = true; });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}

function collectRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const settings = buildSettings(options);
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.config.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a text/plain body is what a cross-site form could send.
  app.removeContentTypeParser('text/plain');
  collectRoutes(app);
  closeConnectionsOnShutdown(app);
  registerErrorHandling(app);

  const context: RouteContext = {
    db: options.database.db,
    settings,
    ping: async () => { await options.database.db.execute(sql`select 1`); },
    oidc: settings.oidc ? createOidcProvider(settings.oidc) : null,
  };
  const cookieSecret = options.config.sessionSecret ?? randomBytes(32).toString('hex');
  await registerSecurity(app, { secure: isSecure(settings), limits: settings.limits, cookieSecret });
  await registerDocs(app, { version: '0.1.0' });
  registerRequestAuth(app, { db: context.db, settings: settings.session, secure: isSecure(settings) });
  await registerApiRoutes(app, context);
  await registerWebStatic(app, { webRoot: options.webRoot ?? DEFAULT_WEB_ROOT });
  return app;
}
