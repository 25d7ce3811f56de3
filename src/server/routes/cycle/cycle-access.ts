/**
 * What the cycle's handlers share: path parameters, resolving `:entityCode/plans/:planCode` for the
 * caller, the caller's abilities as functions (entity-wide, or on the units of a resource), and sending
 * a failure through the cycle's problem table (a 409 with the current row shown by its presenter).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can, type Action, type Actor } from '../../../core/authorization/index.js';
import type { Db } from '../../db/database.js';
import { problemSchema } from '../../http/problem.js';
import type { CycleEntity, CyclePlan } from '../../services/cycle-year.js';
import type { Fail, Result } from '../../services/result.js';
import type { UnitAbility } from '../../services/value-entry.js';
import { codeParam, uuidParam } from '../common.schema.js';
import { resolvePlan } from '../plans/plan-access.js';
import { presentCurrent, sendFailure } from '../route-context.js';
import { CYCLE_PROBLEMS } from './cycle.errors.js';

export const yearNumber = z.coerce.number().int().min(1990).max(2100);
export const planPathParams = z.strictObject({ entityCode: codeParam, planCode: codeParam });
export const yearParams = planPathParams.extend({ year: yearNumber });
export const periodParams = yearParams.extend({ periodCode: codeParam });
export const campaignParams = planPathParams.extend({ campaignId: uuidParam });
export const valueParams = planPathParams.extend({ valueId: uuidParam });
export const attachmentParams = planPathParams.extend({ attachmentId: uuidParam });
export const suspensionParams = planPathParams.extend({ suspensionId: uuidParam });

export const cycleProblems = {
  400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 413: problemSchema, 415: problemSchema, 500: problemSchema,
};

export interface CycleScope { entity: CycleEntity & { id: string }; plan: CyclePlan }

export async function resolveCycle(db: Db, actor: Actor, params: { entityCode: string; planCode: string }): Promise<Result<CycleScope, 'not_found'>> {
  const found = await resolvePlan(db, actor, params);
  if (!found.ok) return found;
  const { entity, plan } = found.value;
  return { ok: true, value: { entity: { id: entity.id, code: entity.code }, plan: { id: plan.id, entityId: plan.entityId, code: plan.code, version: plan.version, firstYear: plan.firstYear, lastYear: plan.lastYear } } };
}

/** The caller's entity-wide abilities. */
export function entityAbility(actor: Actor, entityId: string): (action: Action) => boolean {
  return (action) => can(actor, action, { entityId });
}

/** The caller's abilities on resources of some units (ids with ancestors). */
export function unitAbility(actor: Actor, entityId: string): UnitAbility {
  return (action, unitIds) => can(actor, action, { entityId, unitIds });
}

/** Sends a cycle failure; a version conflict's current row goes through the presenter. */
export function sendCycleFailure<Row>(request: FastifyRequest, reply: FastifyReply, failure: Fail<string>, present?: (row: Row) => unknown): FastifyReply {
  return sendFailure(request, reply, CYCLE_PROBLEMS, present ? presentCurrent(failure, present) : failure);
}
