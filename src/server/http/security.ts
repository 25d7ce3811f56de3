/**
 * Security plugins: HTTP headers (helmet; CSP without inline scripts), cookies, and rate limits
 * (a global per-caller limit, stricter per-route limits such as the login's).
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, hashToken } from '../auth/session.js';

export interface RateLimits {
  /** Requests per minute per caller (session, or IP address when anonymous). */
  requestsPerMinute: number;
  /** Login attempts per minute per IP address. */
  loginsPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { requestsPerMinute: 1200, loginsPerMinute: 20 };

function callerKey(request: FastifyRequest): string {
  const token = request.cookies?.[SESSION_COOKIE];
  return token ? `session:${hashToken(token)}` : `ip:${request.ip}`;
}

export async function registerSecurity(app: FastifyInstance, options: { secure: boolean; limits: RateLimits; cookieSecret: string }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: options.secure ? [] : null,
      },
    },
    strictTransportSecurity: options.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: options.cookieSecret });
  await app.register(rateLimit, {
    global: true,
    max: options.limits.requestsPerMinute,
    timeWindow: 60_000,
    keyGenerator: callerKey,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`rate limit exceeded, retry in ${context.after}`), { statusCode: 429, code: 'RATE_LIMITED' }),
  });
}
