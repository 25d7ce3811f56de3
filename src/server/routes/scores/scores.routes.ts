/**
 * GET /api/entities/:entityCode/plans/:planCode/scores (the engine's scores of a year or period, with
 * explanations) and GET …/lint (the plan's lint findings). Readers of the entity may call both.
 */
import type { FastifyInstance } from 'fastify';
import { send } from '../../http/error-handler.js';
import { problemSchema, type ProblemTable } from '../../http/problem.js';
import { computePlanLint, computePlanScores } from '../../services/scores.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { resolvePlanFor } from '../plans/plan-access.js';
import { planParams } from '../plans/plan.schema.js';
import { buildExplanation } from '../../../core/scoring/explanation.js';
import { explanationSchema } from './explanation.schema.js';
import {
  explanationQuery, includedLists, lintQuery, lintResponse, presentLintFinding, presentScores, scoresQuery, scoresResponse,
} from './scores.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 500: problemSchema };
const tags = ['scores'];

export const SCORES_PROBLEMS: ProblemTable<'year_outside_plan' | 'period_not_found' | 'policy_invalid'> = {
  year_outside_plan: {
    status: 400,
    messages: { it: 'L’anno richiesto non rientra nel periodo del piano.', en: 'The requested year is outside the plan\'s period.' },
  },
  period_not_found: {
    status: 404,
    messages: { it: 'Il periodo di monitoraggio richiesto non esiste per quell’anno del piano.', en: 'The plan has no such monitoring period in that year.' },
  },
  policy_invalid: {
    status: 500,
    messages: {
      it: 'Il sistema di misurazione salvato per quest’anno non è leggibile: contatta la Struttura tecnica di supporto.',
      en: 'The scoring policy saved for this year cannot be read: contact the technical support unit.',
    },
  },
};

const CODE_REQUIRED = { it: 'Indicare il codice dell’elemento da spiegare.', en: 'Give the code of the item to explain.' };

export async function scoresRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/plans/:planCode/scores', {
    schema: {
      tags, summary: 'Scores of a plan for a year or monitoring period: achievement, state, status band and explanation of every indicator, node, unit and the entity',
      params: planParams, querystring: scoresQuery, response: { 200: scoresResponse, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'plan.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { entity, plan } = found.value;
    const { year, period, explain, include } = request.query;
    const result = await computePlanScores(db, entity, plan, period === undefined ? { year } : { year, period });
    if (!result.ok) return sendFailure(request, reply, SCORES_PROBLEMS, result);
    return presentScores(plan.code, result.value.plan, result.value.scored, explain, includedLists(include));
  });

  routes.get('/api/entities/:entityCode/plans/:planCode/scores/explanation', {
    schema: {
      tags, summary: 'How one score was computed: the explanation tree of an indicator, node, unit or the entity for a year or period',
      params: planParams, querystring: explanationQuery, response: { 200: explanationSchema, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'plan.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { entity, plan } = found.value;
    const { year, period, kind, code, depth } = request.query;
    if (kind !== 'entity' && code === undefined) return send(request, reply, 'validation_failed', { errors: [{ path: 'code', code: 'required', messages: CODE_REQUIRED }] });
    const result = await computePlanScores(db, entity, plan, period === undefined ? { year } : { year, period });
    if (!result.ok) return sendFailure(request, reply, SCORES_PROBLEMS, result);
    const subject = kind === 'entity' ? { kind } : { kind, code: code! };
    const explanation = buildExplanation(result.value.scored, subject, depth ?? Number.POSITIVE_INFINITY);
    if (!explanation) return send(request, reply, 'not_found', { detail: `${kind} ${code ?? ''}` });
    return explanation;
  });

  routes.get('/api/entities/:entityCode/plans/:planCode/lint', {
    schema: {
      tags, summary: 'Lint findings of a plan (errors first, then in document order), with their location and bilingual message',
      params: planParams, querystring: lintQuery, response: { 200: lintResponse, ...problems },
    },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolvePlanFor(db, actor, request.params, 'plan.read');
    if (!found.ok) return sendFailure(request, reply, {}, found);
    const { entity, plan } = found.value;
    const result = await computePlanLint(db, entity, plan, request.query.year);
    if (!result.ok) return sendFailure(request, reply, SCORES_PROBLEMS, result);
    return { items: result.value.map(presentLintFinding) };
  });
}
