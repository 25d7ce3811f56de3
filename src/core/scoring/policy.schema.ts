/**
 * The scoring policy: what a body's SMVP (Sistema di Misurazione e Valutazione della Performance)
 * decides about scores, per entity and year, versioned (DOMAIN.md §6). Every setting has the default
 * written in DOMAIN.md; `schema/policy.schema.json` is generated from this schema, so every field is
 * described. Documented with examples in docs/scoring.md.
 */
import { z } from 'zod';
import { actSchema, levelSchema, nodeSchema } from '../plan/plan.schema.js';

export const POLICY_FORMAT = 'traguardo.policy/v1';

const label = z.strictObject({ it: z.string().min(1), en: z.string().min(1) }).describe('Bilingual label');
const percentValue = z.number().min(0).max(1000);

export const atLeastRuleSchema = z.enum(['ratio', 'linear_baseline'])
  .describe('`>= T` with T > 0: ratio = actual / T (capped); linear_baseline = 0 at the baseline, 100 at the target');
export const atMostRuleSchema = z.enum(['inverse_ratio', 'linear_decrease', 'linear_baseline'])
  .describe('`<= T` with T > 0: inverse_ratio = 100 if actual <= T, else T / actual; linear_decrease = 100 at T falling to 0 at T + zeroAt% of T; linear_baseline = 0 at the baseline, 100 at the target');

const rulesSchema = z.strictObject({
  atLeast: atLeastRuleSchema.default('ratio'),
  atMost: atMostRuleSchema.default('inverse_ratio'),
  linearDecreaseZeroAt: z.number().positive().max(1000).default(100)
    .describe('For linear_decrease: how far above the target, in percent of the target, the achievement reaches 0 (100 = at twice the target)'),
  nonPositiveTarget: z.strictObject({
    mode: z.enum(['binary', 'tolerance_band']).default('binary')
      .describe('binary = 100 if the comparison holds, else 0; tolerance_band = linear from 100 at the target to 0 at `band` units away'),
    band: z.number().positive().optional().describe('Width of the tolerance band, in the unit of the target (required for tolerance_band)'),
  }).refine((rule) => rule.mode === 'binary' || rule.band !== undefined, { message: 'tolerance_band needs a band', path: ['band'] })
    .prefault({}).describe('Targets T <= 0 (and `= T`), where ratios make no sense'),
  growth: z.enum(['literal', 'level']).default('literal')
    .describe('`>= +g%`: literal = achieved growth / target growth; level = actual / (previous × (1 + g)). Example: previous 581, +15%, actual 640 → literal 67,7, level 95,8'),
  deadline: z.strictObject({
    mode: z.enum(['binary', 'reduction']).default('binary').describe('binary = 100 if done by the deadline, else 0; reduction = minus `reduction` points per day or month late'),
    reduction: z.number().positive().max(100).default(10).describe('Points lost per unit late (reduction mode)'),
    per: z.enum(['day', 'month']).default('month').describe('Unit of lateness: days, or months started after the deadline'),
  }).prefault({}),
  boolean: z.enum(['binary']).default('binary').describe('SI/NO targets: 100 when the answer is the expected one, else 0'),
  range: z.enum(['binary', 'graded']).default('graded')
    .describe('Inside the range 100; outside: binary = 0, graded = ratio to the nearest bound (below: actual / min; above: max / actual)'),
}).describe('Achievement rule per target kind');

const bandSchema = z.strictObject({
  key: z.string().min(1).max(40),
  min: z.number().min(0).max(1000).describe('Lowest score (inclusive) of the band'),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/).describe('Colour, #rrggbb'),
  icon: z.string().min(1).max(40).describe('Icon name (Bootstrap Italia set); colour alone is not accessible'),
  symbol: z.string().min(1).max(4).describe('A text symbol for plain-text outputs, e.g. ✔'),
  label,
});
export type StatusBandDefinition = z.infer<typeof bandSchema>;

const finalBands: StatusBandDefinition[] = [
  { key: 'raggiunto', min: 100, colour: '#008055', icon: 'it-check-circle', symbol: '✔', label: { it: 'Raggiunto', en: 'Achieved' } },
  { key: 'parzialmente_raggiunto', min: 50, colour: '#995c00', icon: 'it-warning-circle', symbol: '◐', label: { it: 'Parzialmente raggiunto', en: 'Partially achieved' } },
  { key: 'non_raggiunto', min: 0, colour: '#cc334d', icon: 'it-close-circle', symbol: '✘', label: { it: 'Non raggiunto', en: 'Not achieved' } },
];
const interimBands: StatusBandDefinition[] = [
  { key: 'in_linea', min: 90, colour: '#008055', icon: 'it-check-circle', symbol: '✔', label: { it: 'In linea', en: 'On track' } },
  { key: 'a_rischio', min: 0, colour: '#cc334d', icon: 'it-warning', symbol: '!', label: { it: 'A rischio', en: 'At risk' } },
];

const bandsListSchema = z.array(bandSchema).min(1).max(10)
  .refine((bands) => bands.some((band) => band.min === 0), 'one band must start at 0');

const scoreChoice = z.enum(['raw', 'adjusted']);
const outputsSchema = z.strictObject({
  indicators: scoreChoice.default('raw'),
  nodes: scoreChoice.default('raw'),
  units: scoreChoice.default('raw'),
  entity: scoreChoice.default('raw'),
  cards: scoreChoice.default('raw'),
}).describe('Which score each output publishes: raw, or adjusted by the tolerance (the documents publish raw scores)');

const componentSourceSchema = z.union([
  z.literal('units').describe('The scores of the org units'),
  z.strictObject({
    section: nodeSchema.shape.section.unwrap(),
    level: levelSchema.shape.key.optional().describe('Only nodes of this level; the top nodes of the section when absent'),
  }).describe('Nodes of a plan section'),
  z.strictObject({ nodes: z.array(z.string().min(1)).min(1) }).describe('Named nodes'),
]);

export const entityComponentSchema = z.strictObject({
  key: z.string().min(1).max(60).describe('Component key, e.g. entity_objectives'),
  label: label.optional(),
  source: componentSourceSchema,
  weight: z.number().nonnegative().optional().describe('Weight of the component; equal weights when absent'),
});
export type EntityComponent = z.infer<typeof entityComponentSchema>;

const defaultComponents: EntityComponent[] = [
  { key: 'entity_objectives', label: { it: "Obiettivi di ente", en: 'Entity objectives' }, source: { section: 'entity' }, weight: 50 },
  { key: 'units', label: { it: 'Unità organizzative', en: 'Organisational units' }, source: 'units', weight: 50 },
];

export const scoringPolicySchema = z.strictObject({
  format: z.literal(POLICY_FORMAT).default(POLICY_FORMAT),
  meta: z.strictObject({
    entity: z.string().min(1).max(80).describe('Entity code the policy belongs to'),
    year: z.number().int().min(1990).max(2100).describe('Year the policy applies to'),
    revision: z.number().int().min(1).default(1).describe('Revision number; every change is a new revision'),
    title: z.string().max(300).optional(),
    approvedBy: actSchema.optional().describe('Act approving the SMVP or this policy'),
    notes: z.string().max(4000).optional(),
  }),
  cap: z.number().min(100).max(1000).default(100).describe('Highest achievement of an indicator (100; e.g. 120 allows over-achievement)'),
  rules: rulesSchema.prefault({}),
  tolerance: z.strictObject({
    threshold: percentValue.nullable().default(null).describe('Scores at or above this count as 100 in the adjusted score (e.g. 90); null = no tolerance'),
    appliesTo: z.array(z.enum(['indicator', 'node', 'unit', 'entity'])).default(['indicator', 'node'])
      .describe('Levels where the adjusted score is raised to 100 when at or above the threshold'),
  }).prefault({}),
  outputs: outputsSchema.prefault({}),
  missingData: z.enum(['zero', 'exclude', 'block']).default('block')
    .describe('A value missing when scoring: zero = counts 0; exclude = left out and weights re-normalised; block = the parents cannot be scored until it arrives'),
  acceptedValueStates: z.array(z.enum(['draft', 'submitted', 'validated'])).min(1).default(['submitted', 'validated'])
    .describe('States of a measured value that scoring uses (rejected values never count)'),
  suspended: z.enum(['exclude']).default('exclude')
    .describe('Suspended indicators and objectives are left out and the remaining weights re-normalised'),
  rollup: z.strictObject({
    mixedNodes: z.enum(['own_indicators', 'pooled', 'share']).default('own_indicators')
      .describe('A node with both indicators and children: own_indicators = its indicators only; pooled = one weighted mean of both; share = `indicatorShare`% indicators, the rest children (a node\'s indicatorShare also selects share)'),
    indicatorShare: z.number().min(0).max(100).default(50).describe('Share of a node\'s own indicators in share mode, unless the node sets it'),
  }).prefault({})
    .describe('Roll-up: a node scores the weighted mean of its indicators and/or children (equal weights when none are given)'),
  units: z.strictObject({
    sections: z.array(nodeSchema.shape.section.unwrap()).min(1).default(['tree', 'entity', 'unit'])
      .describe('Sections whose objectives count for the unit responsible for them'),
    levels: z.array(levelSchema.shape.key).default([]).describe('Tree levels that count; all when empty'),
    includeSubunits: z.boolean().default(false).describe('A unit also scores the objectives of the units below it'),
  }).prefault({})
    .describe('Unit performance: the mean of the objectives assigned to the unit (units.responsible)'),
  entity: z.strictObject({
    mode: z.enum(['weighted', 'pooled']).default('weighted')
      .describe('weighted = weighted mean of the components\' scores; pooled = one mean of all the components\' items'),
    components: z.array(entityComponentSchema).min(1).default(defaultComponents),
  }).prefault({})
    .describe('Organisational performance of the entity as a composition of named components'),
  rounding: z.strictObject({
    decimals: z.number().int().min(0).max(6).default(2),
    mode: z.enum(['half_up', 'truncate']).default('half_up'),
  }).prefault({}).describe('Rounding of displayed and published figures (computation is exact)'),
  bands: z.strictObject({
    final: bandsListSchema.default(finalBands).describe('Bands of final scores, by lowest score'),
    interim: bandsListSchema.default(interimBands).describe('Bands during the year, against expected progress'),
  }).prefault({}),
  interim: z.strictObject({
    cumulativeUnits: z.array(z.enum(['number', 'percent', 'days', 'euro'])).default(['number', 'euro'])
      .describe('Target units that accumulate during the year: their targets are scaled by the expected progress; other targets must be met already'),
  }).prefault({}),
}).describe('Scoring policy of an entity for a year (the SMVP as settings)');

export type ScoringPolicy = z.infer<typeof scoringPolicySchema>;
export type ScoringPolicyInput = z.input<typeof scoringPolicySchema>;
export type ScoringRules = ScoringPolicy['rules'];
export type ScoreChoice = z.infer<typeof scoreChoice>;

/** The default policy of DOMAIN.md §6 for an entity and year. */
export function defaultScoringPolicy(entityCode: string, year: number): ScoringPolicy {
  return scoringPolicySchema.parse({ meta: { entity: entityCode, year } });
}
