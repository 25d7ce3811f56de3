/**
 * Scores one node of the tree (or an entity or unit objective) from what is already scored below it:
 * its own indicators (scored here, because a `rollup()` indicator reads the children), its children,
 * or — when it has neither — the nodes it links to. A node with both indicators and children follows
 * the policy's mixedNodes setting or its own indicatorShare.
 */
import type { FormulaValue } from '../formula/formula-ast.js';
import { normalizeNumber } from '../numbers/rounding.js';
import { weight as asWeight } from '../numbers/units.js';
import { DotAccumulator } from '../numbers/weighted-mean.js';
import type { Indicator } from '../plan/plan.schema.js';
import type { CompiledPlan } from './compiled-plan.js';
import { scoreIndicator, type RollupSource } from './indicator-scoring.js';
import type { GraphNode } from './plan-graph.js';
import { combineGroup, finishScore, type GroupMember, type GroupOutcome } from './score-group.js';
import type { NodeBasis, ScoredIndicator, ScoredNode } from './scored-plan.js';
import type { ScoringEnv } from './scoring-env.js';
import { scoringMessages } from './scoring-messages.js';

export interface ScoreTables {
  indicators: Array<ScoredIndicator | undefined>;
  nodes: Array<ScoredNode | undefined>;
}

const indicatorMember = (scored: ScoredIndicator, indicator: Indicator): GroupMember =>
  ({ kind: 'indicator', code: scored.code, weight: indicator.weight, state: scored.state, achievement: scored.achievement });
const nodeMember = (scored: ScoredNode, weight: number | undefined): GroupMember =>
  ({ kind: 'node', code: scored.code, weight, state: scored.state, achievement: scored.achievement });

function childMembers(cp: CompiledPlan, graphNode: GraphNode, tables: ScoreTables, list: readonly number[], useWeights: boolean): GroupMember[] {
  return list.map((child) => {
    const scored = tables.nodes[child] as ScoredNode;
    return nodeMember(scored, useWeights ? cp.graph.nodes[child]?.node.weight : undefined);
  });
}

function rollupSourceFor(cp: CompiledPlan, graphNode: GraphNode, tables: ScoreTables): RollupSource {
  let group: GroupOutcome | null = null;
  const children = () => group ?? (group = combineGroup(childMembers(cp, graphNode, tables, graphNode.children, true), cp.policy.missingData));
  return {
    value: (): FormulaValue => {
      if (graphNode.children.length === 0) {
        return { kind: 'error', code: 'no_children', span: { start: 0, end: 0 },
          message: { it: `rollup(): il nodo ${graphNode.node.code} non ha figli`, en: `rollup(): node ${graphNode.node.code} has no children` } };
      }
      const outcome = children();
      // A fraction: `rollup()*100` reads as the documents' "Media ponderata delle azioni*100".
      if (outcome.kind === 'scored') return { kind: 'value', value: outcome.raw / 100 };
      return { kind: 'missing', missing: [] };
    },
    blocked: () => graphNode.children.length > 0 && children().kind === 'blocked',
  };
}

/** Two groups mixed by shares: `share`% the node's own indicators, the rest its children. */
function mixByShare(own: GroupOutcome, children: GroupOutcome, share: number): GroupOutcome {
  if (own.kind === 'blocked' || children.kind === 'blocked') {
    return { kind: 'blocked', contributions: [...own.contributions, ...children.contributions], messages: [...own.messages, ...children.messages] };
  }
  if (own.kind === 'empty') return { ...children, messages: [...children.messages, scoringMessages.fallbackToOther('children')] };
  if (children.kind === 'empty') return { ...own, messages: [...own.messages, scoringMessages.fallbackToOther('indicators')] };
  const scale = (group: typeof own, factor: number) => group.contributions.map((c) =>
    ({ ...c, normalised: c.normalised === null ? null : asWeight(normalizeNumber((c.normalised * factor) / 100)) }));
  const mix = (a: number, b: number) => {
    const sum = new DotAccumulator();
    sum.add(a, share);
    sum.add(b, 100 - share);
    return normalizeNumber(sum.value() / 100);
  };
  return {
    kind: 'scored',
    raw: mix(own.raw, children.raw),
    adjusted: mix(own.adjusted, children.adjusted),
    contributions: [...scale(own, share), ...scale(children, 100 - share)],
    messages: [...own.messages, ...children.messages],
  };
}

function combineNode(cp: CompiledPlan, graphNode: GraphNode, tables: ScoreTables, own: GroupMember[]): { basis: NodeBasis; share: number | null; outcome: GroupOutcome | null } {
  const missing = cp.policy.missingData;
  const hasOwn = own.length > 0;
  const hasChildren = graphNode.children.length > 0;
  const children = () => combineGroup(childMembers(cp, graphNode, tables, graphNode.children, true), missing);
  if (hasOwn && hasChildren) {
    const share = graphNode.node.indicatorShare;
    const mode = share !== undefined ? 'share' : cp.policy.rollup.mixedNodes;
    if (mode === 'pooled') return { basis: 'pooled', share: null, outcome: combineGroup([...own, ...childMembers(cp, graphNode, tables, graphNode.children, true)], missing) };
    if (mode === 'share') {
      const s = share ?? cp.policy.rollup.indicatorShare;
      return { basis: 'share', share: s, outcome: mixByShare(combineGroup(own, missing), children(), s) };
    }
    const ownOutcome = combineGroup(own, missing);
    if (ownOutcome.kind !== 'empty') return { basis: 'indicators', share: null, outcome: ownOutcome };
    const fallback = children();
    return { basis: 'children', share: null, outcome: { ...fallback, messages: [...ownOutcome.messages, ...fallback.messages, scoringMessages.fallbackToOther('children')] } };
  }
  if (hasOwn) return { basis: 'indicators', share: null, outcome: combineGroup(own, missing) };
  if (hasChildren) return { basis: 'children', share: null, outcome: children() };
  if (graphNode.links.length > 0) {
    return { basis: 'links', share: null, outcome: combineGroup(childMembers(cp, graphNode, tables, graphNode.links, false), missing) };
  }
  return { basis: 'none', share: null, outcome: null };
}

function baseNode(graphNode: GraphNode): ScoredNode {
  const { node } = graphNode;
  return {
    kind: 'node', code: node.code, title: node.title, section: node.section, level: node.level,
    state: 'no_target', achievement: null, score: null, rounded: null, band: null, toleranceApplied: false,
    exclusion: null, manual: null, messages: [...graphNode.messages], basis: 'none', indicatorShare: null, contributions: [],
  };
}

/** Scores node `index` (its indicators included) into the tables; children must be scored already. */
export function scoreNode(cp: CompiledPlan, env: ScoringEnv, index: number, tables: ScoreTables): ScoredNode {
  const graphNode = cp.graph.nodes[index] as GraphNode;
  const rollup = rollupSourceFor(cp, graphNode, tables);
  const own: GroupMember[] = [];
  for (const i of graphNode.indicators) {
    const scored = scoreIndicator(cp, env, cp.indicators[i] as (typeof cp.indicators)[number], rollup);
    tables.indicators[i] = scored;
    own.push(indicatorMember(scored, cp.plan.indicators[i] as Indicator));
  }
  const record = baseNode(graphNode);
  tables.nodes[index] = record;
  const suspension = cp.nodeSuspension[index];
  if (suspension) {
    record.state = 'suspended';
    record.exclusion = suspension;
    return record;
  }
  if (graphNode.inCycle) {
    record.state = 'error';
    return record;
  }
  const manual = cp.nodeManual[index];
  if (manual) {
    const value = Math.min(manual.achievement, cp.policy.cap);
    Object.assign(record, finishScore(value, value, 'node', cp.policy, cp.bands), { state: 'manual', manual, basis: 'manual' });
    return record;
  }
  const { basis, share, outcome } = combineNode(cp, graphNode, tables, own);
  record.basis = basis;
  record.indicatorShare = share;
  if (outcome === null) {
    record.messages.push(scoringMessages.noItems());
    record.exclusion = { state: 'no_target', reason: scoringMessages.noItems() };
    return record;
  }
  record.contributions = outcome.contributions;
  record.messages.push(...outcome.messages);
  if (outcome.kind === 'blocked') record.state = 'blocked';
  else if (outcome.kind === 'empty') {
    record.state = outcome.state;
    record.exclusion = { state: outcome.state, reason: scoringMessages.noItems() };
  } else {
    Object.assign(record, finishScore(outcome.raw, outcome.adjusted, 'node', cp.policy, cp.bands), { state: 'scored' });
  }
  return record;
}
