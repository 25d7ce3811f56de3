/** One measure with the indicators that use it, and the PATCH body of a measure. */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import { measureSchema } from '../../../core/plan/plan.schema.js';
import type { MeasureRow } from '../../services/measure.js';
import type { MeasureUseDetail } from '../../services/measure-update.js';
import { abilities, codeParam, version } from '../common.schema.js';
import { measureResponse, presentMeasure } from '../plans/measure.routes.js';

export const measureParams = z.strictObject({ entityCode: codeParam, planCode: codeParam, measureCode: codeParam });

export const measureUse = z.object({
  indicator: z.string().describe('Indicator code'),
  name: z.string(),
  nodeCode: z.string(),
  by: z.enum(['code', 'name']).describe('How the formula names the measure; renaming breaks uses by name'),
});

export const measureDetail = measureResponse.extend({
  usedBy: z.array(measureUse),
  abilities: abilities.describe('plan.update allows changing the measure'),
}).meta({ id: 'MeasureDetail' });

const shape = measureSchema.shape;
export const measurePatchBody = z.strictObject({
  version,
  name: shape.name.optional(),
  description: shape.description.unwrap().nullable().optional(),
  unit: shape.unit.unwrap().optional(),
  source: shape.source.unwrap().nullable().optional(),
  periodicity: shape.periodicity.unwrap().nullable().optional(),
});

export function presentMeasureDetail(row: MeasureRow, usedBy: MeasureUseDetail[], actor: Actor | null): z.infer<typeof measureDetail> {
  return {
    ...presentMeasure(row),
    usedBy: usedBy.map((use) => ({ indicator: use.indicator, name: use.name, nodeCode: use.nodeCode, by: use.by })),
    abilities: abilitiesFor(actor, { entityId: row.entityId }).filter((action) => action === 'measure.read' || action === 'plan.update'),
  };
}
