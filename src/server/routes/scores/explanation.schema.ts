/** The explanation of a score as the API returns it: a tree, one node per item a score was built from. */
import { z } from 'zod';
import { actSchema } from '../../../core/plan/plan.schema.js';

const bilingual = z.object({ it: z.string(), en: z.string() });
const itemState = z.enum(['scored', 'suspended', 'missing', 'manual', 'no_target', 'error', 'blocked']);
const plainValue = z.union([z.number(), z.boolean(), z.string()]).nullable();

export const statusBandSchema = z.object({
  key: z.string(),
  label: bilingual,
  icon: z.string().describe('Icon name of the Bootstrap Italia set'),
  colour: z.string().describe('#rrggbb'),
  symbol: z.string().describe('Text symbol for plain-text outputs'),
}).meta({ id: 'StatusBand' });

const exclusionSchema = z.object({
  kind: z.string(),
  code: z.string(),
  state: itemState,
  reason: bilingual,
  act: actSchema.optional(),
});

const messageSchema = z.object({ code: z.string(), it: z.string(), en: z.string() });

export const scoreMessageSchema = messageSchema;
export const itemStateSchema = itemState;

export const explanationSchema = z.object({
  kind: z.enum(['indicator', 'node', 'unit', 'component', 'entity']),
  code: z.string(),
  label: z.string(),
  state: itemState,
  value: z.object({
    raw: z.number().nullable(),
    adjusted: z.number().nullable(),
    output: z.enum(['raw', 'adjusted']),
    score: z.number().nullable(),
    rounded: z.number().nullable(),
    decimals: z.number().int(),
  }),
  band: statusBandSchema.nullable(),
  rule: z.string().nullable(),
  basis: z.string().nullable(),
  target: z.object({ text: z.string(), effective: plainValue, met: z.boolean().nullable() }).nullable(),
  formula: z.object({ source: z.string(), value: plainValue }).nullable(),
  reference: z.object({ year: z.number().int(), value: z.number() }).nullable(),
  expectedProgress: z.number().nullable(),
  inputs: z.array(z.object({
    measure: z.string(),
    name: z.string(),
    year: z.number().int(),
    period: z.string().optional(),
    value: plainValue,
    state: z.string().optional(),
    enteredBy: z.string().optional(),
    enteredAt: z.string().optional(),
    source: z.string().optional(),
  })),
  weights: z.array(z.object({
    kind: z.string(), code: z.string(), given: z.number().nullable(), normalised: z.number().nullable(), included: z.boolean(), state: itemState,
  })),
  exclusion: exclusionSchema.nullable(),
  exclusions: z.array(exclusionSchema),
  adjustments: z.object({ cap: z.number().nullable(), tolerance: z.number().nullable() }),
  manual: z.object({ achievement: z.number(), justification: z.string(), by: z.string().optional(), at: z.string().optional() }).nullable(),
  messages: z.array(messageSchema),
  get children(): z.ZodArray<typeof explanationSchema> {
    return z.array(explanationSchema);
  },
}).meta({ id: 'ScoreExplanation' });
