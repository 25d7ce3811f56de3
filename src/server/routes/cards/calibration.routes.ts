/**
 * GET /api/entities/:entityCode/cards-calibration?year=Y — the calibration view of the year's cards
 * (stp, sg, oiv: `card.read`): each card's score now (or the frozen final one), and the distribution
 * per evaluator and per unit with the flat-rating flags, before the final proposals are submitted.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { computeCalibration } from '../../services/calibration.js';
import { findVisibleEntity } from '../../services/entity.js';
import { entityParams } from '../common.schema.js';
import { callerOf, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { CARD_PROBLEMS, yearQuery } from './cards.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 500: problemSchema };
const bilingual = z.object({ it: z.string(), en: z.string() });
const stats = z.object({
  count: z.number().int(), mean: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable(),
  stdDev: z.number().nullable(), shareHigh: z.number().nullable(),
});
const group = z.object({
  key: z.string(), label: bilingual, stats, unscored: z.number().int(), flat: z.boolean(),
  reasons: z.array(z.enum(['all_high', 'low_spread'])), message: bilingual.nullable(),
});
const report = z.object({ by: z.enum(['evaluator', 'unit']), basis: z.enum(['raw', 'adjusted']), highThreshold: z.number(), overall: group, groups: z.array(group) });

const calibrationResponse = z.object({
  year: z.number().int(),
  cards: z.array(z.object({
    code: z.string(), person: z.object({ code: z.string(), name: z.string() }), role: z.string(), roleLabel: z.string().nullable(),
    orgUnit: z.string().nullable(), evaluator: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
    state: z.string(), scoreState: z.string(), raw: z.number().nullable(), adjusted: z.number().nullable(), frozen: z.boolean(),
  })),
  byEvaluator: report,
  byUnit: report,
});

export async function calibrationRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  zodApp(app).get('/api/entities/:entityCode/cards-calibration', {
    schema: {
      tags: ['cards'], summary: 'Calibration: the year\'s card scores and their distribution per evaluator and per unit, with flat-rating flags (stp, sg, oiv)',
      params: entityParams, querystring: yearQuery, response: { 200: calibrationResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'card.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const result = await computeCalibration(db, { actor: caller.actor, username: caller.user.username }, entity.value, request.query.year);
    if (!result.ok) return sendFailure(request, reply, CARD_PROBLEMS, result);
    const { cards, byEvaluator, byUnit } = result.value;
    return {
      year: request.query.year, byEvaluator, byUnit,
      cards: cards.map(({ view, result: scored }) => ({
        code: view.card.code, person: view.card.person, role: view.card.role, roleLabel: view.card.roleLabel ?? null,
        orgUnit: view.card.orgUnit ?? null,
        evaluator: view.card.evaluator ? { code: view.card.evaluator.code, name: view.card.evaluator.name ?? null } : null,
        state: view.workflow.state, scoreState: scored.state, raw: scored.rounded.raw, adjusted: scored.rounded.adjusted,
        frozen: view.workflow.finalScore !== undefined,
      })),
    };
  });
}
