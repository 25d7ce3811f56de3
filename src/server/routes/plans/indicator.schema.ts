/** Indicators of a plan: response (plan-model fields, never the raw row) and the PATCH body. */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import { indicatorSchema } from '../../../core/plan/plan.schema.js';
import type { IndicatorRow } from '../../services/indicator.js';
import { abilities, codeParam, listOf, version } from '../common.schema.js';

export const indicatorParams = z.strictObject({ entityCode: codeParam, planCode: codeParam, indicatorCode: codeParam });

const fields = indicatorSchema.omit({ code: true, node: true, name: true }).shape;

export const indicatorResponse = z.object({
  id: z.string().uuid(),
  code: z.string(),
  nodeCode: z.string(),
  name: z.string(),
  description: z.string().optional(),
  type: z.string().optional(),
  formula: z.string().optional(),
  formulaProse: z.string().optional(),
  unit: z.string().optional(),
  polarity: z.string().optional(),
  baseline: z.unknown().optional(),
  targets: z.record(z.string(), z.string()).optional(),
  weight: z.number().optional(),
  source: z.string().optional(),
  periodicity: z.string().optional(),
  scoringRule: z.string().optional(),
  parameters: z.unknown().optional(),
  firstYear: z.number().int().optional(),
  notes: z.string().optional(),
  version: z.number().int(),
  abilities,
}).meta({ id: 'Indicator' });

export const indicatorList = listOf(indicatorResponse);

/** Every plan-model field may be changed (null removes an optional one), except the code and the node. */
export const indicatorPatchBody = z.strictObject({
  version,
  name: indicatorSchema.shape.name.optional(),
  description: fields.description.unwrap().nullable().optional(),
  type: fields.type.unwrap().nullable().optional(),
  formula: fields.formula.unwrap().nullable().optional(),
  formulaProse: fields.formulaProse.unwrap().nullable().optional(),
  unit: fields.unit.unwrap().optional(),
  polarity: fields.polarity.unwrap().nullable().optional(),
  baseline: fields.baseline.unwrap().nullable().optional(),
  targets: fields.targets.unwrap().optional(),
  weight: fields.weight.unwrap().nullable().optional(),
  source: fields.source.unwrap().nullable().optional(),
  periodicity: fields.periodicity.unwrap().nullable().optional(),
  scoringRule: fields.scoringRule.unwrap().nullable().optional(),
  parameters: fields.parameters.unwrap().nullable().optional(),
  firstYear: fields.firstYear.unwrap().nullable().optional(),
  notes: fields.notes.unwrap().nullable().optional(),
});

const KNOWN_FIELDS = Object.keys(fields);

export function presentIndicator(row: IndicatorRow, unitIds: readonly string[], actor: Actor | null): z.infer<typeof indicatorResponse> {
  const data = (row.data ?? {}) as Record<string, unknown>;
  const known = Object.fromEntries(Object.entries(data).filter(([key]) => KNOWN_FIELDS.includes(key)));
  return {
    ...known, id: row.id, code: row.code, nodeCode: row.nodeCode, name: row.name, version: row.version,
    abilities: abilitiesFor(actor, { entityId: row.entityId, unitIds }).filter((action) => /^(indicator|value)\./.test(action)),
  } as z.infer<typeof indicatorResponse>;
}
