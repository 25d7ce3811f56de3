/**
 * The card policy: the part of a body's SMVP that governs individual evaluation. Component weights
 * per role, the behaviour dictionaries and their rating scale, tolerance, rounding, what a missing
 * result does, the complexity coefficient's range, and the bonus fund's bands.
 */
import { z } from 'zod';
import { cardComponentSchema, cardRoleSchema } from './card.schema.js';

const bilingual = z.strictObject({ it: z.string().min(1).max(500), en: z.string().min(1).max(500) });

export const ratingScaleSchema = z.strictObject({
  min: z.number().nonnegative().default(1),
  max: z.number().positive().default(5),
  conversion: z.enum(['proportional', 'linear']).default('proportional')
    .describe('proportional: rating / max × 100; linear: (rating − min) / (max − min) × 100'),
}).refine((scale) => scale.max > scale.min, { message: 'max must be greater than min', path: ['max'] });

export const behaviourDefinitionSchema = z.strictObject({
  code: z.string().min(1).max(80),
  label: bilingual,
  weight: z.number().nonnegative().max(100).optional(),
});

export const toleranceSchema = z.strictObject({
  threshold: z.number().min(0).max(100).describe('Achievements at or above it count as 100'),
  appliesTo: z.enum(['objectives', 'final']).default('objectives')
    .describe("objectives: each card objective's achievement; final: the card's final score"),
});

export const roundingSchema = z.strictObject({
  decimals: z.number().int().min(0).max(6).default(2),
  mode: z.enum(['half_up', 'truncate']).default('half_up'),
});

export const fundBandSchema = z.strictObject({
  min: z.number().min(0).max(1000).describe('Lowest score of the band (inclusive)'),
  coefficient: z.number().nonnegative().max(100),
  label: z.string().max(200).optional(),
});

export const fundPolicySchema = z.strictObject({
  bands: z.array(fundBandSchema).min(1).describe('A person takes the band with the highest min not above the score; below every band the share is 0'),
  partTime: z.boolean().default(true).describe('Pro-rate by part-time percentage'),
  absence: z.strictObject({
    workingDays: z.number().positive().max(366).describe('Days of the year the share is reckoned on'),
    franchiseDays: z.number().nonnegative().max(366).default(0).describe('Absence days that do not reduce the share'),
  }).optional().describe('Pro-rate by days of presence; absent means absences do not reduce the share'),
  useComplexity: z.boolean().default(false).describe("Multiply by the person's complexity coefficient"),
  scoreBasis: z.enum(['raw', 'adjusted']).default('adjusted').describe('Which card score feeds the bands'),
}).superRefine((policy, context) => {
  const sorted = [...policy.bands].sort((a, b) => a.min - b.min);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const band = sorted[i];
    if (previous === undefined || band === undefined) continue;
    if (band.min === previous.min) {
      context.addIssue({ code: 'custom', message: `two bands start at ${band.min}`, path: ['bands'] });
    } else if (band.coefficient < previous.coefficient) {
      context.addIssue({ code: 'custom', message: `the band from ${band.min} has a lower coefficient than the band below it`, path: ['bands'] });
    }
  }
});

export const complexityPolicySchema = z.strictObject({
  coefficientMin: z.number().positive().max(10).default(1),
  coefficientMax: z.number().positive().max(10).default(1.3),
}).refine((range) => range.coefficientMax >= range.coefficientMin, {
  message: 'coefficientMax must not be below coefficientMin', path: ['coefficientMax'],
});

export const cardPolicySchema = z.strictObject({
  componentWeights: z.partialRecord(cardRoleSchema, z.array(cardComponentSchema)).default({})
    .describe("Component weights per role, used when a card gives none"),
  behaviours: z.partialRecord(cardRoleSchema, z.array(behaviourDefinitionSchema)).default({})
    .describe('Behaviour dictionary per role'),
  ratingScale: ratingScaleSchema.default({ min: 1, max: 5, conversion: 'proportional' }),
  tolerance: toleranceSchema.optional().describe('Absent: no tolerance, adjusted equals raw'),
  rounding: roundingSchema.default({ decimals: 2, mode: 'half_up' }),
  missing: z.enum(['block', 'exclude', 'zero']).default('block')
    .describe('A linked result without data: block the card, exclude it (weights re-normalised) or count it as 0'),
  weightTolerance: z.number().min(0).max(1).default(0.01)
    .describe('Weight sums this close to 100 are a warning, not an error'),
  appealDays: z.number().int().min(0).max(365).default(15)
    .describe('Days after the acknowledgement of the final evaluation within which an appeal may be filed (new cards)'),
  complexity: complexityPolicySchema.default({ coefficientMin: 1, coefficientMax: 1.3 }),
  fund: fundPolicySchema.optional(),
});

export type RatingScale = z.infer<typeof ratingScaleSchema>;
export type BehaviourDefinition = z.infer<typeof behaviourDefinitionSchema>;
export type Tolerance = z.infer<typeof toleranceSchema>;
export type Rounding = z.infer<typeof roundingSchema>;
export type FundBand = z.infer<typeof fundBandSchema>;
export type FundPolicy = z.infer<typeof fundPolicySchema>;
export type FundPolicyInput = z.input<typeof fundPolicySchema>;
export type ComplexityPolicy = z.infer<typeof complexityPolicySchema>;
export type CardPolicy = z.infer<typeof cardPolicySchema>;
export type CardPolicyInput = z.input<typeof cardPolicySchema>;
