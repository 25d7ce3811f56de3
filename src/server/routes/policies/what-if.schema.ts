/** POST …/plans/:planCode/what-if: the proposed policy in, the comparison with the policy in force out. */
import { z } from 'zod';
import { COMPARED_KINDS, type WhatIfComparison } from '../../../core/what-if/index.js';
import type { WhatIfResult } from '../../services/what-if.js';
import { codeParam } from '../common.schema.js';
import { policyInput } from './policy.schema.js';

export const whatIfBody = z.strictObject({
  year: z.number().int().min(1990).max(2100).describe('Plan year to score'),
  period: codeParam.optional().describe('Monitoring period of that year (interim bands; cards are not compared)'),
  policy: policyInput.describe('The proposed policy, compared with the one in force for the year'),
});

const bandRef = z.object({
  key: z.string(), label: z.object({ it: z.string(), en: z.string() }), symbol: z.string(), icon: z.string(), colour: z.string(),
});

const snapshot = z.object({
  state: z.string().describe('The engine\'s state; "absent" when the item does not exist on that side'),
  score: z.number().nullable().describe('Published score, unrounded'),
  rounded: z.number().nullable().describe('Published figure, rounded as that policy says'),
  band: bandRef.nullable(),
});

const kind = z.enum(COMPARED_KINDS as [string, ...string[]]);

export const scoreChange = z.object({
  kind,
  code: z.string(),
  label: z.string(),
  section: z.string().optional(),
  level: z.string().nullable().optional(),
  role: z.string().optional(),
  before: snapshot,
  after: snapshot,
  delta: z.number().nullable().describe('after − before in points; null when either side has no score'),
  statusChanged: z.boolean().describe('The band or the state differs'),
  changed: z.boolean().describe('State, band, score or rounded figure differ'),
}).meta({ id: 'WhatIfChange' });

const kindSummary = z.object({
  compared: z.number().int(), changed: z.number().int(), statusChanged: z.number().int(), improved: z.number().int(), worsened: z.number().int(),
});

export const whatIfResponse = z.object({
  year: z.number().int(),
  period: z.string().nullable(),
  interim: z.boolean(),
  revisions: z.object({
    current: z.number().int().describe('Revision in force (0 = the default policy)'),
    proposed: z.number().int().describe('Revision number the proposal gets if saved now'),
  }),
  entity: scoreChange,
  changes: z.array(scoreChange).describe('Items that change: entity, components, units, objectives, indicators, cards'),
  summary: z.record(kind, kindSummary),
  cardsCompared: z.boolean(),
}).meta({ id: 'WhatIf' });

export function presentWhatIf(result: WhatIfResult): z.infer<typeof whatIfResponse> {
  const comparison: WhatIfComparison = result.comparison;
  return {
    year: comparison.year, period: comparison.period, interim: comparison.interim, revisions: result.revisions,
    entity: comparison.entity, changes: comparison.changes, summary: comparison.summary, cardsCompared: comparison.cardsCompared,
  };
}
