/**
 * Incremental re-scoring. A session scores a plan once and keeps the dependency index
 * measure → indicators → their nodes and every node above or linking to them → units → entity;
 * a new measured value re-scores only that chain. The result always equals scorePlan on the plan
 * with the same values (a test checks it).
 */
import type { MeasureValue, Plan } from '../plan/plan.schema.js';
import { compilePlan, dependentsOf, type ScoringOptions } from './compiled-plan.js';
import { scoreIndicator } from './indicator-scoring.js';
import { scoreNode } from './node-scoring.js';
import { scoreEntity, scoreUnit } from './organisation-scoring.js';
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
    this.result = this.scorer.result();
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
    this.rescore(dependentsOf(cp, measure));
    this.result = this.scorer.result();
    return this.result;
  }

  /** Re-scores the given indicators and everything that depends on them, in dependency order. */
  private rescore(indicators: ArrayLike<number>): void {
    const cp = this.scorer.compiled;
    const { graph } = cp;
    const dirty = new Set<number>();
    const stack: number[] = [];
    for (let k = 0; k < indicators.length; k += 1) {
      const i = indicators[k] as number;
      const node = graph.indicatorNode[i] as number;
      if (node < 0) this.scorer.tables.indicators[i] = scoreIndicator(cp, this.scorer.env, cp.indicators[i] as (typeof cp.indicators)[number], null);
      else stack.push(node);
    }
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (dirty.has(node)) continue;
      dirty.add(node);
      for (const next of graph.dependents[node] as number[]) stack.push(next);
    }
    const ordered = [...dirty].sort((a, b) => (this.orderOf[a] as number) - (this.orderOf[b] as number));
    const units = new Set<number>();
    for (const node of ordered) {
      scoreNode(cp, this.scorer.env, node, this.scorer.tables);
      for (const u of this.unitsOfNode[node] as number[]) units.add(u);
    }
    for (const u of units) this.scorer.units[u] = scoreUnit(cp, cp.units[u] as (typeof cp.units)[number], this.scorer.tables.nodes);
    this.scorer.entity = scoreEntity(cp, this.scorer.tables.nodes, this.scorer.units);
  }
}

/** Scores a plan and keeps what is needed to re-score it after one measured value changes. */
export function createScoringSession(plan: Plan, policy: ScoringPolicy, options: ScoringOptions): ScoringSession {
  return new IncrementalScorer(plan, policy, options);
}
