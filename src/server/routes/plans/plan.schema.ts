/** Plans: list items and the plan header with years and counts. */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import type { PlanRow, PlanSummary } from '../../services/plan.js';
import { abilities, codeParam, listOf } from '../common.schema.js';

export const planParams = z.strictObject({ entityCode: codeParam, planCode: codeParam });

export const planItem = z.object({
  id: z.string().uuid(),
  code: z.string(),
  title: z.string(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  version: z.number().int(),
  abilities,
}).meta({ id: 'PlanItem' });

export const planList = listOf(planItem);

export const planResponse = planItem.extend({
  levels: z.unknown().describe('The plan\'s level schema, top-down'),
  approvedBy: z.unknown().nullable().describe('The approving act'),
  years: z.array(z.object({ year: z.number().int(), status: z.string(), version: z.number().int() })),
  counts: z.object({ nodes: z.number().int(), indicators: z.number().int(), measures: z.number().int(), periods: z.number().int(), values: z.number().int() }),
}).meta({ id: 'Plan' });

export function presentPlanItem(row: PlanRow, actor: Actor | null): z.infer<typeof planItem> {
  return {
    id: row.id, code: row.code, title: row.title, firstYear: row.firstYear, lastYear: row.lastYear, version: row.version,
    abilities: abilitiesFor(actor, { entityId: row.entityId }, 'plan'),
  };
}

export function presentPlan(summary: PlanSummary, actor: Actor | null): z.infer<typeof planResponse> {
  return {
    ...presentPlanItem(summary.plan, actor), levels: summary.plan.levels, approvedBy: summary.plan.approvedBy ?? null,
    years: summary.years, counts: summary.counts,
  };
}
