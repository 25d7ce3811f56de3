/** Plans: list items and the plan header with years and counts. */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import type { PlanRow, PlanSummary, PlanYearRow } from '../../services/plan.js';
import { abilities, codeParam, listOf } from '../common.schema.js';

export const planParams = z.strictObject({ entityCode: codeParam, planCode: codeParam });

const planYears = z.array(z.object({ year: z.number().int(), status: z.string(), version: z.number().int() }))
  .describe('The plan\'s years with their status in the cycle');

export const planItem = z.object({
  id: z.string().uuid(),
  code: z.string(),
  title: z.string(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  version: z.number().int(),
  years: planYears,
  abilities,
}).meta({ id: 'PlanItem' });

export const planList = listOf(planItem);

export const planResponse = planItem.extend({
  levels: z.unknown().describe('The plan\'s level schema, top-down'),
  approvedBy: z.unknown().nullable().describe('The approving act'),
  counts: z.object({ nodes: z.number().int(), indicators: z.number().int(), measures: z.number().int(), periods: z.number().int(), values: z.number().int() }),
}).meta({ id: 'Plan' });

export function presentPlanItem(row: PlanRow, years: PlanYearRow[], actor: Actor | null): z.infer<typeof planItem> {
  return {
    id: row.id, code: row.code, title: row.title, firstYear: row.firstYear, lastYear: row.lastYear, version: row.version, years,
    abilities: abilitiesFor(actor, { entityId: row.entityId }, 'plan'),
  };
}

export function presentPlan(summary: PlanSummary, actor: Actor | null): z.infer<typeof planResponse> {
  return {
    ...presentPlanItem(summary.plan, summary.years, actor), levels: summary.plan.levels, approvedBy: summary.plan.approvedBy ?? null,
    counts: summary.counts,
  };
}
