/**
 * A plan prepared for scoring one year (and period): formulas parsed and compiled once (shared by
 * source text), targets parsed, suspensions and manual achievements attached, org units resolved,
 * and the dependency index measure → indicators that incremental re-scoring walks.
 */
import type { FormulaError } from '../formula/formula-ast.js';
import type { ManualAchievement, Period, Plan, Suspension } from '../plan/plan.schema.js';
import type { Target, TargetError } from '../target/target-ast.js';
import { buildIndicatorTables, buildNodeTables, type IndicatorTables, type NodeTables } from './compiled-tables.js';
import { MeasureValueStore } from './measure-value-store.js';
import { ancestorsOf, buildPlanGraph, type PlanGraph } from './plan-graph.js';
import type { ScoringPolicy, StatusBandDefinition } from './policy.schema.js';
import type { Exclusion } from './scored-plan.js';
import { bandsFor } from './status-band.js';
import { resolveOrganisation, type CompiledComponent, type CompiledUnit } from './compiled-organisation.js';
import type { CompiledFormula } from './formula-shape.js';
import { SourceCache, type TargetEntry, type TargetRecord } from './source-cache.js';

export type { CompiledFormula } from './formula-shape.js';

export interface CompiledIndicator {
  index: number;
  node: number;
  formula: CompiledFormula | null;
  formulaErrors: FormulaError[] | null;
  targetText: string | null;
  target: Target | null;
  /** The record's `target` when the applied target is the written one (shared by every run). */
  targetRecord: TargetRecord | null;
  targetErrors: TargetError[] | null;
  /** Position of the year's target in CompiledPlan.targets (-1: none). */
  targetId: number;
  suspension: Exclusion | null;
  manual: ManualAchievement | null;
}

export interface ScoringOptions { year: number; period?: string }

export interface CompiledPlan {
  plan: Plan;
  policy: ScoringPolicy;
  year: number;
  period: Period | null;
  interim: boolean;
  /** Share of the year's target due by the period's end, 0–100 (null at year end). */
  expectedProgress: number | null;
  store: MeasureValueStore;
  graph: PlanGraph;
  indicators: CompiledIndicator[];
  nodeSuspension: Array<Exclusion | null>;
  nodeManual: Array<ManualAchievement | null>;
  units: CompiledUnit[];
  components: CompiledComponent[];
  bands: StatusBandDefinition[];
  /** 1 for nodes with an indicator whose formula uses rollup(). */
  nodeUsesRollup: Uint8Array;
  /** For each measure m, the indicators whose formula reads it: dependents[offsets[m] .. offsets[m + 1]). */
  measureDependents: { offsets: Int32Array; indicators: Int32Array };
  /** The measures of indicator i's formula slots, flat: slotMeasures[slotStart[i] + k] is slot k's. */
  slotMeasures: Int32Array;
  slotStart: Int32Array;
  /** The distinct targets of the plan (by text and unit). */
  targets: TargetEntry[];
  /** What the hot path reads, as typed arrays (compiled-tables.ts). */
  tables: { indicators: IndicatorTables; nodes: NodeTables };
}

const suspensionExclusion = (suspension: Suspension, from?: string): Exclusion => ({
  state: 'suspended',
  reason: { code: 'suspended', it: suspension.reason, en: suspension.reason },
  ...(suspension.act ? { act: suspension.act } : {}),
  ...(from !== undefined ? { from } : {}),
});

/** Share of the year elapsed at a date, in percent: 30/04 of a common year → 33,15 (120/365 days). */
export function yearShareElapsed(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y, m - 1, d) - start) / 86_400_000 + 1;
  const length = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return Math.min(100, (days * 100) / length);
}

function resolvePeriod(plan: Plan, options: ScoringOptions): Period | null {
  if (options.period === undefined) return null;
  const period = plan.periods.find((p) => p.code === options.period);
  if (!period) throw new RangeError(`unknown period ${options.period}`);
  if (period.year !== options.year) throw new RangeError(`period ${period.code} belongs to ${period.year}, not ${options.year}`);
  return period;
}

function nodeStates(plan: Plan, graph: PlanGraph, year: number, period: Period | null) {
  const own: Array<Exclusion | null> = graph.nodes.map(() => null);
  const nodeManual: Array<ManualAchievement | null> = graph.nodes.map(() => null);
  for (const suspension of plan.suspensions) {
    if (suspension.year !== year || suspension.target.kind !== 'node') continue;
    const index = graph.nodeIndex.get(suspension.target.code);
    if (index !== undefined && own[index] === null) own[index] = suspensionExclusion(suspension);
  }
  // A suspended objective suspends everything below it.
  const nodeSuspension = graph.nodes.map((_, index) => {
    if (own[index]) return own[index];
    for (const ancestor of ancestorsOf(graph, index)) {
      const found = own[ancestor];
      if (found) return { ...found, from: graph.nodes[ancestor]?.node.code as string };
    }
    return null;
  });
  for (const manual of plan.manualAchievements) {
    if (manual.year !== year || manual.target.kind !== 'node' || (manual.period ?? null) !== (period?.code ?? null)) continue;
    const index = graph.nodeIndex.get(manual.target.code);
    if (index !== undefined) nodeManual[index] = manual;
  }
  return { nodeSuspension, nodeManual };
}

function compileIndicators(plan: Plan, graph: PlanGraph, sources: SourceCache, year: number, period: Period | null,
  nodeSuspension: Array<Exclusion | null>): CompiledIndicator[] {
  const suspensions = new Map<string, Suspension>();
  for (const s of plan.suspensions) if (s.year === year && s.target.kind === 'indicator' && !suspensions.has(s.target.code)) suspensions.set(s.target.code, s);
  const manuals = new Map<string, ManualAchievement>();
  for (const m of plan.manualAchievements) {
    if (m.year === year && m.target.kind === 'indicator' && (m.period ?? null) === (period?.code ?? null)) manuals.set(m.target.code, m);
  }
  const yearKey = String(year);
  return plan.indicators.map((indicator, index) => {
    const node = graph.indicatorNode[index] as number;
    const entry = indicator.formula === undefined ? undefined : sources.formula(indicator.formula);
    const targetText = indicator.targets[yearKey] ?? null;
    const targetEntry = targetText === null ? null : sources.target(targetText, indicator.unit);
    const parsed = targetEntry?.parsed ?? null;
    const own = suspensions.size > 0 ? suspensions.get(indicator.code) : undefined;
    return {
      index, node,
      formula: entry?.ok ? entry.formula : null,
      formulaErrors: entry && !entry.ok ? entry.errors : null,
      targetText,
      target: parsed?.ok ? parsed.target : null,
      targetRecord: targetEntry?.record ?? null,
      targetErrors: parsed && !parsed.ok ? parsed.errors : null,
      targetId: targetEntry?.id ?? -1,
      suspension: own ? suspensionExclusion(own) : node >= 0 ? nodeSuspension[node] ?? null : null,
      manual: manuals.size > 0 ? manuals.get(indicator.code) ?? null : null,
    };
  });
}

/** The index measure → indicators in compressed rows (two typed arrays, not a million small lists). */
function measureDependents(indicators: CompiledIndicator[], measureCount: number): CompiledPlan['measureDependents'] {
  const offsets = new Int32Array(measureCount + 1);
  const each = (visit: (measure: number, indicator: number) => void) => {
    for (const compiled of indicators) {
      // One slot per distinct measure: a formula reading M@t and M@t-1 depends on M once.
      const measures = compiled.formula?.measures;
      if (measures) for (const measure of measures) if (measure >= 0) visit(measure, compiled.index);
    }
  };
  each((measure) => { offsets[measure + 1] = (offsets[measure + 1] as number) + 1; });
  for (let m = 0; m < measureCount; m += 1) offsets[m + 1] = (offsets[m + 1] as number) + (offsets[m] as number);
  const cursor = offsets.slice(0, measureCount);
  const list = new Int32Array(offsets[measureCount] as number);
  each((measure, indicator) => {
    list[cursor[measure] as number] = indicator;
    cursor[measure] = (cursor[measure] as number) + 1;
  });
  return { offsets, indicators: list };
}

/** Every indicator's formula slots in one array (what numeric formulas read), with each indicator's start. */
function flatSlots(indicators: CompiledIndicator[]): { slotMeasures: Int32Array; slotStart: Int32Array } {
  const slotStart = new Int32Array(indicators.length + 1);
  for (let i = 0; i < indicators.length; i += 1) {
    slotStart[i + 1] = (slotStart[i] as number) + ((indicators[i] as CompiledIndicator).formula?.measures.length ?? 0);
  }
  const slotMeasures = new Int32Array(slotStart[indicators.length] as number);
  for (let i = 0; i < indicators.length; i += 1) {
    const measures = (indicators[i] as CompiledIndicator).formula?.measures;
    if (measures) for (let k = 0; k < measures.length; k += 1) slotMeasures[(slotStart[i] as number) + k] = measures[k] as number;
  }
  return { slotMeasures, slotStart };
}

/** The indicators whose formula reads measure `measure`. */
export function dependentsOf(cp: CompiledPlan, measure: number): Int32Array {
  const { offsets, indicators } = cp.measureDependents;
  return indicators.subarray(offsets[measure] as number, offsets[measure + 1] as number);
}

/** Prepares a plan for scoring. Throws RangeError for an unknown period (a caller's mistake). */
export function compilePlan(plan: Plan, policy: ScoringPolicy, options: ScoringOptions): CompiledPlan {
  const { year } = options;
  const period = resolvePeriod(plan, options);
  const interim = period !== null && !period.final;
  const store = new MeasureValueStore(plan, policy.acceptedValueStates, year, period);
  const graph = buildPlanGraph(plan);
  const { nodeSuspension, nodeManual } = nodeStates(plan, graph, year, period);
  const expectedProgress = interim && period ? period.expectedProgress ?? yearShareElapsed(period.end) : null;
  const sources = new SourceCache(store, year, { expectedProgress, cumulativeUnits: policy.interim.cumulativeUnits });
  const indicators = compileIndicators(plan, graph, sources, year, period, nodeSuspension);
  const { units, components } = resolveOrganisation(plan, policy, graph);
  const nodeUsesRollup = new Uint8Array(graph.nodes.length);
  for (const compiled of indicators) if (compiled.formula?.shape.rollup && compiled.node >= 0) nodeUsesRollup[compiled.node] = 1;
  return {
    plan, policy, year, period, interim, expectedProgress,
    store, graph, indicators, nodeSuspension, nodeManual, units, components,
    bands: bandsFor(policy, interim), nodeUsesRollup,
    measureDependents: measureDependents(indicators, store.measures.length),
    ...flatSlots(indicators),
    targets: sources.targetList,
    tables: {
      indicators: buildIndicatorTables(plan, indicators, nodeUsesRollup, graph),
      nodes: buildNodeTables(graph, nodeSuspension, nodeManual, nodeUsesRollup),
    },
  };
}
