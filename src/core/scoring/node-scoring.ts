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
import type { CompiledIndicator, CompiledPlan } from './compiled-plan.js';
import { scoreIndicator, type RollupSource } from './indicator-scoring.js';
import type { GraphNode } from './plan-graph.js';
import { addMessages, applyFinish, combineGroup, NO_MESSAGES, type GroupOutcome, type GroupRecord } from './score-group.js';
import type { Contribution, NodeBasis, ScoredIndicator, ScoredNode } from './scored-plan.js';
import type { ScoringEnv } from './scoring-env.js';
import { scoringMessages } from './scoring-messages.js';

export interface ScoreTables {
  indicators: Array<ScoredIndicator | undefined>;
  nodes: Array<ScoredNode | undefined>;
}

function recordsOf(tables: ScoreTables, list: readonly number[]): GroupRecord[] {
  const out = new Array<GroupRecord>(list.length);
  for (let i = 0; i < list.length; i += 1) out[i] = tables.nodes[list[i] as number] as ScoredNode;
  return out;
}

/** The roll-up a `rollup()` formula reads: the weighted mean of the children, as a fraction. */
class ChildrenRollup implements RollupSource {
  private group: GroupOutcome | null = null;

  constructor(private readonly cp: CompiledPlan, private readonly graphNode: GraphNode, private readonly tables: ScoreTables) {}

  private outcome(): GroupOutcome {
    this.group ??= combineGroup(recordsOf(this.tables, this.graphNode.children), this.graphNode.childWeights, this.cp.policy.missingData);
    return this.group;
  }

  value(): FormulaValue {
    const code = this.graphNode.node.code;
    if (this.graphNode.children.length === 0) {
      return { kind: 'error', code: 'no_children', span: { start: 0, end: 0 },
        message: { it: `rollup(): il nodo ${code} non ha figli`, en: `rollup(): node ${code} has no children` } };
    }
    const outcome = this.outcome();
    // A fraction: `rollup()*100` reads as the documents' "Media ponderata delle azioni*100".
    return outcome.kind === 'scored' ? { kind: 'value', value: outcome.raw / 100 } : { kind: 'missing', missing: [] };
  }

  blocked(): boolean {
    return this.graphNode.children.length > 0 && this.outcome().kind === 'blocked';
  }
}

function scaled(contributions: readonly Contribution[], share: number): Contribution[] {
  return contributions.map((c) => ({ ...c, normalised: c.normalised === null ? null : asWeight(normalizeNumber((c.normalised * share) / 100)) }));
}

function mix(a: number, b: number, share: number): number {
  const sum = new DotAccumulator();
  sum.add(a, share);
  sum.add(b, 100 - share);
  return normalizeNumber(sum.value() / 100);
}

/** Two groups mixed by shares: `share`% the node's own indicators, the rest its children. */
function mixByShare(own: GroupOutcome, children: GroupOutcome, share: number): GroupOutcome {
  const messages = [...own.messages, ...children.messages];
  if (own.kind === 'blocked' || children.kind === 'blocked') {
    return { kind: 'blocked', contributions: [...own.contributions, ...children.contributions], messages };
  }
  if (own.kind === 'empty') return { ...children, messages: [...messages, scoringMessages.fallbackToOther('children')] };
  if (children.kind === 'empty') return { ...own, messages: [...messages, scoringMessages.fallbackToOther('indicators')] };
  return {
    kind: 'scored', messages,
    raw: mix(own.raw, children.raw, share),
    adjusted: mix(own.adjusted, children.adjusted, share),
    contributions: [...scaled(own.contributions, share), ...scaled(children.contributions, 100 - share)],
  };
}

interface Combined { basis: NodeBasis; share: number | null; outcome: GroupOutcome | null }

function combineMixed(cp: CompiledPlan, graphNode: GraphNode, tables: ScoreTables, own: GroupRecord[]): Combined {
  const missing = cp.policy.missingData;
  const share = graphNode.node.indicatorShare;
  const mode = share !== undefined ? 'share' : cp.policy.rollup.mixedNodes;
  const children = recordsOf(tables, graphNode.children);
  if (mode === 'pooled') {
    const outcome = combineGroup([...own, ...children], [...graphNode.indicatorWeights, ...graphNode.childWeights], missing);
    return { basis: 'pooled', share: null, outcome };
  }
  const ownOutcome = combineGroup(own, graphNode.indicatorWeights, missing);
  if (mode === 'share') {
    const s = share ?? cp.policy.rollup.indicatorShare;
    return { basis: 'share', share: s, outcome: mixByShare(ownOutcome, combineGroup(children, graphNode.childWeights, missing), s) };
  }
  if (ownOutcome.kind !== 'empty') return { basis: 'indicators', share: null, outcome: ownOutcome };
  const fallback = combineGroup(children, graphNode.childWeights, missing);
  const messages = [...ownOutcome.messages, ...fallback.messages, scoringMessages.fallbackToOther('children')];
  return { basis: 'children', share: null, outcome: { ...fallback, messages } };
}

function combineNode(cp: CompiledPlan, graphNode: GraphNode, tables: ScoreTables, own: GroupRecord[]): Combined {
  const missing = cp.policy.missingData;
  const hasChildren = graphNode.children.length > 0;
  if (own.length > 0 && hasChildren) return combineMixed(cp, graphNode, tables, own);
  if (own.length > 0) return { basis: 'indicators', share: null, outcome: combineGroup(own, graphNode.indicatorWeights, missing) };
  if (hasChildren) {
    return { basis: 'children', share: null, outcome: combineGroup(recordsOf(tables, graphNode.children), graphNode.childWeights, missing) };
  }
  if (graphNode.links.length > 0) {
    return { basis: 'links', share: null, outcome: combineGroup(recordsOf(tables, graphNode.links), null, missing) };
  }
  return { basis: 'none', share: null, outcome: null };
}

function baseNode(graphNode: GraphNode): ScoredNode {
  const { node } = graphNode;
  return {
    kind: 'node', code: node.code, title: node.title, section: node.section, level: node.level,
    state: 'no_target', achievement: null, score: null, rounded: null, band: null, toleranceApplied: false,
    exclusion: null, manual: null, messages: graphNode.messages.length > 0 ? [...graphNode.messages] : NO_MESSAGES,
    basis: 'none', indicatorShare: null, contributions: [],
  };
}

function settleNode(cp: CompiledPlan, record: ScoredNode, combined: Combined): void {
  const { basis, share, outcome } = combined;
  record.basis = basis;
  record.indicatorShare = share;
  if (outcome === null) {
    addMessages(record, [scoringMessages.noItems()]);
    record.exclusion = { state: 'no_target', reason: scoringMessages.noItems() };
    return;
  }
  record.contributions = outcome.contributions;
  addMessages(record, outcome.messages);
  if (outcome.kind === 'blocked') {
    record.state = 'blocked';
  } else if (outcome.kind === 'empty') {
    record.state = outcome.state;
    record.exclusion = { state: outcome.state, reason: scoringMessages.noItems() };
  } else {
    record.state = 'scored';
    applyFinish(record, outcome.raw, outcome.adjusted, 'node', cp.policy, cp.bands);
  }
}

/** Scores node `index` (its indicators included) into the tables; children must be scored already. */
export function scoreNode(cp: CompiledPlan, env: ScoringEnv, index: number, tables: ScoreTables): ScoredNode {
  const graphNode = cp.graph.nodes[index] as GraphNode;
  const rollup = cp.nodeUsesRollup[index] === 1 && !graphNode.inCycle ? new ChildrenRollup(cp, graphNode, tables) : null;
  const own = new Array<GroupRecord>(graphNode.indicators.length);
  for (let k = 0; k < graphNode.indicators.length; k += 1) {
    const i = graphNode.indicators[k] as number;
    const scored = scoreIndicator(cp, env, cp.indicators[i] as CompiledIndicator, rollup);
    tables.indicators[i] = scored;
    own[k] = scored;
  }
  const record = baseNode(graphNode);
  tables.nodes[index] = record;
  const suspension = cp.nodeSuspension[index];
  if (suspension) {
    record.state = 'suspended';
    record.exclusion = suspension;
  } else if (graphNode.inCycle) {
    record.state = 'error';
  } else if (cp.nodeManual[index]) {
    const manual = cp.nodeManual[index];
    record.state = 'manual';
    record.manual = manual;
    record.basis = 'manual';
    const value = Math.min(manual.achievement, cp.policy.cap);
    applyFinish(record, value, value, 'node', cp.policy, cp.bands);
  } else {
    settleNode(cp, record, combineNode(cp, graphNode, tables, own));
  }
  return record;
}
