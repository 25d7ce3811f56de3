/**
 * Incremental re-scoring. A session scores a plan once and keeps the dependency index
 * measure → indicators → their nodes and every node above or linking to them → units → entity;
 * a new measured value re-scores only that chain. The result always equals scorePlan on the plan
 * with the same values (a test checks it). A session's results are plain arrays of records: each
 * change copies the lists and replaces the records re-scored, so earlier results never change.
 */
import type { MeasureValue, Plan } from '../plan/plan.schema.js';
import { compilePlan, dependentsOf, type ScoringOptions } from './compiled-plan.js';
import { scoreNode } from './node-scoring.js';
import type { ScoringPolicy } from './policy.schema.js';
import { PlanScorer } from './score-plan.js';
import type { ScoredPlan } from './scored-plan.js';

export interface ScoringSession {
  /** The latest result. */
  readonly result: ScoredPlan;
  /** Writes a value (replacing the one with the same measure, year and period) and re-scores what depends on it. */
  setMeasureValue(value: MeasureValue): ScoredPlan;
  /** The plan with the values as the session holds them now. */
  plan(): Plan;
}

const valueKey = (value: MeasureValue): string => `${value.measure}\u0000${value.year}\u0000${value.period ?? ''}`;

class IncrementalScorer implements ScoringSession {
  result: ScoredPlan;
  private readonly values: MeasureValue[];
  private readonly positions = new Map<string, number>();
  private readonly byMeasure = new Map<string, number[]>();
  private readonly scorer: PlanScorer;
  private readonly orderOf: Int32Array;
  private readonly unitsOfNode: number[][];

  constructor(private readonly basePlan: Plan, policy: ScoringPolicy, options: ScoringOptions) {
    this.values = basePlan.values.slice();
    this.values.forEach((value, i) => this.index(value, i));
    this.scorer = new PlanScorer(compilePlan({ ...basePlan, values: this.values }, policy, options));
    this.scorer.scoreAll();
    this.result = this.scorer.records();
    const { graph, units } = this.scorer.compiled;
    this.orderOf = new Int32Array(graph.nodes.length);
    graph.order.forEach((node, position) => { this.orderOf[node] = position; });
    this.unitsOfNode = graph.nodes.map(() => []);
    units.forEach((unit, u) => { for (const node of unit.nodes) this.unitsOfNode[node]?.push(u); });
  }

  private index(value: MeasureValue, position: number): void {
    this.positions.set(valueKey(value), position);
    const list = this.byMeasure.get(value.measure);
    if (list) list.push(position);
    else this.byMeasure.set(value.measure, [position]);
  }

  plan(): Plan {
    return { ...this.basePlan, values: this.values.slice() };
  }

  setMeasureValue(value: MeasureValue): ScoredPlan {
    const key = valueKey(value);
    const position = this.positions.get(key);
    if (position === undefined) {
      this.values.push(value);
      this.index(value, this.values.length - 1);
    } else {
      this.values[position] = value;
    }
    const cp = this.scorer.compiled;
    const candidates = (this.byMeasure.get(value.measure) ?? []).map((p) => this.values[p] as MeasureValue);
    cp.store.resetSlot(value.measure, value.year, candidates);
    const measure = cp.store.indexOfCode(value.measure);
    if (measure < 0) return this.result;
    this.result = this.rescore(dependentsOf(cp, measure));
    return this.result;
  }

  /** Re-scores the given indicators and everything that depends on them, in dependency order; the new result. */
  private rescore(indicators: ArrayLike<number>): ScoredPlan {
    const { scorer } = this;
    const { graph } = scorer.compiled;
    const next = { indicators: this.result.indicators.slice(), nodes: this.result.nodes.slice(), units: this.result.units.slice() };
    const dirty = new Set<number>();
    const stack: number[] = [];
    for (let k = 0; k < indicators.length; k += 1) {
      const i = indicators[k] as number;
      const node = graph.indicatorNode[i] as number;
      if (node >= 0) {
        stack.push(node);
        continue;
      }
      scorer.run.indicators.score(i, null);
      next.indicators[i] = scorer.indicatorRecord(i);
    }
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (dirty.has(node)) continue;
      dirty.add(node);
      for (const dependent of graph.dependents[node] as number[]) stack.push(dependent);
    }
    const ordered = [...dirty].sort((a, b) => (this.orderOf[a] as number) - (this.orderOf[b] as number));
    const units = new Set<number>();
    for (const node of ordered) {
      scoreNode(scorer.run, node, true);
      for (const u of this.unitsOfNode[node] as number[]) units.add(u);
    }
    // Records are built once every node is re-scored, each from its members' columns as they now stand.
    for (const node of ordered) {
      next.nodes[node] = scorer.nodeRecord(node);
      for (const i of graph.nodes[node]?.indicators ?? []) next.indicators[i] = scorer.indicatorRecord(i);
    }
    for (const u of units) {
      scorer.scoreUnit(u);
      next.units[u] = scorer.unitRecord(u);
    }
    scorer.scoreEntity();
    return { entity: scorer.entityRecord(), ...scorer.header(), ...next };
  }
}

/** Scores a plan and keeps what is needed to re-score it after one measured value changes. */
export function createScoringSession(plan: Plan, policy: ScoringPolicy, options: ScoringOptions): ScoringSession {
  return new IncrementalScorer(plan, policy, options);
}
