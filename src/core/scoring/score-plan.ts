/**
 * scorePlan: the pure function (plan, policy, year/period) → ScoredPlan. No clock, no I/O: the same
 * inputs always give the same numbers, so a frozen result can be recomputed and compared.
 * The computation writes into columns (score-columns.ts); the ScoredPlan's entity, indicator, node
 * and unit records are built from them the first time a caller reads them.
 */
import type { Plan } from '../plan/plan.schema.js';
import { compilePlan, type CompiledPlan, type ScoringOptions } from './compiled-plan.js';
import { I_WITH_NODE } from './compiled-tables.js';
import { buildIndicatorRecord } from './indicator-record.js';
import { IndicatorScorer } from './indicator-scoring.js';
import { NodeCombiner } from './node-combiner.js';
import { buildNodeRecord, memberCodes, scoreNode, type NodeRun } from './node-scoring.js';
import { buildEntity, buildUnitRecord, scoreEntity, scoreUnit } from './organisation-scoring.js';
import type { ScoringPolicy } from './policy.schema.js';
import { IndicatorColumns, NodeColumns, ScoreColumns } from './score-columns.js';
import { GroupMembers, GroupOutcome, type MemberCode } from './score-group.js';
import type { ScoredEntity, ScoredIndicator, ScoredNode, ScoredPlan, ScoredUnit } from './scored-plan.js';
import { ScoringEnv } from './scoring-env.js';

export type { ScoringOptions } from './compiled-plan.js';

/** The columns of one scoring run and the scorers that fill them; full and incremental scoring share it. */
export class PlanScorer {
  readonly env: ScoringEnv;
  readonly indicators: IndicatorColumns;
  readonly nodes: NodeColumns;
  readonly units: ScoreColumns;
  readonly components: ScoreColumns;
  /** The entity's state and score (one row). */
  readonly entity: ScoreColumns;
  readonly run: NodeRun;
  readonly codeOf: MemberCode;
  private detail: NodeCombiner | null = null;
  private readonly unitMembers = new GroupMembers();
  private readonly unitOutcome = new GroupOutcome();

  constructor(readonly compiled: CompiledPlan) {
    this.env = new ScoringEnv(compiled.store);
    this.indicators = new IndicatorColumns(compiled.indicators.length);
    this.nodes = new NodeColumns(compiled.graph.nodes.length);
    this.units = new ScoreColumns(compiled.units.length);
    this.components = new ScoreColumns(compiled.components.length);
    this.entity = new ScoreColumns(1);
    this.codeOf = memberCodes(compiled);
    this.run = {
      cp: compiled, nodes: this.nodes,
      indicators: new IndicatorScorer(compiled, this.env, this.indicators),
      combiner: new NodeCombiner(compiled, this.indicators, this.nodes, null),
    };
  }

  /**
   * Scores everything: the indicators in the plan's order (contiguous memory), then the nodes in
   * dependency order (with the indicators that read their node's roll-up), the units, the entity.
   */
  scoreAll(): void {
    const cp = this.compiled;
    const flags = cp.tables.indicators.flags;
    // On fresh columns nothing needs clearing; a second full pass clears as it goes.
    for (let i = 0; i < flags.length; i += 1) if (((flags[i] as number) & I_WITH_NODE) === 0) this.run.indicators.score(i, null);
    const order = cp.graph.order;
    for (let k = 0; k < order.length; k += 1) scoreNode(this.run, order[k] as number, false);
    for (let u = 0; u < cp.units.length; u += 1) this.scoreUnit(u);
    this.scoreEntity();
    this.run.indicators.rescoring = true;
  }

  scoreUnit(u: number): void {
    scoreUnit(this.compiled, this.nodes, this.units, u, this.unitMembers, this.unitOutcome);
  }

  scoreEntity(): void {
    scoreEntity(this.compiled, this.nodes, this.units, this.components, this.entity, this.unitMembers, this.unitOutcome);
  }

  entityRecord(): ScoredEntity {
    return buildEntity(this.compiled, this.nodes, this.units, this.codeOf);
  }

  indicatorRecord(i: number): ScoredIndicator {
    return buildIndicatorRecord(this.compiled, this.indicators, i);
  }

  nodeRecord(index: number): ScoredNode {
    this.detail ??= new NodeCombiner(this.compiled, this.indicators, this.nodes, this.codeOf);
    return buildNodeRecord(this.compiled, index, this.detail);
  }

  unitRecord(u: number): ScoredUnit {
    return buildUnitRecord(this.compiled, this.nodes, u, this.codeOf, this.unitMembers, this.unitOutcome);
  }

  /** Every indicator's, node's and unit's record, in the plan's order. */
  indicatorRecords(): ScoredIndicator[] {
    return Array.from({ length: this.indicators.size }, (_, i) => this.indicatorRecord(i));
  }

  nodeRecords(): ScoredNode[] {
    return Array.from({ length: this.nodes.size }, (_, index) => this.nodeRecord(index));
  }

  unitRecords(): ScoredUnit[] {
    return Array.from({ length: this.units.size }, (_, u) => this.unitRecord(u));
  }

  /** The ScoredPlan's fields other than the records. */
  header(): Omit<ScoredPlan, 'entity' | 'indicators' | 'nodes' | 'units'> {
    const cp = this.compiled;
    return {
      year: cp.year,
      period: cp.period?.code ?? null,
      interim: cp.interim,
      expectedProgress: cp.expectedProgress,
      policy: {
        entity: cp.policy.meta.entity, year: cp.policy.meta.year, revision: cp.policy.meta.revision,
        cap: cp.policy.cap, toleranceThreshold: cp.policy.tolerance.threshold,
        outputs: cp.policy.outputs, rounding: cp.policy.rounding,
      },
    };
  }

  /** The result with every record built now (what a scoring session hands out after each change). */
  records(): ScoredPlan {
    return {
      entity: this.entityRecord(), ...this.header(),
      indicators: this.indicatorRecords(), nodes: this.nodeRecords(), units: this.unitRecords(),
    };
  }

  /**
   * The result, with the entity and the record lists built on first read. Only for a scorer that
   * will not score again (scorePlan's): the records are built from the columns as they are when read.
   */
  result(): ScoredPlan {
    const result = {} as ScoredPlan;
    defineLazy(result, 'entity', () => this.entityRecord());
    Object.assign(result, this.header());
    defineLazy(result, 'indicators', () => this.indicatorRecords());
    defineLazy(result, 'nodes', () => this.nodeRecords());
    defineLazy(result, 'units', () => this.unitRecords());
    return result;
  }
}

/**
 * An enumerable property whose value is built on first read and then kept as a plain data property
 * (so JSON.stringify, spreading, structuredClone and assignment see an ordinary value).
 */
function defineLazy<K extends 'entity' | 'indicators' | 'nodes' | 'units'>(target: ScoredPlan, key: K, build: () => ScoredPlan[K]): void {
  let built: ScoredPlan[K] | null = null;
  const settle = (value: ScoredPlan[K]): void => {
    built = value;
    // A frozen result keeps the accessor, which goes on returning the list built.
    if (Object.getOwnPropertyDescriptor(target, key)?.configurable) {
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    }
  };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (built === null) settle(build());
      return built as ScoredPlan[K];
    },
    set: settle,
  });
}

/**
 * Scores a plan for a year, or for a monitoring period of it (options.period: interim periods score
 * against expected progress with in_linea / a_rischio bands). Throws RangeError for a period the plan
 * does not have.
 */
export function scorePlan(plan: Plan, policy: ScoringPolicy, options: ScoringOptions): ScoredPlan {
  const scorer = new PlanScorer(compilePlan(plan, policy, options));
  scorer.scoreAll();
  return scorer.result();
}
