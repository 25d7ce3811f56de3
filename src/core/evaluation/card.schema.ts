/**
 * The evaluation card (scheda di valutazione): one per person × role × year. A card links to the
 * plan's indicators and nodes by code (their results are reused, never copied) and adds what only the
 * card has: its objectives' weights, behaviours rated on a scale, and a complexity assessment.
 *
 * This file must not import plan.schema.ts: the plan schema imports it to carry `cards`.
 */
import { z } from 'zod';

const code = z.string().min(1).max(80).describe('Code, unique within its kind in the plan');
const year = z.number().int().min(1990).max(2100);
const weight = z.number().nonnegative().max(100);

export const CARD_ROLES = ['sg', 'dirigente', 'po', 'staff'] as const;
export const CARD_COMPONENT_KEYS = ['entity_performance', 'unit_performance', 'objectives', 'behaviours'] as const;

export const cardRoleSchema = z.enum(CARD_ROLES);

export const cardComponentSchema = z.strictObject({
  key: z.enum(CARD_COMPONENT_KEYS),
  weight: weight.describe('Percent of the final score; the components of a card sum to 100'),
});

/** A link to a plan item: its code alone (equal weights) or its code and a weight within the objective. */
export const cardLinkSchema = z.union([
  code,
  z.strictObject({ code, weight: weight.optional() }),
]);

/**
 * An indicator that exists only on the card and is assessed by a person (no formula, no measures):
 * its achievement is entered with a justification. Indicators computed from data belong in the plan
 * and are linked through `indicators`.
 */
export const cardOwnIndicatorSchema = z.strictObject({
  code,
  name: z.string().min(1).max(1000),
  weight: weight.optional(),
  target: z.string().max(500).optional().describe('The target as written on the card (documentation)'),
  achievement: z.number().min(0).max(1000).optional().describe('Percent; absent until assessed'),
  justification: z.string().max(4000).optional(),
  suspended: z.strictObject({ reason: z.string().min(1).max(4000) }).optional(),
});

export const cardObjectiveSchema = z.strictObject({
  code,
  title: z.string().min(1).max(1000),
  weight: weight.describe('Weight of the objective on the card; the objectives of a card sum to 100'),
  indicators: z.array(cardLinkSchema).default([]).describe('Codes of plan indicators whose achievement is reused'),
  nodes: z.array(cardLinkSchema).default([]).describe('Codes of plan nodes whose score is reused'),
  ownIndicators: z.array(cardOwnIndicatorSchema).default([]),
});

export const cardBehaviourSchema = z.strictObject({
  code,
  label: z.string().min(1).max(500),
  weight: weight.optional().describe('Weight within the behaviours; equal weights when absent'),
  rating: z.number().nonnegative().max(1000).optional().describe("On the policy's rating scale; absent until rated"),
});

/** The four criteria of the complexity coefficient of P.O. and offices, each on the rating scale. */
export const cardComplexitySchema = z.strictObject({
  staff: z.number().nonnegative().max(1000).describe('Number of staff involved, as a rating'),
  innovation: z.number().nonnegative().max(1000),
  relationships: z.number().nonnegative().max(1000),
  effort: z.number().nonnegative().max(1000).describe('Effort / time (onerosità)'),
});

export const evaluationCardSchema = z.strictObject({
  code,
  person: z.strictObject({ code, name: z.string().min(1).max(300) }),
  role: cardRoleSchema,
  roleLabel: z.string().max(300).optional().describe('e.g. "Dir. Area 1 - Dirigente (ad interim)"'),
  orgUnit: code.optional().describe('Org unit the role is about (the area of an acting manager)'),
  year,
  evaluator: z.strictObject({ code, name: z.string().max(300).optional() }).optional(),
  components: z.array(cardComponentSchema).default([])
    .describe("Component weights; empty means the card policy's weights for the role"),
  objectives: z.array(cardObjectiveSchema).default([]),
  behaviours: z.array(cardBehaviourSchema).default([]),
  complexity: cardComplexitySchema.optional(),
});

export type CardRole = z.infer<typeof cardRoleSchema>;
export type CardComponentKey = (typeof CARD_COMPONENT_KEYS)[number];
export type CardComponent = z.infer<typeof cardComponentSchema>;
export type CardLink = z.infer<typeof cardLinkSchema>;
export type CardOwnIndicator = z.infer<typeof cardOwnIndicatorSchema>;
export type CardObjective = z.infer<typeof cardObjectiveSchema>;
export type CardBehaviour = z.infer<typeof cardBehaviourSchema>;
export type CardComplexity = z.infer<typeof cardComplexitySchema>;
/** A card as the engine sees it (defaults applied). */
export type EvaluationCard = z.infer<typeof evaluationCardSchema>;
/** A card as a file may write it. */
export type EvaluationCardInput = z.input<typeof evaluationCardSchema>;

/** A link's code and given weight, whichever form it was written in. */
export function linkParts(link: CardLink): { code: string; weight: number | undefined } {
  return typeof link === 'string' ? { code: link, weight: undefined } : { code: link.code, weight: link.weight };
}
