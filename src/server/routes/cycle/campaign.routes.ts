/**
 * Data collection campaigns: GET and POST …/years/:year/campaigns; GET …/campaigns/:campaignId;
 * POST …/open, …/close, …/reopen (stp); PUT …/assignments (explicit measure → unit); GET …/completion
 * (who has not entered what); POST …/reminders (deadline near, to the referenti with work left).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CampaignTransition } from '../../../core/cycle/index.js';
import { send } from '../../http/error-handler.js';
import { createCampaign, findCampaign, listAssignments, listCampaigns, setAssignments, transitionCampaign } from '../../services/campaign.js';
import { computeCompletion, sendReminders } from '../../services/campaign-completion.js';
import { todayInRome } from '../../services/scores.js';
import type { CampaignRow } from '../../services/value-entry-slot.js';
import { auditActorOf, callerOf, zodApp, type RouteContext } from '../route-context.js';
import { campaignParams, cycleProblems, entityAbility, resolveCycle, sendCycleFailure, yearParams } from './cycle-access.js';
import {
  assignmentsBody, campaignList, campaignReopenBody, campaignResponse, campaignTransitionBody, completionResponse, createCampaignBody,
  presentCampaign, presentCompletion, remindersResponse,
} from './campaign.schema.js';

const tags = ['campaigns'];
interface CampaignPath { entityCode: string; planCode: string; campaignId: string }
const present = (row: CampaignRow) => presentCampaign(row);

export async function campaignRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);
  const byYear = '/api/entities/:entityCode/plans/:planCode/years/:year/campaigns';
  const byId = '/api/entities/:entityCode/plans/:planCode/campaigns/:campaignId';

  routes.get(byYear, { schema: { tags, summary: 'Campaigns of the year', params: yearParams, response: { 200: campaignList, ...cycleProblems } } }, async (request, reply) => {
    const { actor } = callerOf(request);
    const found = await resolveCycle(db, actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(actor, found.value.entity.id)('plan.read')) return send(request, reply, 'forbidden');
    return { items: (await listCampaigns(db, found.value.plan, request.params.year)).map(present) };
  });

  routes.post(byYear, {
    schema: { tags, summary: 'Plan a campaign for a period (stp): dates (entry deadline 15 days after the close by default) and explicit assignments', params: yearParams, body: createCampaignBody, response: { 201: campaignResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, request.params);
    if (!found.ok) return sendCycleFailure(request, reply, found);
    if (!entityAbility(caller.actor, found.value.entity.id)('campaign.manage')) return send(request, reply, 'forbidden');
    const { period, opensOn, closesOn, entryDeadline, note, assignments } = request.body;
    const result = await createCampaign(db, {
      plan: found.value.plan, year: request.params.year, periodCode: period, dates: { opensOn, closesOn, entryDeadline }, note, assignments, actor: auditActorOf(caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result);
    return reply.code(201).send(presentCampaign(result.value, assignments));
  });

  /** Resolves the plan and the campaign, for a reader or for the campaign manager. */
  async function loadCampaign(request: FastifyRequest, reply: FastifyReply, params: CampaignPath, action: 'plan.read' | 'campaign.manage') {
    const caller = callerOf(request);
    const found = await resolveCycle(db, caller.actor, params);
    if (!found.ok) return { reply: sendCycleFailure(request, reply, found) };
    if (!entityAbility(caller.actor, found.value.entity.id)(action)) return { reply: send(request, reply, 'forbidden') };
    const campaign = await findCampaign(db, found.value.plan, params.campaignId);
    if (!campaign.ok) return { reply: sendCycleFailure(request, reply, campaign) };
    return { caller, scope: found.value, campaign: campaign.value };
  }

  routes.get(byId, { schema: { tags, summary: 'A campaign with its explicit assignments', params: campaignParams, response: { 200: campaignResponse, ...cycleProblems } } }, async (request, reply) => {
    const loaded = await loadCampaign(request, reply, request.params, 'plan.read');
    if ('reply' in loaded) return loaded.reply;
    return presentCampaign(loaded.campaign, await listAssignments(db, loaded.campaign.id));
  });

  const transitionRoute = (transition: CampaignTransition, summary: string, body: typeof campaignTransitionBody | typeof campaignReopenBody) =>
    routes.post(`${byId}/${transition}`, { schema: { tags, summary, params: campaignParams, body, response: { 200: campaignResponse, ...cycleProblems } } }, async (request, reply) => {
      const caller = callerOf(request);
      const found = await resolveCycle(db, caller.actor, request.params);
      if (!found.ok) return sendCycleFailure(request, reply, found);
      const reason = 'reason' in request.body ? request.body.reason : undefined;
      const result = await transitionCampaign(db, {
        plan: found.value.plan, entityCode: found.value.entity.code, campaignId: request.params.campaignId, transition, version: request.body.version, reason,
        allows: entityAbility(caller.actor, found.value.entity.id), actor: auditActorOf(caller),
      });
      if (!result.ok) return sendCycleFailure(request, reply, result, present);
      return presentCampaign(result.value);
    });
  transitionRoute('open', 'Open the campaign (stp): the referenti and dirigenti of the units concerned are notified', campaignTransitionBody);
  transitionRoute('close', 'Close the campaign (stp): the period\'s data collection is over', campaignTransitionBody);
  transitionRoute('reopen', 'Reopen a closed campaign with a reason (stp)', campaignReopenBody);

  routes.put(`${byId}/assignments`, {
    schema: { tags, summary: 'Replace the explicit measure → unit assignments (stp)', params: campaignParams, body: assignmentsBody, response: { 200: campaignResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const loaded = await loadCampaign(request, reply, request.params, 'campaign.manage');
    if ('reply' in loaded) return loaded.reply;
    const result = await setAssignments(db, {
      plan: loaded.scope.plan, campaignId: loaded.campaign.id, version: request.body.version, assignments: request.body.assignments, actor: auditActorOf(loaded.caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result, present);
    return presentCampaign(result.value, request.body.assignments);
  });

  routes.get(`${byId}/completion`, {
    schema: { tags, summary: 'Who has not entered what: per unit, the measures to provide and their state, with the unit\'s referenti', params: campaignParams, response: { 200: completionResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const loaded = await loadCampaign(request, reply, request.params, 'plan.read');
    if ('reply' in loaded) return loaded.reply;
    const completion = await computeCompletion(db, loaded.scope.plan, loaded.campaign);
    if (!completion.ok) return sendCycleFailure(request, reply, completion);
    return presentCompletion(completion.value);
  });

  routes.post(`${byId}/reminders`, {
    schema: { tags, summary: 'Remind the referenti of units with measures still to submit that the deadline is near (stp)', params: campaignParams, response: { 200: remindersResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const loaded = await loadCampaign(request, reply, request.params, 'campaign.manage');
    if ('reply' in loaded) return loaded.reply;
    const result = await sendReminders(db, {
      plan: loaded.scope.plan, entityCode: loaded.scope.entity.code, campaign: loaded.campaign, today: todayInRome(), actor: auditActorOf(loaded.caller),
    });
    if (!result.ok) return sendCycleFailure(request, reply, result);
    return result.value;
  });
}
