/**
 * GET …/plans/:planCode/scores and …/lint: query, response, presenters. The engine's ScoredPlan is
 * presented item by item (indicators, nodes, units, the entity) with the achievement raw, adjusted and
 * rounded, the state, the status band and the explanation; internal records never leak.
 */
import { z } from 'zod';
import type { LintFinding } from '../../../core/lint/lint-plan.js';
import type { Plan } from '../../../core/plan/plan.schema.js';
import { buildExplanation, type Explanation, type ExplanationSubject } from '../../../core/scoring/explanation.js';
import type { ScoredCommon, ScoredIndicator, ScoredNode, ScoredPlan, ScoredUnit } from '../../../core/scoring/scored-plan.js';
import { codeParam, listOf } from '../common.schema.js';
import { explanationSchema, itemStateSchema, scoreMessageSchema, statusBandSchema } from './explanation.schema.js';

export const EXPLAIN_DEPTH = { none: -1, direct: 1, full: Number.POSITIVE_INFINITY } as const;

export const scoresQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).describe('Plan year to score'),
  period: codeParam.optional()
    .describe('Monitoring period of that year (interim bands before the final period); `current` = the latest period ended by today, or the year end once the year is over'),
  include: z.string().regex(/^(nodes|indicators|units)(,(nodes|indicators|units))*$/).optional()
    .describe('Comma-separated lists to return (nodes, indicators, units); all when absent. The entity is always returned'),
  explain: z.enum(['none', 'direct', 'full']).default('direct')
    .describe('Explanations per item: none; direct = the item and its direct members (default); full = the whole tree below each item'),
});

export const explanationQuery = z.strictObject({
  year: scoresQuery.shape.year,
  period: scoresQuery.shape.period,
  kind: z.enum(['indicator', 'node', 'unit', 'entity']),
  code: codeParam.optional().describe('Code of the indicator, node or unit (not for the entity)'),
  depth: z.coerce.number().int().min(0).max(50).optional().describe('Levels of members explained below the item (all when absent)'),
});

export const lintQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('Year whose scoring policy the rule checks read (default: the plan\'s first year)'),
});

const scoreFields = {
  code: z.string(),
  state: itemStateSchema,
  achievement: z.object({ raw: z.number(), adjusted: z.number() }).nullable().describe('Unrounded, before and after the tolerance'),
  score: z.number().nullable().describe('The output the policy publishes (raw or adjusted), unrounded'),
  rounded: z.number().nullable().describe('The published figure, rounded as the policy says'),
  band: statusBandSchema.nullable(),
  toleranceApplied: z.boolean(),
  exclusionReason: z.object({ it: z.string(), en: z.string() }).nullable().describe('Why the item is left out (suspended, missing, no target)'),
  messages: z.array(scoreMessageSchema),
  explanation: explanationSchema.optional(),
};

export const indicatorScore = z.object({
  ...scoreFields,
  name: z.string(),
  nodeCode: z.string(),
  value: z.union([z.number(), z.boolean(), z.string()]).nullable().describe('The formula\'s value for the year or period'),
  target: z.string().nullable().describe('The target text of the year'),
  rule: z.string().nullable(),
  met: z.boolean().nullable(),
}).meta({ id: 'IndicatorScore' });

export const nodeScore = z.object({
  ...scoreFields,
  title: z.string(),
  section: z.string(),
  level: z.string().nullable(),
  parentCode: z.string().nullable(),
  weight: z.number().nullable().describe('Weight within the parent as the plan gives it'),
  units: z.object({ responsible: z.array(z.string()), involved: z.array(z.string()) }).describe('Org units responsible and involved, by code'),
  basis: z.string(),
}).meta({ id: 'NodeScore' });

export const unitScore = z.object({ ...scoreFields, name: z.string() }).meta({ id: 'UnitScore' });
export const entityScore = z.object({ ...scoreFields, name: z.string() }).meta({ id: 'EntityScore' });

export const scoresResponse = z.object({
  planCode: z.string(),
  year: z.number().int(),
  period: z.string().nullable(),
  interim: z.boolean().describe('True for a monitoring period before the year\'s end (bands in linea / a rischio)'),
  expectedProgress: z.number().nullable(),
  periods: z.array(z.object({ code: z.string(), end: z.string(), final: z.boolean() })).describe('The monitoring periods of the year, by end date'),
  policy: z.object({
    revision: z.number().int(),
    cap: z.number(),
    toleranceThreshold: z.number().nullable(),
    outputs: z.record(z.string(), z.enum(['raw', 'adjusted'])),
    rounding: z.object({ decimals: z.number().int(), mode: z.enum(['half_up', 'truncate']) }),
  }),
  entity: entityScore,
  nodes: z.array(nodeScore),
  indicators: z.array(indicatorScore),
  units: z.array(unitScore),
}).meta({ id: 'PlanScores' });

export const lintFinding = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  location: z.object({ kind: z.string(), code: z.string().optional(), path: z.string() }),
  message: z.object({ it: z.string(), en: z.string() }),
}).meta({ id: 'LintFinding' });

export const lintResponse = listOf(lintFinding);

type Explain = keyof typeof EXPLAIN_DEPTH;
type ScoreOut = Omit<z.infer<typeof indicatorScore>, 'name' | 'nodeCode' | 'value' | 'target' | 'rule' | 'met'>;

function commonOf(item: ScoredCommon & { code: string }, explanation: Explanation | null): ScoreOut {
  const out: ScoreOut = {
    code: item.code, state: item.state,
    achievement: item.achievement ? { raw: item.achievement.raw, adjusted: item.achievement.adjusted } : null,
    score: item.score, rounded: item.rounded,
    band: item.band ? { key: item.band.key, label: item.band.label, icon: item.band.icon, colour: item.band.colour, symbol: item.band.symbol } : null,
    toleranceApplied: item.toleranceApplied,
    exclusionReason: item.exclusion ? { it: item.exclusion.reason.it, en: item.exclusion.reason.en } : null,
    messages: item.messages.map((m) => ({ code: m.code, it: m.it, en: m.en })),
  };
  if (explanation) out.explanation = explanation;
  return out;
}

export type ScoreList = 'nodes' | 'indicators' | 'units';

export function includedLists(include: string | undefined): Set<ScoreList> {
  return new Set((include ?? 'nodes,indicators,units').split(',') as ScoreList[]);
}

export function presentScores(planCode: string, plan: Plan, scored: ScoredPlan, explain: Explain, lists: Set<ScoreList> = includedLists(undefined)): z.infer<typeof scoresResponse> {
  const depth = EXPLAIN_DEPTH[explain];
  const explained = (subject: ExplanationSubject) => (depth < 0 ? null : buildExplanation(scored, subject, depth));
  const nodeModel = new Map(plan.nodes.map((node) => [node.code, node]));
  const presentNode = (node: ScoredNode) => {
    const model = nodeModel.get(node.code);
    return {
      ...commonOf(node, explained({ kind: 'node', code: node.code })),
      title: node.title, section: node.section, level: node.level ?? null, parentCode: model?.parent ?? null,
      weight: model?.weight ?? null, units: { responsible: model?.units.responsible ?? [], involved: model?.units.involved ?? [] }, basis: node.basis,
    };
  };
  const presentIndicator = (indicator: ScoredIndicator) => ({
    ...commonOf(indicator, explained({ kind: 'indicator', code: indicator.code })),
    name: indicator.name, nodeCode: indicator.node, value: indicator.value, target: indicator.target?.text ?? null,
    rule: indicator.rule, met: indicator.met,
  });
  const presentUnit = (unit: ScoredUnit) => ({ ...commonOf(unit, explained({ kind: 'unit', code: unit.code })), name: unit.name });
  return {
    planCode,
    year: scored.year, period: scored.period, interim: scored.interim, expectedProgress: scored.expectedProgress,
    periods: plan.periods.filter((p) => p.year === scored.year).sort((a, b) => a.end.localeCompare(b.end))
      .map((p) => ({ code: p.code, end: p.end, final: p.final })),
    policy: {
      revision: scored.policy.revision, cap: scored.policy.cap, toleranceThreshold: scored.policy.toleranceThreshold,
      outputs: { ...scored.policy.outputs }, rounding: { ...scored.policy.rounding },
    },
    entity: { ...commonOf(scored.entity, explained({ kind: 'entity' })), name: scored.entity.name },
    nodes: lists.has('nodes') ? scored.nodes.map(presentNode) : [],
    indicators: lists.has('indicators') ? scored.indicators.map(presentIndicator) : [],
    units: lists.has('units') ? scored.units.map(presentUnit) : [],
  };
}

export function presentLintFinding(finding: LintFinding): z.infer<typeof lintFinding> {
  const location: z.infer<typeof lintFinding>['location'] = { kind: finding.location.kind, path: finding.location.path };
  if (finding.location.code !== undefined) location.code = finding.location.code;
  return { code: finding.code, severity: finding.severity, location, message: { it: finding.message.it, en: finding.message.en } };
}
