/** Data entry: grid query and response, the entry body, transition bodies; presenters. */
import { z } from 'zod';
import { INTERIM_STATUSES, VALUE_TRANSITIONS } from '../../../core/cycle/index.js';
import type { Grid, GridRow } from '../../services/value-entry-grid.js';
import { version } from '../common.schema.js';
import { reasonText } from './cycle.schema.js';
import { campaignSummary, periodResponse, presentCampaignSummary, presentPeriod } from './cycle.schema.js';
import { attachmentResponse, presentValue, valueResponse } from './validation.schema.js';

export const gridQuery = z.strictObject({
  mine: z.enum(['true', 'false']).optional()
    .describe('true: only the measures the caller enters or validates. Default: true for callers limited to their units, false otherwise'),
});

export const enterBody = z.strictObject({
  value: z.union([z.number().finite(), z.boolean(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')]),
  note: z.string().max(4000).nullable().optional(),
  source: z.string().max(500).nullable().optional().describe('Where the figure comes from (office, system)'),
  version: version.optional().describe('Version of the current value of the slot, when there is one'),
});
export const transitionBody = z.strictObject({ version });
export const reasonBody = z.strictObject({ version, reason: reasonText });

const indicatorCell = z.object({
  code: z.string(), name: z.string(), node: z.string(), target: z.string().nullable(), state: z.string(),
  value: z.union([z.number(), z.boolean(), z.string()]).nullable(), achievement: z.number().nullable().describe('Provisional interim achievement (drafts counted), rounded'),
  status: z.enum(INTERIM_STATUSES).nullable(),
});

export const gridResponse = z.object({
  period: periodResponse,
  campaign: campaignSummary.nullable(),
  provisional: z.literal(true).describe('Achievements count drafts too: they are a preview, not the official score'),
  rows: z.array(z.object({
    measure: z.object({ code: z.string(), name: z.string(), unit: z.string(), source: z.string().nullable() }),
    units: z.array(z.string()),
    current: valueResponse.extend({ attachments: z.number().int() }).nullable(),
    previous: z.array(z.object({ year: z.number().int(), period: z.string().nullable(), value: z.unknown(), state: z.string() })),
    indicators: z.array(indicatorCell),
    can: z.array(z.enum(VALUE_TRANSITIONS)).describe('What the caller may do with this row now'),
  })),
}).meta({ id: 'DataEntryGrid' });

export const valueDetail = valueResponse.extend({ attachments: z.array(attachmentResponse), can: z.array(z.enum(VALUE_TRANSITIONS)) }).meta({ id: 'MeasuredValueDetail' });

function presentRow(row: GridRow): z.infer<typeof gridResponse>['rows'][number] {
  return { ...row, current: row.current ? { ...presentValue(row.current), attachments: row.current.attachments } : null };
}

export function presentGrid(grid: Grid): z.infer<typeof gridResponse> {
  return {
    period: presentPeriod(grid.period), campaign: grid.campaign ? presentCampaignSummary(grid.campaign) : null, provisional: true,
    rows: grid.rows.map(presentRow),
  };
}
