/**
 * GET/POST /api/entities/:entityCode/org-units, PATCH/DELETE /api/entities/:entityCode/org-units/:id.
 * DELETE closes the unit (sets valid_to, default today) and keeps the row: plans of past years refer to it.
 */
import type { FastifyInstance } from 'fastify';
import { can } from '../../../core/authorization/index.js';
import { send } from '../../http/error-handler.js';
import { problemSchema } from '../../http/problem.js';
import { findVisibleEntity } from '../../services/entity.js';
import { closeOrgUnit, createOrgUnit, listOrgUnits, updateOrgUnit, type OrgUnitRow } from '../../services/org-unit.js';
import { entityParams } from '../common.schema.js';
import { auditActorOf, callerOf, presentCurrent, sendFailure, zodApp, type RouteContext } from '../route-context.js';
import { ORG_UNIT_PROBLEMS } from './org-unit.errors.js';
import {
  orgUnitCreateBody, orgUnitDeleteQuery, orgUnitList, orgUnitParams, orgUnitPatchBody, orgUnitResponse, presentOrgUnit,
} from './org-unit.schema.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['org-units'];

export async function orgUnitRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/entities/:entityCode/org-units', {
    schema: { tags, summary: 'The org units of an entity, closed ones included', params: entityParams, response: { 200: orgUnitList, ...problems } },
  }, async (request, reply) => {
    const { actor } = callerOf(request);
    const entity = await findVisibleEntity(db, actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(actor, 'org_unit.read', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const rows = await listOrgUnits(db, entity.value.id);
    return { items: rows.map((row) => presentOrgUnit(row, actor)) };
  });

  routes.post('/api/entities/:entityCode/org-units', {
    schema: { tags, summary: 'Create an org unit (stp)', params: entityParams, body: orgUnitCreateBody, response: { 201: orgUnitResponse, ...problems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'org_unit.create', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const result = await createOrgUnit(db, { entityId: entity.value.id, ...request.body, actor: auditActorOf(caller) });
    if (!result.ok) return sendFailure(request, reply, ORG_UNIT_PROBLEMS, result);
    return reply.code(201).send(presentOrgUnit(result.value, caller.actor));
  });

  routes.patch('/api/entities/:entityCode/org-units/:id', {
    schema: { tags, summary: 'Change an org unit (stp)', params: orgUnitParams, body: orgUnitPatchBody, response: { 200: orgUnitResponse, ...problems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'org_unit.update', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const { version, ...changes } = request.body;
    const result = await updateOrgUnit(db, { entityId: entity.value.id, unitId: request.params.id, version, changes, actor: auditActorOf(caller) });
    if (!result.ok) return sendFailure(request, reply, ORG_UNIT_PROBLEMS, presentCurrent(result, (row: OrgUnitRow) => presentOrgUnit(row, caller.actor)));
    return presentOrgUnit(result.value, caller.actor);
  });

  routes.delete('/api/entities/:entityCode/org-units/:id', {
    schema: {
      tags, summary: 'Close an org unit (stp): sets valid_to, keeps the row', params: orgUnitParams, querystring: orgUnitDeleteQuery,
      response: { 200: orgUnitResponse, ...problems },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const entity = await findVisibleEntity(db, caller.actor, request.params.entityCode);
    if (!entity.ok) return sendFailure(request, reply, {}, entity);
    if (!can(caller.actor, 'org_unit.delete', { entityId: entity.value.id })) return send(request, reply, 'forbidden');
    const result = await closeOrgUnit(db, {
      entityId: entity.value.id, unitId: request.params.id, version: request.query.version, validTo: request.query.validTo, actor: auditActorOf(caller),
    });
    if (!result.ok) return sendFailure(request, reply, ORG_UNIT_PROBLEMS, presentCurrent(result, (row: OrgUnitRow) => presentOrgUnit(row, caller.actor)));
    return presentOrgUnit(result.value, caller.actor);
  });
}
