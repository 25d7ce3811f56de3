/** GET /healthz (the process is up) and GET /readyz (the database answers). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { send } from '../http/error-handler.js';
import { problemSchema } from '../http/problem.js';
import { zodApp, type RouteContext } from './route-context.js';

const statusSchema = z.object({ status: z.literal('ok') });

export async function healthRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const config = { access: 'public' as const, rateLimit: false as const };

  routes.get('/healthz', { schema: { tags: ['health'], summary: 'Liveness', response: { 200: statusSchema } }, config }, async () => ({ status: 'ok' as const }));

  routes.get('/readyz', {
    schema: { tags: ['health'], summary: 'Readiness: the database answers', response: { 200: statusSchema, 503: problemSchema } },
    config,
  }, async (request, reply) => {
    try {
      await context.ping();
      return { status: 'ok' as const };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return send(request, reply, 'service_unavailable', { detail: 'database unavailable' });
    }
  });
}
