/**
 * Scores one node of the tree (or an entity or unit objective) from what is already scored below it:
 * its own indicators (scored here, because a `rollup()` indicator reads the children), then its mean
 * (node-combiner.ts), unless it is suspended, in a cycle or assessed by hand. The hot path writes the
 * node's columns; buildNodeRecord replays the same decision with detail for the ScoredNode.
 */
import type { FormulaValue } from '../formula/formula-ast.js';
import type { ManualAchievement } from '../plan/plan.schema.js';
import type { CompiledPlan } from './compiled-plan.js';
import { N_CYCLE, N_MANUAL, N_ROLLUP, N_SUSPENDED } from './compiled-tables.js';
import type { IndicatorScorer, RollupSource } from './indicator-scoring.js';
import { NODE_BASIS, type NodeCombiner } from './node-combiner.js';
import type { GraphNode } from './plan-graph.js';
import { BLOCKED, ERROR, MANUAL, NO_TARGET, NODE_BASES, SCORED, SUSPENDED, type NodeColumns } from './score-columns.js';
import { applyFinish, toleranceApplies } from './score-finish.js';
import {
  addMessages, combineMembers, FROM_INDICATORS, FROM_NODES, FROM_UNITS, GROUP_BLOCKED, GROUP_EMPTY, GroupMembers, GroupOutcome, NO_MESSAGES, settleGroup, type MemberCode,
} from './score-group.js';
import type { ScoredNode } from './scored-plan.js';
import { scoringMessages } from './scoring-messages.js';

/** The roll-up a `rollup()` formula reads: the weighted mean of the children, as a fraction. */
class ChildrenRollup implements RollupSource {
  private group: GroupOutcome | null = null;

  constructor(private readonly cp: CompiledPlan, private readonly graphNode: GraphNode, private readonly nodes: NodeColumns) {}

  private outcome(): GroupOutcome {
    if (this.group === null) {
      const members = new GroupMembers().addAll(this.nodes, FROM_NODES, this.graphNode.children, this.graphNode.childWeights);
      this.group = combineMembers(members, this.cp.policy.missingData, new GroupOutcome());
    }
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
    return outcome.kind === GROUP_EMPTY || outcome.kind === GROUP_BLOCKED ? { kind: 'missing', missing: [] } : { kind: 'value', value: outcome.raw / 100 };
  }

  blocked(): boolean {
    return this.graphNode.children.length > 0 && this.outcome().kind === GROUP_BLOCKED;
  }
}

/** What a node scoring run needs: the compiled plan, the indicator scorer, the node columns and a combiner. */
export interface NodeRun {
  cp: CompiledPlan;
  indicators: IndicatorScorer;
  nodes: NodeColumns;
  combiner: NodeCombiner;
}

function writeScore(run: NodeRun, index: number, state: number, raw: number, adjustedBase: number): void {
  const c = run.nodes;
  c.state[index] = state;
  c.raw[index] = raw;
  c.adjusted[index] = toleranceApplies(run.cp.policy, 'node', adjustedBase) ? 100 : adjustedBase;
}

/**
 * Scores node `index` into the columns; its children and linked nodes must be scored already. Its
 * indicators are scored here first when `withIndicators` says so, or always when one of them reads
 * the node's roll-up (they need the children); otherwise the caller has scored them.
 */
export function scoreNode(run: NodeRun, index: number, withIndicators: boolean): void {
  const { cp, nodes: c } = run;
  const flags = cp.tables.nodes.flags[index] as number;
  if (withIndicators || (flags & N_ROLLUP) !== 0) scoreIndicatorsOf(run, index, flags);
  c.raw[index] = Number.NaN;
  c.adjusted[index] = Number.NaN;
  c.basis[index] = NODE_BASIS.none;
  if ((flags & N_SUSPENDED) !== 0) {
    c.state[index] = SUSPENDED;
  } else if ((flags & N_CYCLE) !== 0) {
    c.state[index] = ERROR;
  } else if ((flags & N_MANUAL) !== 0) {
    c.basis[index] = NODE_BASIS.manual;
    const value = Math.min((cp.nodeManual[index] as ManualAchievement).achievement, cp.policy.cap);
    writeScore(run, index, MANUAL, value, value);
  } else {
    const outcome = run.combiner.combine(index);
    c.basis[index] = run.combiner.basis;
    if (outcome === null) c.state[index] = NO_TARGET;
    else if (outcome.kind === GROUP_BLOCKED) c.state[index] = BLOCKED;
    else if (outcome.kind === GROUP_EMPTY) c.state[index] = outcome.emptyState;
    else writeScore(run, index, SCORED, outcome.raw, outcome.adjusted);
  }
}

function scoreIndicatorsOf(run: NodeRun, index: number, flags: number): void {
  const { cp } = run;
  const rollup = (flags & N_ROLLUP) !== 0 ? new ChildrenRollup(cp, cp.graph.nodes[index] as GraphNode, run.nodes) : null;
  const { start, members } = cp.tables.nodes.indicators;
  for (let k = start[index] as number; k < (start[index + 1] as number); k += 1) run.indicators.score(members[k] as number, rollup);
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

function settleNode(cp: CompiledPlan, record: ScoredNode, outcome: GroupOutcome | null, combiner: NodeCombiner): void {
  record.basis = NODE_BASES[combiner.basis] as ScoredNode['basis'];
  record.indicatorShare = combiner.share;
  if (outcome === null) {
    addMessages(record, [scoringMessages.noItems()]);
    record.exclusion = { state: 'no_target', reason: scoringMessages.noItems() };
    return;
  }
  settleGroup(cp, record, outcome, 'node');
}

/**
 * Node `index`'s record as scorePlan returns it, replayed from the columns of its members (as they
 * were when it was scored) with a combiner in detail mode.
 */
export function buildNodeRecord(cp: CompiledPlan, index: number, detail: NodeCombiner): ScoredNode {
  const graphNode = cp.graph.nodes[index] as GraphNode;
  const record = baseNode(graphNode);
  const suspension = cp.nodeSuspension[index];
  const manual = cp.nodeManual[index];
  if (suspension) {
    record.state = 'suspended';
    record.exclusion = suspension;
  } else if (graphNode.inCycle) {
    record.state = 'error';
  } else if (manual) {
    record.state = 'manual';
    record.manual = manual;
    record.basis = 'manual';
    const value = Math.min(manual.achievement, cp.policy.cap);
    applyFinish(record, value, value, 'node', cp.policy, cp.bands);
  } else {
    settleNode(cp, record, detail.combine(index), detail);
  }
  return record;
}

/** The code of a member of a node's mean (detail mode). */
export function memberCodes(cp: CompiledPlan): MemberCode {
  return (from, index) => {
    switch (from) {
      case FROM_INDICATORS: return cp.graph.indicatorCodes[index] as string;
      case FROM_NODES: return cp.graph.nodeCodes[index] as string;
      case FROM_UNITS: return cp.units[index]?.unit.code as string;
      default: return cp.components[index]?.component.key as string;
    }
  };
}
