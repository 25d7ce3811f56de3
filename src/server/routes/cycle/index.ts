/** The monitoring cycle's routes: plan year lifecycle, validation and frozen results, revisions, campaigns, values, evidence, deviations, suspensions, inbox. */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../route-context.js';
import { attachmentRoutes } from './attachment.routes.js';
import { campaignRoutes } from './campaign.routes.js';
import { cycleYearRoutes } from './cycle.routes.js';
import { deviationRoutes } from './deviation.routes.js';
import { notificationRoutes } from './notification.routes.js';
import { revisionRoutes } from './revision.routes.js';
import { suspensionRoutes } from './suspension.routes.js';
import { validationRoutes } from './validation.routes.js';
import { valueRoutes } from './value.routes.js';

export async function cycleRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  await cycleYearRoutes(app, context);
  await validationRoutes(app, context);
  await revisionRoutes(app, context);
  await campaignRoutes(app, context);
  await valueRoutes(app, context);
  await attachmentRoutes(app, context);
  await deviationRoutes(app, context);
  await suspensionRoutes(app, context);
  await notificationRoutes(app, context);
}
