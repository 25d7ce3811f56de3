/** Every route module of the API, registered in one place. */
import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth/auth.routes.js';
import { healthRoutes } from './health.routes.js';
import type { RouteContext } from './route-context.js';

export async function registerApiRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  await healthRoutes(app, context);
  await authRoutes(app, context);
}
