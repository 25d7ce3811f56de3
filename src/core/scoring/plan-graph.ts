/**
 * The plan as a graph of integers: nodes with their parent, children, indicators and links, in an
 * order where everything a node depends on (children, linked nodes) comes before it; cycles found.
 * Children and indicators are listed by code, so sums never depend on the order the plan lists them.
 */
import type { Plan, PlanNode } from '../plan/plan.schema.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';

export interface GraphNode {
  node: PlanNode;
  parent: number;
  children: number[];
  indicators: number[];
  links: number[];
  /** Weights of the indicators and children, parallel to `indicators` and `children`. */
  indicatorWeights: Array<number | undefined>;
  childWeights: Array<number | undefined>;
  inCycle: boolean;
  messages: ScoringMessage[];
}

export interface PlanGraph {
  nodes: GraphNode[];
  nodeIndex: Map<string, number>;
  /** Node index of each indicator (-1 when its node does not exist). */
  indicatorNode: Int32Array;
  /** Dependencies first: children and linked nodes before the node. */
  order: number[];
  /** For each node, the nodes that depend on it (its parent, the nodes linking to it). */
  dependents: number[][];
  /** Codes by index, in dense arrays (read a million times when records list their members). */
  nodeCodes: string[];
  indicatorCodes: string[];
}

const NONE: Array<number | undefined> = Object.freeze([]) as unknown as Array<number | undefined>;

const byCode = (codes: readonly string[]) => (a: number, b: number): number => {
  const x = codes[a] as string;
  const y = codes[b] as string;
  return x < y ? -1 : x > y ? 1 : a - b;
};

function indexNodes(plan: Plan): { nodes: GraphNode[]; nodeIndex: Map<string, number> } {
  const nodeIndex = new Map<string, number>();
  const nodes: GraphNode[] = [];
  for (const node of plan.nodes) {
    if (nodeIndex.has(node.code)) continue;
    nodeIndex.set(node.code, nodes.length);
    nodes.push({ node, parent: -1, children: [], indicators: [], links: [], indicatorWeights: [], childWeights: [], inCycle: false, messages: [] });
  }
  for (const graphNode of nodes) {
    const { parent, links } = graphNode.node;
    if (parent !== undefined) {
      const found = nodeIndex.get(parent);
      if (found === undefined) graphNode.messages.push(scoringMessages.unknownParent(parent));
      else graphNode.parent = found;
    }
    for (const link of links) {
      const found = nodeIndex.get(link);
      if (found === undefined) graphNode.messages.push(scoringMessages.unknownLink(link));
      else graphNode.links.push(found);
    }
  }
  return { nodes, nodeIndex };
}

/** Kahn's algorithm over "depends on" edges; what is left over sits on a cycle. */
function dependencyOrder(nodes: GraphNode[]): { order: number[]; dependents: number[][] } {
  const dependents: number[][] = nodes.map(() => []);
  const pending = new Int32Array(nodes.length);
  nodes.forEach((graphNode, index) => {
    if (graphNode.parent >= 0) {
      (dependents[index] as number[]).push(graphNode.parent);
      pending[graphNode.parent] = (pending[graphNode.parent] as number) + 1;
    }
    for (const link of graphNode.links) {
      (dependents[link] as number[]).push(index);
      pending[index] = (pending[index] as number) + 1;
    }
  });
  const order: number[] = [];
  for (let i = 0; i < nodes.length; i += 1) if (pending[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head += 1) {
    for (const next of dependents[order[head] as number] as number[]) {
      pending[next] = (pending[next] as number) - 1;
      if (pending[next] === 0) order.push(next);
    }
  }
  if (order.length < nodes.length) {
    nodes.forEach((graphNode, index) => {
      if (pending[index] === 0) return;
      graphNode.inCycle = true;
      graphNode.messages.push(scoringMessages.cycle());
      order.push(index);
    });
  }
  return { order, dependents };
}

export function buildPlanGraph(plan: Plan): PlanGraph {
  const { nodes, nodeIndex } = indexNodes(plan);
  const indicatorNode = new Int32Array(plan.indicators.length);
  plan.indicators.forEach((indicator, index) => {
    const node = nodeIndex.get(indicator.node) ?? -1;
    indicatorNode[index] = node;
    if (node >= 0) (nodes[node] as GraphNode).indicators.push(index);
  });
  nodes.forEach((graphNode, index) => {
    if (graphNode.parent >= 0) (nodes[graphNode.parent] as GraphNode).children.push(index);
  });
  const nodeCodes = nodes.map((graphNode) => graphNode.node.code);
  const indicatorCodes = plan.indicators.map((indicator) => indicator.code);
  for (const graphNode of nodes) {
    if (graphNode.children.length > 1) graphNode.children.sort(byCode(nodeCodes));
    if (graphNode.indicators.length > 1) graphNode.indicators.sort(byCode(indicatorCodes));
    if (graphNode.links.length > 1) graphNode.links.sort(byCode(nodeCodes));
    graphNode.indicatorWeights = graphNode.indicators.length === 0 ? NONE : graphNode.indicators.map((i) => plan.indicators[i]?.weight);
    graphNode.childWeights = graphNode.children.length === 0 ? NONE : graphNode.children.map((i) => nodes[i]?.node.weight);
  }
  const { order, dependents } = dependencyOrder(nodes);
  return { nodes, nodeIndex, indicatorNode, order, dependents, nodeCodes, indicatorCodes };
}

/** Ancestors of a node, nearest first (stops at a cycle). */
export function ancestorsOf(graph: PlanGraph, index: number): number[] {
  const found: number[] = [];
  const seen = new Set<number>([index]);
  let current = (graph.nodes[index] as GraphNode).parent;
  while (current >= 0 && !seen.has(current)) {
    found.push(current);
    seen.add(current);
    current = (graph.nodes[current] as GraphNode).parent;
  }
  return found;
}
