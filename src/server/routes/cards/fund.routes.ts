/**
 * The bonus fund of a year from the closed cards' final scores: POST …/fund-distribution (JSON rows;
 * a `policy` makes it a what-if) and GET …/fund-distribution.csv (the payroll CSV). stp and sg only.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can } from '../../../core/authorization/index.js';
import { CARD_ROLES, type CardRole } from '../../../core/evaluation/card.schema.js';
import { fundDistributionToCsv } from '../../../core/evaluation/fund-csv.js';
import { centsToEuros } from '../../../core/evaluation/fund-distribution.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { computeFundDistribution, type FundRequest } from '../../services/fund.js';
import { fundDistributionToXlsx } from '../../../formats/fund/fund-xlsx.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { entityParams } from '../common.schema.js';
import { CARD_PROBLEMS, fundBody, fundCsvQuery, fundExportBody, fundResponse } from './cards.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema, 500: problemSchema };
const tags = ['cards'];

function rolesOf(text: string | undefined): CardRole[] | undefined {
  if (text === undefined) return undefined;
  return text.split(',').filter((role): role is CardRole => (CARD_ROLES as readonly string[]).includes(role));
}

function fundRequestOf(body: z.infer<typeof fundBody>): FundRequest {
  const { year, fund, policy, roles, people } = body;
  return {
    year, fund, ...(policy !== undefined ? { policy } : {}), ...(roles !== undefined ? { roles } : {}),
    ...(people !== undefined ? { people: people.map((p) => ({ code: p.code, ...(p.partTimePercent !== undefined ? { partTimePercent: p.partTimePercent } : {}), ...(p.absenceDays !== undefined ? { absenceDays: p.absenceDays } : {}) })) } : {}),
  };
}

export async function fundRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.post('/api/entities/:entityCode/fund-distribution', {
    schema: { tags, summary: 'Distribution of the bonus fund over the closed cards of a year, exact to the cent (what-if with a policy)', params: entityParams, body: fundBody, response: { 200: fundResponse, ...problems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'fund.manage', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const result = await computeFundDistribution(db, { actor: caller.actor, username: caller.user.username }, entity.value, fundRequestOf(request.body));
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, result);
    const { distribution, whatIf, openCards } = result.value;
    return {
      year: request.body.year, whatIf, openCards,
      fundCents: distribution.fundCents, distributedCents: distribution.distributedCents, undistributedCents: distribution.undistributedCents,
      policy: result.value.policy as unknown as Record<string, unknown>,
      rows: distribution.rows.map((row) => ({ ...row, share: centsToEuros(row.shareCents) })),
    };
  });

  routes.get('/api/entities/:entityCode/fund-distribution.csv', {
    schema: {
      tags, summary: 'The fund distribution of a year as the payroll CSV (Italian: ";" and decimal comma)', params: entityParams, querystring: fundCsvQuery,
      response: { 200: { description: 'The CSV, as an attachment', content: { 'text/csv': { schema: z.string() } } }, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'fund.manage', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { year, fund, roles, locale } = request.query;
    const selected = rolesOf(roles);
    const result = await computeFundDistribution(db, { actor: caller.actor, username: caller.user.username }, entity.value, {
      year, fund, ...(selected !== undefined ? { roles: selected } : {}),
    });
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, result);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="fondo-${entity.value.code}-${year}.csv"`)
      .header('cache-control', 'no-store')
      .send(fundDistributionToCsv(result.value.distribution.rows, { locale }) as never);
  });

  routes.post('/api/entities/:entityCode/fund-distribution/export', {
    schema: {
      tags, summary: 'The fund distribution (with payroll data and an optional what-if policy) as the payroll file: CSV or XLSX', params: entityParams, body: fundExportBody,
      response: {
        200: { description: 'The file, as an attachment', content: { 'text/csv': { schema: z.string() }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } } },
        ...problems,
      },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'fund.manage', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { format, locale, ...body } = request.body;
    const result = await computeFundDistribution(db, { actor: caller.actor, username: caller.user.username }, entity.value, fundRequestOf(body));
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, result);
    const name = `fondo-${entity.value.code}-${body.year}`;
    reply.header('cache-control', 'no-store');
    if (format === 'csv') {
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(fundDistributionToCsv(result.value.distribution.rows, { locale }) as never);
    }
    const title = locale === 'it' ? `Ripartizione del fondo ${body.year} — ${entity.value.name}` : `Fund distribution ${body.year} — ${entity.value.name}`;
    const file = await fundDistributionToXlsx(result.value.distribution, { locale, title });
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${name}.xlsx"`).send(file as never);
  });
}
