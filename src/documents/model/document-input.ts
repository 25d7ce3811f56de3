/**
 * What a document is built from, and the lookups every section needs. The input is data only: the
 * plan, the engine's results (`scorePlan`), the policy they were computed with, optionally the
 * evaluation cards with their results, the narrative (user text per section) and the language.
 */
import type { CardPolicy } from '../../core/evaluation/card-policy.schema.js';
import type { CardResult } from '../../core/evaluation/card-scoring.js';
import type { EvaluationCard } from '../../core/evaluation/card.schema.js';
import { buildPlanIndex, naturalCodeCompare, type PlanIndex } from '../../core/plan/plan-index.js';
import type { Act, Indicator, LevelKey, Plan, PlanNode } from '../../core/plan/plan.schema.js';
import type { ScoringPolicy } from '../../core/scoring/policy.schema.js';
import type { ScoredIndicator, ScoredNode, ScoredPlan, ScoredUnit } from '../../core/scoring/scored-plan.js';
import type { NarrativeRecord } from '../drafting/narrative.js';
import type { DocumentLocale } from './document-model.js';

/** Staff of the entity by category and sex (the Piano's staff table and gender section). */
export interface StaffRow { category: string; women: number; men: number }

/** Facts about the entity the plan file does not hold; each section appears only when given. */
export interface EntityProfile {
  /** Rich text: mission and main activities. */
  mission?: string;
  staff?: StaffRow[];
  /** Year the staff figures refer to (e.g. 31/12 of the year before the plan). */
  staffYear?: number;
}

/** An approved mid-year revision (rimodulazione) of the plan year. */
export interface PlanRevision {
  number: number;
  year: number;
  reason: string;
  act?: Act;
  /** The plan's objectives and indicators before the revision. */
  original: Pick<Plan, 'nodes' | 'indicators'>;
  /** …and after it; default: the plan the document is built from. */
  revised?: Pick<Plan, 'nodes' | 'indicators'>;
}

export interface DocumentInput {
  plan: Plan;
  scored: ScoredPlan;
  policy: ScoringPolicy;
  /** Evaluation cards; default: the plan's cards of the scored year. */
  cards?: EvaluationCard[];
  /** Results of the cards (scoreCard), by card code order; needed for the managers' results. */
  cardResults?: CardResult[];
  /** Rounding of card scores; default: the scoring policy's. */
  cardPolicy?: CardPolicy;
  narrative?: NarrativeRecord[];
  profile?: EntityProfile;
  /** Approved revisions of the year, oldest first: the Relazione compares original and revised targets. */
  revisions?: PlanRevision[];
  locale: DocumentLocale;
}

export interface DocumentContext {
  input: DocumentInput;
  plan: Plan;
  scored: ScoredPlan;
  policy: ScoringPolicy;
  locale: DocumentLocale;
  year: number;
  index: PlanIndex;
  cards: EvaluationCard[];
  cardResults: Map<string, CardResult>;
  scoredIndicators: Map<string, ScoredIndicator>;
  scoredNodes: Map<string, ScoredNode>;
  scoredUnits: Map<string, ScoredUnit>;
  /** Tree nodes without a parent, in natural code order. */
  roots: PlanNode[];
  /** The tree's nodes depth-first, children in natural code order. */
  treeNodes: PlanNode[];
  /** Tree nodes of a level, depth-first in natural code order. */
  nodesOfLevel(level: LevelKey): PlanNode[];
  /** A node's children, in natural code order. */
  childrenOf(code: string): PlanNode[];
  indicatorsOf(code: string): Indicator[];
  /** Depth of a node in the tree (0 = root). */
  depthOf(code: string): number;
  unitName(code: string): string;
}

function firstByCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.code)) map.set(item.code, item);
  return map;
}

function depthFirst(roots: PlanNode[], childrenOf: (code: string) => PlanNode[]): PlanNode[] {
  const out: PlanNode[] = [];
  const seen = new Set<string>();
  const visit = (node: PlanNode): void => {
    if (seen.has(node.code)) return;
    seen.add(node.code);
    out.push(node);
    for (const child of childrenOf(node.code)) if (child.section === 'tree') visit(child);
  };
  for (const root of roots) visit(root);
  return out;
}

export function buildDocumentContext(input: DocumentInput): DocumentContext {
  const { plan, scored } = input;
  const index = buildPlanIndex(plan);
  const childrenOf = (code: string) => index.childrenOf(code).map((entry) => entry.item);
  const roots = plan.nodes.filter((node) => node.section === 'tree' && (node.parent === undefined || !index.nodes.has(node.parent)))
    .sort((a, b) => naturalCodeCompare(a.code, b.code));
  const ordered = depthFirst(roots, childrenOf);
  const depth = new Map<string, number>();
  for (const node of ordered) depth.set(node.code, node.parent !== undefined && depth.has(node.parent) ? (depth.get(node.parent) as number) + 1 : 0);
  const cards = input.cards ?? plan.cards.filter((card) => card.year === scored.year);
  return {
    input, plan, scored, policy: input.policy, locale: input.locale, year: scored.year, index, cards,
    cardResults: new Map((input.cardResults ?? []).map((result) => [result.card.code, result])),
    scoredIndicators: firstByCode(scored.indicators),
    scoredNodes: firstByCode(scored.nodes),
    scoredUnits: firstByCode(scored.units),
    roots,
    treeNodes: ordered,
    nodesOfLevel: (level) => ordered.filter((node) => node.level === level),
    childrenOf,
    indicatorsOf: (code) => index.indicatorsOf(code).map((entry) => entry.item),
    depthOf: (code) => depth.get(code) ?? 0,
    unitName: (code) => index.orgUnits.get(code)?.item.name ?? code,
  };
}
