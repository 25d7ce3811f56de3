/**
 * scorePlan: the pure function (plan, policy, year/period) → ScoredPlan. No clock, no I/O: the same
 * inputs always give the same numbers, so a frozen result can be recomputed and compared.
 */
import type { Plan } from '../plan/plan.schema.js';
import { compilePlan, type CompiledPlan, type ScoringOptions } from './compiled-plan.js';
import { scoreIndicator } from './indicator-scoring.js';
import { scoreNode, type ScoreTables } from './node-scoring.js';
import { scoreEntity, scoreUnit } from './organisation-scoring.js';
import type { ScoringPolicy } from './policy.schema.js';
import type { ScoredEntity, ScoredIndicator, ScoredNode, ScoredPlan, ScoredUnit } from './scored-plan.js';
import { ScoringEnv } from './scoring-env.js';

export type { ScoringOptions } from './compiled-plan.js';

/** The mutable working tables of one scoring run; full and incremental scoring share them. */
export class PlanScorer {
  readonly env: ScoringEnv;
  readonly tables: ScoreTables;
  units: ScoredUnit[] = [];
  entity: ScoredEntity | null = null;

  constructor(readonly compiled: CompiledPlan) {
    this.env = new ScoringEnv(compiled.store);
    this.tables = {
      indicators: new Array<ScoredIndicator | undefined>(compiled.indicators.length),
      nodes: new Array<ScoredNode | undefined>(compiled.graph.nodes.length),
    };
  }

  /** Scores everything: nodes in dependency order (each with its indicators), orphans, units, entity. */
  scoreAll(): void {
    const cp = this.compiled;
    for (const index of cp.graph.order) scoreNode(cp, this.env, index, this.tables);
    for (const ci of cp.indicators) {
      if (ci.node < 0) this.tables.indicators[ci.index] = scoreIndicator(cp, this.env, ci, null);
    }
    this.units = cp.units.map((unit) => scoreUnit(cp, unit, this.tables.nodes));
    this.entity = scoreEntity(cp, this.tables.nodes, this.units);
  }

  /** A ScoredPlan over the current tables (arrays copied, records shared). */
  result(): ScoredPlan {
    const cp = this.compiled;
    return {
      entity: this.entity as ScoredEntity,
      year: cp.year,
      period: cp.period?.code ?? null,
      interim: cp.interim,
      expectedProgress: cp.expectedProgress,
      policy: {
        entity: cp.policy.meta.entity, year: cp.policy.meta.year, revision: cp.policy.meta.revision,
        cap: cp.policy.cap, toleranceThreshold: cp.policy.tolerance.threshold,
        outputs: cp.policy.outputs, rounding: cp.policy.rounding,
      },
      indicators: this.tables.indicators.slice() as ScoredIndicator[],
      nodes: this.tables.nodes.slice() as ScoredNode[],
      units: this.units.slice(),
    };
  }
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
