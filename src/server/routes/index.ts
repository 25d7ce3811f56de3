/** Every route module of the API, registered in one place. */
import type { FastifyInstance } from 'fastify';
import { userStatusRoutes } from './admin/user-status.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { cardRoutes } from './cards/cards.routes.js';
import { fundRoutes } from './cards/fund.routes.js';
import { oidcRoutes } from './auth/oidc.routes.js';
import { entityRoutes } from './entities/entity.routes.js';
import { exportRoutes } from './exports/export.routes.js';
import { healthRoutes } from './health.routes.js';
import { importRoutes } from './imports/import.routes.js';
import { orgUnitRoutes } from './org-units/org-unit.routes.js';
import { indicatorRoutes } from './plans/indicator.routes.js';
import { jobRoutes } from './jobs/job.routes.js';
import { measureEditRoutes } from './measures/measure-edit.routes.js';
import { measureRoutes } from './plans/measure.routes.js';
import { nodeRoutes } from './plans/node.routes.js';
import { planRoutes } from './plans/plan.routes.js';
import { policyRoutes } from './policies/policy.routes.js';
import { whatIfRoutes } from './policies/what-if.routes.js';
import type { RouteContext } from './route-context.js';
import { scoresRoutes } from './scores/scores.routes.js';
import { userRoutes } from './users/user.routes.js';

export async function registerApiRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  await healthRoutes(app, context);
  await authRoutes(app, context);
  await oidcRoutes(app, context);
  await entityRoutes(app, context);
  await orgUnitRoutes(app, context);
  await userRoutes(app, context);
  await planRoutes(app, context);
  await nodeRoutes(app, context);
  await indicatorRoutes(app, context);
  await measureRoutes(app, context);
  await auditRoutes(app, context);
  await jobRoutes(app, context);
  await scoresRoutes(app, context);
  await measureEditRoutes(app, context);
  await policyRoutes(app, context);
  await whatIfRoutes(app, context);
  await userStatusRoutes(app, context);
  await importRoutes(app, context);
  await exportRoutes(app, context);
  await cardRoutes(app, context);
  await fundRoutes(app, context);
}
