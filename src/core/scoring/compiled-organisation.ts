/**
 * The organisation side of scoring, resolved once: which objectives count for each org unit
 * (units.responsible, filtered by the policy), and which items make up each component of the
 * entity's organisational performance.
 */
import type { OrgUnit, Plan } from '../plan/plan.schema.js';
import type { PlanGraph } from './plan-graph.js';
import type { EntityComponent, ScoringPolicy } from './policy.schema.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';

export interface CompiledUnit {
  unit: OrgUnit;
  /** Node indices of the objectives the unit is responsible for, by code. */
  nodes: number[];
}

export interface CompiledComponent {
  component: EntityComponent;
  label: { it: string; en: string };
  source: 'units' | 'nodes';
  /** Node indices (source nodes); for source units, every unit counts. */
  nodes: number[];
  messages: ScoringMessage[];
}

const byNodeCode = (graph: PlanGraph) => (a: number, b: number): number => {
  const x = graph.nodes[a]?.node.code as string;
  const y = graph.nodes[b]?.node.code as string;
  return x < y ? -1 : x > y ? 1 : a - b;
};

function subunitsOf(units: OrgUnit[], index: Map<string, number>): number[][] {
  const children: number[][] = units.map(() => []);
  units.forEach((unit, i) => {
    const parent = unit.parent === undefined ? undefined : index.get(unit.parent);
    if (parent !== undefined && parent !== i) (children[parent] as number[]).push(i);
  });
  return units.map((_, root) => {
    const found: number[] = [];
    const seen = new Set<number>([root]);
    const stack = [...(children[root] as number[])];
    while (stack.length > 0) {
      const next = stack.pop() as number;
      if (seen.has(next)) continue;
      seen.add(next);
      found.push(next);
      stack.push(...(children[next] as number[]));
    }
    return found;
  });
}

function resolveUnits(plan: Plan, policy: ScoringPolicy, graph: PlanGraph): CompiledUnit[] {
  const index = new Map<string, number>();
  const units: OrgUnit[] = [];
  for (const unit of plan.orgUnits) {
    if (index.has(unit.code)) continue;
    index.set(unit.code, units.length);
    units.push(unit);
  }
  const own: number[][] = units.map(() => []);
  const sections = new Set(policy.units.sections);
  const levels = new Set(policy.units.levels);
  graph.nodes.forEach(({ node }, nodeIndex) => {
    if (!sections.has(node.section)) return;
    if (levels.size > 0 && (node.level === undefined || !levels.has(node.level))) return;
    for (const code of new Set(node.units.responsible)) {
      const unit = index.get(code);
      if (unit !== undefined) (own[unit] as number[]).push(nodeIndex);
    }
  });
  const below = policy.units.includeSubunits ? subunitsOf(units, index) : null;
  const order = byNodeCode(graph);
  return units.map((unit, i) => {
    const nodes = new Set(own[i]);
    for (const sub of below?.[i] ?? []) for (const node of own[sub] as number[]) nodes.add(node);
    return { unit, nodes: [...nodes].sort(order) };
  });
}

function componentNodes(component: EntityComponent, graph: PlanGraph): { nodes: number[]; messages: ScoringMessage[] } {
  const source = component.source;
  const messages: ScoringMessage[] = [];
  if (source === 'units') return { nodes: [], messages };
  if ('nodes' in source) {
    const nodes: number[] = [];
    for (const code of source.nodes) {
      const found = graph.nodeIndex.get(code);
      if (found === undefined) messages.push(scoringMessages.unknownLink(code));
      else nodes.push(found);
    }
    return { nodes, messages };
  }
  const nodes: number[] = [];
  graph.nodes.forEach((graphNode, i) => {
    if (graphNode.node.section !== source.section) return;
    if (source.level !== undefined) {
      if (graphNode.node.level === source.level) nodes.push(i);
      return;
    }
    const parent = graphNode.parent >= 0 ? graph.nodes[graphNode.parent] : undefined;
    if (!parent || parent.node.section !== source.section) nodes.push(i);
  });
  return { nodes, messages };
}

export function resolveOrganisation(plan: Plan, policy: ScoringPolicy, graph: PlanGraph): { units: CompiledUnit[]; components: CompiledComponent[] } {
  const order = byNodeCode(graph);
  const components = policy.entity.components.map((component): CompiledComponent => {
    const { nodes, messages } = componentNodes(component, graph);
    return {
      component,
      label: component.label ?? { it: component.key, en: component.key },
      source: component.source === 'units' ? 'units' : 'nodes',
      nodes: [...new Set(nodes)].sort(order),
      messages,
    };
  });
  return { units: resolveUnits(plan, policy, graph), components };
}
