/**
 * POST /api/entities/:entityCode/jobs (start a job; stp), GET /api/jobs/:id and GET /api/jobs/:id/events
 * (server-sent events: `snapshot`, then `started`, `progress`…, `succeeded` | `failed` | `cancelled`).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { findVisibleJob, startEntityJob } from '../../services/job.js';
import { findPlan } from '../../services/plan.js';
import { entityParams } from '../common.schema.js';
import { auditActorOf, callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { createJobStreams } from './job-stream.js';
import { jobParams, jobResponse, jobStartBody, presentJob } from './job.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['jobs'];

export async function jobRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const streams = createJobStreams(app);

  routes.post('/api/entities/:entityCode/jobs', {
    schema: { tags, summary: 'Start a job for the entity (stp): recompute', params: entityParams, body: jobStartBody, response: { 202: jobResponse, ...problems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'job.create', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { kind, ...payload } = request.body;
    if (payload.planCode !== undefined) {
      const plan = await findPlan(db, entity.value.id, payload.planCode);
      if (!plan.ok) return sendFailure(request, reply, {}, plan);
    }
    const job = await startEntityJob(db, { entityId: entity.value.id, kind, payload, actor: auditActorOf(caller) });
    return reply.code(202).send(presentJob(job));
  });

  routes.get('/api/jobs/:id', {
    schema: { tags, summary: 'A job: status, progress, result', params: jobParams, response: { 200: jobResponse, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const job = await findVisibleJob(db, actor, request.params.id);
    if (!job.ok) return sendFailure(request, reply, {}, job);
    if (job.value.entityId && !can(actor, 'job.read', { entityId: job.value.entityId })) return send(request, reply, 'forbidden');
    return presentJob(job.value);
  });

  routes.get('/api/jobs/:id/events', {
    schema: {
      tags, summary: 'Progress of a job as server-sent events, until it ends', params: jobParams,
      response: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } }, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const job = await findVisibleJob(db, actor, request.params.id);
    if (!job.ok) return sendFailure(request, reply, {}, job);
    if (job.value.entityId && !can(actor, 'job.read', { entityId: job.value.entityId })) return send(request, reply, 'forbidden');
    const reload = async () => {
      const fresh = await findVisibleJob(db, actor, request.params.id);
      return fresh.ok ? fresh.value : undefined;
    };
    const stream = await streams.open(job.value.id, reload, (listener) => reply.raw.on('close', listener));
    reply.header('cache-control', 'no-cache').header('x-accel-buffering', 'no').type('text/event-stream; charset=utf-8');
    // A stream is piped as it is, not serialised: the response schema above only documents it.
    return reply.send(stream as never);
  });
}
