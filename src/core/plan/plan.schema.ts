/**
 * The plan model: the canonical shape of a body's performance plan, as a zod schema.
 * It is the one source of truth for the plan file (JSON/YAML), the TypeScript types the engine
 * works on, and the generated JSON Schema (schema/plan.schema.json).
 *
 * Conventions: codes are strings unique within their kind in the plan; every reference between
 * items is by code; numbers are plain JSON numbers (Italian formatting is a presentation matter);
 * dates are ISO `YYYY-MM-DD`. Targets are written in the target language (see target.ts), formulas
 * in the canonical formula language (see formula.ts).
 */
import { z } from 'zod';
import { evaluationCardSchema } from '../evaluation/card.schema.js';

export const PLAN_FORMAT = 'traguardo.plan/v1';

const code = z.string().min(1).max(80).describe('Code, unique within its kind in the plan');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').describe('ISO date');
const year = z.number().int().min(1990).max(2100);
const yearKey = z.string().regex(/^\d{4}$/, 'expected a four-digit year');
const text = z.string().max(20_000);

/** An approving act: delibera / determinazione n. X del gg/mm/aaaa. */
export const actSchema = z.strictObject({
  kind: z.enum(['delibera_giunta', 'delibera_consiglio', 'determinazione', 'decreto', 'other']),
  number: z.string().min(1).max(40),
  date: isoDate,
  body: z.string().max(200).optional().describe('Approving body, e.g. Giunta camerale'),
  note: z.string().max(2000).optional(),
});

export const entitySchema = z.strictObject({
  code: code.describe('Entity code, e.g. DEMO or LU'),
  name: z.string().min(1).max(300),
  kind: z.string().max(80).optional().describe('e.g. camera_di_commercio'),
});

/** One level of the performance tree, in top-down order. */
export const levelSchema = z.strictObject({
  key: z.enum(['strategic_area', 'strategic_objective', 'program', 'operational_objective', 'action']),
  label: z.strictObject({ it: z.string().min(1), en: z.string().min(1) }).optional(),
  codeRequired: z.boolean().default(true).describe('false for levels known by name only (Lecce programs)'),
});

export const orgUnitSchema = z.strictObject({
  code,
  name: z.string().min(1).max(300),
  kind: z.enum(['entity', 'area', 'service', 'office', 'staff', 'other']).default('office'),
  parent: code.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
});

const amountPair = z.strictObject({ planned: z.number().optional(), actual: z.number().optional() });
export const budgetSchema = z.strictObject({
  revenue: amountPair.optional(),
  costs: amountPair.optional(),
  investments: amountPair.optional(),
});

export const historyEventSchema = z.strictObject({
  year,
  change: z.enum(['introduced', 'modified', 'eliminated']),
  act: actSchema.optional(),
  note: z.string().max(2000).optional(),
});

/**
 * A node: an objective of the strategic tree (section `tree`), an objective of the whole entity set
 * by the Giunta (section `entity`), or an objective assigned to an org unit (section `unit`).
 */
export const nodeSchema = z.strictObject({
  code,
  title: z.string().min(1).max(1000),
  description: text.optional().describe('Rich text (a safe subset of HTML); sanitised on display'),
  section: z.enum(['tree', 'entity', 'unit']).default('tree'),
  level: levelSchema.shape.key.optional().describe('Required for section tree: one of the plan levels'),
  parent: code.optional(),
  weight: z.number().nonnegative().optional().describe('Weight within the parent; equal weights when absent'),
  units: z.strictObject({
    responsible: z.array(code).default([]),
    involved: z.array(code).default([]),
  }).default({ responsible: [], involved: [] }),
  budget: z.record(yearKey, budgetSchema).optional().describe('Budget per year'),
  budgetProgram: z.strictObject({ mission: z.string().max(10), program: z.string().max(10) }).optional()
    .describe('DM 27/03/2013 classification, e.g. mission 032 program 003'),
  links: z.array(code).default([]).describe('Codes of nodes whose scores this node takes when it has no indicators or children of its own'),
  indicatorShare: z.number().min(0).max(100).optional()
    .describe('When a node has both indicators and children: the share (percent) of its own indicators in its score'),
  firstYear: year.optional(),
  history: z.array(historyEventSchema).default([]),
});

export const INDICATOR_TYPES = ['volume', 'efficacy', 'efficiency', 'quality', 'dfp_common', 'pareto_benchmark', 'other'] as const;
export const INDICATOR_UNITS = ['number', 'percent', 'days', 'euro', 'date', 'boolean', 'text'] as const;

export const indicatorSchema = z.strictObject({
  code,
  node: code.describe('Code of the node the indicator hangs off'),
  name: z.string().min(1).max(1000),
  description: text.optional(),
  type: z.enum(INDICATOR_TYPES).optional(),
  formula: z.string().max(4000).optional().describe('Canonical formula; absent for manually scored indicators'),
  formulaProse: z.string().max(4000).optional().describe('The formula as the source document wrote it'),
  unit: z.enum(INDICATOR_UNITS).default('number'),
  polarity: z.enum(['higher', 'lower']).optional().describe('Derived from the target operator when absent'),
  baseline: z.strictObject({
    year: year.optional(),
    value: z.union([z.number(), z.boolean(), isoDate]).optional(),
    text: z.string().max(500).optional().describe('The baseline as the source wrote it'),
  }).optional(),
  targets: z.record(yearKey, z.string().max(500)).default({}).describe('Target per plan year, in the target language'),
  weight: z.number().nonnegative().optional().describe('Weight within its node; equal weights when absent'),
  source: z.string().max(500).optional(),
  periodicity: z.enum(['annual', 'semester', 'four_monthly', 'quarterly', 'monthly']).optional(),
  scoringRule: z.string().max(80).optional().describe('Override of the policy rule for this indicator'),
  parameters: z.record(z.string().min(1).max(40), z.record(yearKey, z.number())).optional()
    .describe('Per-year parameters used by the formula or target, e.g. { "N": { "2026": 5 } }'),
  firstYear: year.optional(),
  notes: z.string().max(4000).optional(),
});

export const measureSchema = z.strictObject({
  code,
  name: z.string().min(1).max(500),
  description: text.optional(),
  unit: z.enum(INDICATOR_UNITS).default('number'),
  source: z.string().max(500).optional(),
  periodicity: indicatorSchema.shape.periodicity,
});

/** A monitoring period of a year. The final period closes the year. */
export const periodSchema = z.strictObject({
  code: code.describe('e.g. 2026-1 for the first four-monthly period of 2026'),
  year,
  end: isoDate,
  final: z.boolean().default(false),
  expectedProgress: z.number().min(0).max(100).optional()
    .describe('Share of the yearly target expected by the end of the period; defaults to the share of the year elapsed'),
});

export const VALUE_STATES = ['draft', 'submitted', 'validated', 'rejected'] as const;

/** A measured value of a measure for a year (the final value) or for a monitoring period. */
export const measureValueSchema = z.strictObject({
  measure: code,
  year,
  period: code.optional().describe('Monitoring period code; absent means the final value of the year'),
  value: z.union([z.number(), z.boolean(), isoDate]),
  state: z.enum(VALUE_STATES).default('validated'),
  enteredBy: z.string().max(200).optional(),
  enteredAt: z.string().max(40).optional().describe('ISO timestamp'),
  source: z.string().max(500).optional(),
  evidence: z.string().max(2000).optional(),
  note: z.string().max(4000).optional(),
});

const scoredItemRef = z.strictObject({ kind: z.enum(['indicator', 'node']), code });

export const suspensionSchema = z.strictObject({
  target: scoredItemRef,
  year,
  reason: z.string().min(1).max(4000),
  act: actSchema.optional(),
});

export const manualAchievementSchema = z.strictObject({
  target: scoredItemRef,
  year,
  period: code.optional(),
  achievement: z.number().min(0).max(1000).describe('Percent, 0–100 or more when over-achievement is allowed'),
  justification: z.string().min(1).max(4000),
  by: z.string().max(200).optional(),
  at: z.string().max(40).optional(),
});

export const planSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  entity: entitySchema,
  plan: z.strictObject({
    code: code.optional(),
    title: z.string().min(1).max(500),
    firstYear: year,
    lastYear: year,
    levels: z.array(levelSchema).min(1).max(6),
    approvedBy: actSchema.optional(),
  }),
  orgUnits: z.array(orgUnitSchema).default([]),
  nodes: z.array(nodeSchema).default([]),
  indicators: z.array(indicatorSchema).default([]),
  measures: z.array(measureSchema).default([]),
  periods: z.array(periodSchema).default([]),
  values: z.array(measureValueSchema).default([]),
  suspensions: z.array(suspensionSchema).default([]),
  manualAchievements: z.array(manualAchievementSchema).default([]),
  cards: z.array(evaluationCardSchema).default([]).describe('Evaluation cards (schede di valutazione), per person × role × year'),
});

export type Act = z.infer<typeof actSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Level = z.infer<typeof levelSchema>;
export type LevelKey = Level['key'];
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type PlanNode = z.infer<typeof nodeSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorUnit = Indicator['unit'];
export type Measure = z.infer<typeof measureSchema>;
export type Period = z.infer<typeof periodSchema>;
export type MeasureValue = z.infer<typeof measureValueSchema>;
export type ValueState = MeasureValue['state'];
export type Suspension = z.infer<typeof suspensionSchema>;
export type ManualAchievement = z.infer<typeof manualAchievementSchema>;
/** A plan as the engine sees it (defaults applied). */
export type Plan = z.infer<typeof planSchema>;
/** A plan as a file may write it (defaults omitted). */
export type PlanInput = z.input<typeof planSchema>;
