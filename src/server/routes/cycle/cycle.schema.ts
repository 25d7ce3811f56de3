/** The plan year's cycle: bodies of the transitions, the overview response, periods; presenters. */
import { z } from 'zod';
import { PERIOD_FREQUENCIES, PLAN_YEAR_STATES, PLAN_YEAR_STATE_LABELS, isPlanYearState, type TransitionOption } from '../../../core/cycle/index.js';
import { actSchema } from '../../../core/plan/plan.schema.js';
import type { PeriodRow } from '../../services/cycle-period.js';
import type { PlanYearRow } from '../../services/cycle-year.js';
import type { CampaignRow } from '../../services/value-entry-slot.js';
import { listOf, version } from '../common.schema.js';

export const messages = z.object({ it: z.string(), en: z.string() });
export const reasonText = z.string().trim().min(1).max(4000);

export const versionBody = z.strictObject({ version });
export const approveBody = z.strictObject({ version, act: actSchema });
export const reopenBody = z.strictObject({ version, reason: reasonText });
export const periodsBody = z.strictObject({ frequency: z.enum(PERIOD_FREQUENCIES).default('four_monthly') });

export const planYearResponse = z.object({
  year: z.number().int(),
  status: z.enum(PLAN_YEAR_STATES),
  label: messages,
  approvalAct: z.unknown().nullable(),
  version: z.number().int(),
}).meta({ id: 'PlanYear' });

const denialSchema = z.object({ kind: z.enum(['forbidden', 'state', 'precondition']), code: z.string(), messages });
export const transitionOptionSchema = z.object({
  transition: z.string(), label: messages, to: z.string().nullable(), allowed: z.boolean(), reasons: z.array(denialSchema),
}).meta({ id: 'TransitionOption' });

export const campaignSummary = z.object({
  id: z.string().uuid(), periodCode: z.string(), status: z.string(), opensOn: z.string(), closesOn: z.string(), entryDeadline: z.string(), version: z.number().int(),
});

export const periodResponse = z.object({
  code: z.string(), year: z.number().int(), end: z.string(), final: z.boolean(), expectedProgress: z.number().nullable(), status: z.string(),
}).meta({ id: 'MonitoringPeriod' });

/** The entity-wide cycle actions a page may offer (decision 0003: a resource carries the caller's abilities). */
export const CYCLE_ABILITIES = [
  'plan_year.approve', 'plan_year.manage', 'plan_year.revise', 'plan_year.validate', 'plan_year.freeze', 'suspension.manage', 'evidence.read', 'audit.read',
] as const;

export const cycleResponse = planYearResponse.extend({
  abilities: z.array(z.enum(CYCLE_ABILITIES)).describe('The cycle actions the caller holds on the entity (whatever the state)'),
  transitions: z.array(transitionOptionSchema).describe('Transitions out of the current state, with what blocks each for the caller (acts, reasons and checklists are sent with the request)'),
  periods: z.array(periodResponse.extend({ campaign: campaignSummary.nullable() })),
  revisions: z.array(z.object({ number: z.number().int(), status: z.string(), reason: z.string(), act: z.unknown().nullable(), approvedAt: z.string().nullable() })),
  validation: z.object({ notes: z.string(), checklist: z.unknown(), validatedBy: z.string().nullable(), validatedAt: z.string() }).nullable(),
  snapshot: z.object({ scoredHash: z.string(), planHash: z.string(), createdAt: z.string(), createdBy: z.string().nullable() }).nullable(),
}).meta({ id: 'PlanYearCycle' });

export const periodList = listOf(periodResponse);

export function yearLabelOf(status: string): { it: string; en: string } {
  return isPlanYearState(status) ? PLAN_YEAR_STATE_LABELS[status] : { it: status, en: status };
}

export function presentPlanYear(row: PlanYearRow, label: { it: string; en: string }): z.infer<typeof planYearResponse> {
  return { year: row.year, status: row.status as z.infer<typeof planYearResponse>['status'], label, approvalAct: row.approvalAct ?? null, version: row.version };
}

export function presentPeriod(row: PeriodRow): z.infer<typeof periodResponse> {
  return { code: row.code, year: row.year, end: row.endDate, final: row.final, expectedProgress: row.expectedProgress, status: row.status };
}

export function presentCampaignSummary(row: CampaignRow): z.infer<typeof campaignSummary> {
  return { id: row.id, periodCode: row.periodCode, status: row.status, opensOn: row.opensOn, closesOn: row.closesOn, entryDeadline: row.entryDeadline, version: row.version };
}

export function presentTransitions(options: TransitionOption<string, string>[]): z.infer<typeof transitionOptionSchema>[] {
  return options.map((option) => ({ transition: option.transition, label: option.label, to: option.to, allowed: option.allowed, reasons: option.reasons }));
}
