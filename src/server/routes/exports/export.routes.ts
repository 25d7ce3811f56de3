/**
 * GET …/plans/:planCode/export?format=xlsx|json|yaml (stp: the whole plan, evaluation cards and who
 * entered what included) and GET …/plans/:planCode/open-data?year=…&format=json|csv (every reader of the
 * entity: the published plan, policy and results, as in transparency). Both answer with an attachment.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { problemSchema } from '../../http/problem.js';
import { exportPlan, type ExportFile } from '../../services/export.js';
import { fail } from '../../services/result.js';
import { resolvePlanFor } from '../plans/plan-access.js';
import { planParams } from '../plans/plan.schema.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { EXPORT_PROBLEMS, fileResponse, openDataQuery, planExportQuery } from './export.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 500: problemSchema };
const tags = ['exports'];

function sendFile(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .type(file.contentType)
    // A file is sent as it is, not serialised: the response schema above only documents it.
    .send(file.body as never);
}

export async function exportRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/plans/:planCode/export', {
    schema: { tags, summary: 'The plan as the XLSX workbook or the canonical JSON/YAML plan file (stp)', params: planParams, querystring: planExportQuery, response: { 200: fileResponse, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'plan.update');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { entity, plan } = found.value;
    const file = await exportPlan(db, { entityCode: entity.code, planCode: plan.code, year: plan.firstYear, format: request.query.format });
    if (!file.ok) return sendFailure(request, reply, EXPORT_PROBLEMS, file.code === 'entity_not_found' || file.code === 'plan_not_found' ? fail('not_found') : file);
    return sendFile(reply, file.value);
  });

  routes.get('/api/entities/:entityCode/plans/:planCode/open-data', {
    schema: { tags, summary: 'Open data of a year\'s results: published plan, scoring policy and scores, as JSON or a CSV table', params: planParams, querystring: openDataQuery, response: { 200: fileResponse, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'plan.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { entity, plan } = found.value;
    const { year, period, format, table, locale } = request.query;
    const file = await exportPlan(db, { entityCode: entity.code, planCode: plan.code, year, period, table, locale, format: format === 'csv' ? 'csv' : 'open-data' });
    if (!file.ok) return sendFailure(request, reply, EXPORT_PROBLEMS, file.code === 'entity_not_found' || file.code === 'plan_not_found' ? fail('not_found') : file);
    return sendFile(reply, file.value);
  });
}
