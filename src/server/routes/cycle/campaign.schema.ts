/** Data collection campaigns: bodies, responses, presenters. */
import { z } from 'zod';
import { CAMPAIGN_STATES, CAMPAIGN_STATE_LABELS, isCampaignState, type MeasureAssignment } from '../../../core/cycle/index.js';
import type { CampaignCompletion } from '../../services/campaign-completion.js';
import type { CampaignRow } from '../../services/value-entry-slot.js';
import { codeParam, isoDateString, listOf, version } from '../common.schema.js';
import { messages, reasonText } from './cycle.schema.js';

const assignment = z.strictObject({ measure: codeParam, unit: codeParam });
export const createCampaignBody = z.strictObject({
  period: codeParam.describe('Code of the monitoring period'),
  opensOn: isoDateString.optional().describe('Default: the period\'s close'),
  entryDeadline: isoDateString.optional().describe('Default: 15 days after the period\'s close'),
  closesOn: isoDateString.optional().describe('Default: the entry deadline'),
  note: z.string().max(4000).optional(),
  assignments: z.array(assignment).max(2000).default([]).describe('Measures assigned to units explicitly (besides the units of the indicators using them)'),
});
export const assignmentsBody = z.strictObject({ version, assignments: z.array(assignment).max(2000) });
export const campaignTransitionBody = z.strictObject({ version });
export const campaignReopenBody = z.strictObject({ version, reason: reasonText });

export const campaignResponse = z.object({
  id: z.string().uuid(), year: z.number().int(), period: z.string(), status: z.enum(CAMPAIGN_STATES), label: messages,
  opensOn: z.string(), closesOn: z.string(), entryDeadline: z.string(), note: z.string().nullable(), version: z.number().int(),
  assignments: z.array(z.object({ measure: z.string(), unit: z.string() })).optional(),
}).meta({ id: 'Campaign' });
export const campaignList = listOf(campaignResponse);

const itemState = z.enum(['missing', 'draft', 'submitted', 'validated', 'rejected']);
export const completionResponse = z.object({
  units: z.array(z.object({
    unit: z.object({ code: z.string(), name: z.string() }),
    referents: z.array(z.object({ userId: z.string().uuid(), username: z.string(), displayName: z.string() })),
    items: z.array(z.object({ measure: z.string(), name: z.string(), state: itemState, valueId: z.string().uuid().nullable() })),
    pending: z.number().int().describe('Measures not yet submitted (missing, draft or rejected)'),
  })),
  unassigned: z.array(z.object({ measure: z.string(), name: z.string(), state: itemState })),
  totals: z.object({ measures: z.number().int(), missing: z.number().int(), draft: z.number().int(), submitted: z.number().int(), validated: z.number().int(), rejected: z.number().int() }),
}).meta({ id: 'CampaignCompletion' });

export const remindersResponse = z.object({ notified: z.number().int(), units: z.array(z.string()) });

export function presentCampaign(row: CampaignRow, assignments?: MeasureAssignment[]): z.infer<typeof campaignResponse> {
  const status = isCampaignState(row.status) ? row.status : 'planned';
  return {
    id: row.id, year: row.year, period: row.periodCode, status, label: CAMPAIGN_STATE_LABELS[status],
    opensOn: row.opensOn, closesOn: row.closesOn, entryDeadline: row.entryDeadline, note: row.note, version: row.version,
    ...(assignments ? { assignments } : {}),
  };
}

export function presentCompletion(completion: CampaignCompletion): z.infer<typeof completionResponse> {
  return completion;
}
