/**
 * The compiled plan as the hot path reads it: typed arrays indexed by indicator and by node, so a
 * full recompute walks contiguous memory instead of a million objects. For indicators, one byte of
 * flags says which rare cases apply (suspension, manual achievement, errors, an own rule) and two
 * indices name the shared formula shape and target; for nodes, flags, the indicator share, and the
 * indicators, children and links with their weights in compressed rows (members of node n are at
 * [start[n], start[n + 1]) of the member array).
 */
import type { Indicator, ManualAchievement, Plan } from '../plan/plan.schema.js';
import type { CompiledIndicator } from './compiled-plan.js';
import type { FormulaShape } from './formula-shape.js';
import type { GraphNode, PlanGraph } from './plan-graph.js';
import type { Exclusion } from './scored-plan.js';

/** Bits of IndicatorTables.flags. */
export const I_SUSPENDED = 1;
export const I_MANUAL = 2;
export const I_TARGET_ERRORS = 4;
export const I_FORMULA_ERRORS = 8;
/** The indicator names its own scoring rule. */
export const I_OVERRIDE = 16;
/** Scored together with its node, whose roll-up one of the node's formulas reads. */
export const I_WITH_NODE = 32;

export interface IndicatorTables {
  flags: Uint8Array;
  /** Position in `shapes` of the formula's shape; -1 when there is no (valid) formula. */
  shape: Int32Array;
  shapes: FormulaShape[];
  /** Position in CompiledPlan.targets of the year's target; -1 when there is none. */
  target: Int32Array;
}

/** Bits of NodeTables.flags. */
export const N_SUSPENDED = 1;
export const N_CYCLE = 2;
export const N_MANUAL = 4;
/** Its indicators are scored with it, after its children (a formula reads their roll-up). */
export const N_ROLLUP = 8;

export interface NodeRows {
  start: Int32Array;
  members: Int32Array;
  /** The weight given to each member, NaN when none is (null: rows without weights). */
  weights: Float64Array | null;
}

export interface NodeTables {
  flags: Uint8Array;
  /** The node's own indicatorShare (NaN: not set). */
  share: Float64Array;
  indicators: NodeRows;
  children: NodeRows;
  links: NodeRows;
}

export function buildIndicatorTables(plan: Plan, indicators: readonly CompiledIndicator[], nodeUsesRollup: Uint8Array,
  graph: PlanGraph): IndicatorTables {
  const flags = new Uint8Array(indicators.length);
  const shape = new Int32Array(indicators.length).fill(-1);
  const target = new Int32Array(indicators.length);
  const shapes: FormulaShape[] = [];
  const shapeIds = new Map<FormulaShape, number>();
  for (let i = 0; i < indicators.length; i += 1) {
    const ci = indicators[i] as CompiledIndicator;
    const rollupNode = ci.node >= 0 && nodeUsesRollup[ci.node] === 1 && !(graph.nodes[ci.node] as GraphNode).inCycle;
    flags[i] = (ci.suspension ? I_SUSPENDED : 0) | (ci.manual ? I_MANUAL : 0) | (ci.targetErrors ? I_TARGET_ERRORS : 0)
      | (ci.formulaErrors ? I_FORMULA_ERRORS : 0) | ((plan.indicators[i] as Indicator).scoringRule !== undefined ? I_OVERRIDE : 0)
      | (rollupNode ? I_WITH_NODE : 0);
    target[i] = ci.targetId;
    if (ci.formula) {
      let id = shapeIds.get(ci.formula.shape);
      if (id === undefined) {
        shapeIds.set(ci.formula.shape, (id = shapes.length));
        shapes.push(ci.formula.shape);
      }
      shape[i] = id;
    }
  }
  return { flags, shape, shapes, target };
}

function rows(graph: PlanGraph, list: (node: GraphNode) => readonly number[], weights: ((node: GraphNode) => ReadonlyArray<number | undefined>) | null): NodeRows {
  const start = new Int32Array(graph.nodes.length + 1);
  graph.nodes.forEach((node, n) => { start[n + 1] = (start[n] as number) + list(node).length; });
  const size = start[graph.nodes.length] as number;
  const members = new Int32Array(size);
  const given = weights === null ? null : new Float64Array(size);
  graph.nodes.forEach((node, n) => {
    const at = start[n] as number;
    members.set(list(node), at);
    if (given === null || weights === null) return;
    const w = weights(node);
    for (let k = 0; k < w.length; k += 1) given[at + k] = w[k] ?? Number.NaN;
  });
  return { start, members, weights: given };
}

export function buildNodeTables(graph: PlanGraph, suspension: ReadonlyArray<Exclusion | null>, manual: ReadonlyArray<ManualAchievement | null>,
  nodeUsesRollup: Uint8Array): NodeTables {
  const flags = new Uint8Array(graph.nodes.length);
  const share = new Float64Array(graph.nodes.length);
  graph.nodes.forEach((node, n) => {
    flags[n] = (suspension[n] ? N_SUSPENDED : 0) | (node.inCycle ? N_CYCLE : 0) | (manual[n] ? N_MANUAL : 0)
      | (nodeUsesRollup[n] === 1 && !node.inCycle ? N_ROLLUP : 0);
    share[n] = node.node.indicatorShare ?? Number.NaN;
  });
  return {
    flags, share,
    indicators: rows(graph, (node) => node.indicators, (node) => node.indicatorWeights),
    children: rows(graph, (node) => node.children, (node) => node.childWeights),
    links: rows(graph, (node) => node.links, null),
  };
}
