/** GET /api/entities/:entityCode/plans/:planCode/measures. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../http/problem.js';
import { listMeasures, type MeasureRow } from '../../services/measure.js';
import { listOf } from '../common.schema.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { resolvePlanFor } from './plan-access.js';
import { planParams } from './plan.schema.js';

export const measureResponse = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string().optional(),
  unit: z.string().optional(),
  source: z.string().optional(),
  periodicity: z.string().optional(),
  version: z.number().int(),
}).meta({ id: 'Measure' });

export function presentMeasure(row: MeasureRow): z.infer<typeof measureResponse> {
  const data = (row.data ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  return {
    id: row.id, code: row.code, name: row.name, version: row.version,
    description: text('description'), unit: text('unit'), source: text('source'), periodicity: text('periodicity'),
  };
}

export async function measureRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  zodApp(app).get('/api/entities/:entityCode/plans/:planCode/measures', {
    schema: {
      tags: ['plans'], summary: 'The measures of a plan', params: planParams,
      response: { 200: listOf(measureResponse), 401: problemSchema, 403: problemSchema, 404: problemSchema },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'measure.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    return { items: (await listMeasures(db, found.value.plan)).map(presentMeasure) };
  });
}
