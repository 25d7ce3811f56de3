/**
 * POST /api/entities/:entityCode/plans/:planCode/what-if: the plan scored under the policy in force
 * and under a proposed one, and what changes (objectives, units, cards…, with the points). Nothing is
 * saved; readers of the plan and its policy may ask.
 */
import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../../http/problem.js';
import { computeWhatIf } from '../../services/what-if.js';
import { resolvePlanFor } from '../plans/plan-access.js';
import { planParams } from '../plans/plan.schema.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { POLICY_PROBLEMS } from './policy.errors.js';
import { presentWhatIf, whatIfBody, whatIfResponse } from './what-if.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 500: problemSchema };

export async function whatIfRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.post('/api/entities/:entityCode/plans/:planCode/what-if', {
    schema: {
      tags: ['policies'],
      summary: 'Compare the scores of a year (or monitoring period) under the policy in force and under a proposed policy, before saving it',
      params: planParams, body: whatIfBody, response: { 200: whatIfResponse, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'plan.read', 'policy.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { entity, plan } = found.value;
    const { year, period, policy } = request.body;
    const result = await computeWhatIf(db, entity, plan, period === undefined ? { year, policy } : { year, period, policy });
    if (!result.ok) return sendFailure(request, reply, POLICY_PROBLEMS, result);
    return presentWhatIf(result.value);
  });
}
