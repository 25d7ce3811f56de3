/**
 * Security plugins: HTTP headers (helmet; CSP without inline scripts), cookies, and rate limits
 * (a global per-address limit, stricter per-route limits such as the login's).
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Limits per client IP address (behind a reverse proxy, set trustProxy so the address is the client's).
 * Keyed by address, not by session cookie: a client could otherwise mint a fresh key with every forged
 * cookie. The defaults leave room for a whole office behind one NAT address.
 */
export interface RateLimits {
  /** Requests per minute per IP address. */
  requestsPerMinute: number;
  /** Login attempts per minute per IP address (the per-account lock-out comes on top). */
  loginsPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { requestsPerMinute: 3000, loginsPerMinute: 30 };

function callerKey(request: FastifyRequest): string {
  return `ip:${request.ip}`;
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
