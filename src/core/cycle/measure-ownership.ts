/**
 * Which org units a measure belongs to, for data entry: the responsible units of the nodes whose
 * indicators use the measure (a node without responsible units inherits its nearest ancestor's), plus
 * the units a campaign assigns it to explicitly. And what a period's campaign collects: every measure
 * used by an indicator with a target in the year (annual measures only at the year's close) or
 * explicitly assigned, with its units.
 */
import { buildMeasureUsage } from '../plan/measure-usage.js';
import type { Indicator, Measure, Period, PlanNode } from '../plan/plan.schema.js';
import { isCollectedIn } from './period-calendar.js';

export interface MeasureAssignment {
  measure: string;
  unit: string;
}

/** The responsible units of every node, inherited from the nearest ancestor that has some. */
export function nodeResponsibleUnits(nodes: readonly Pick<PlanNode, 'code' | 'parent' | 'units'>[]): Map<string, string[]> {
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const out = new Map<string, string[]>();
  for (const node of nodes) {
    let at: Pick<PlanNode, 'code' | 'parent' | 'units'> | undefined = node;
    let units: string[] = [];
    for (let steps = 0; at && units.length === 0 && steps <= nodes.length; steps++) {
      units = at.units.responsible;
      at = at.parent ? byCode.get(at.parent) : undefined;
    }
    out.set(node.code, [...units]);
  }
  return out;
}

/** The parts of a plan ownership is computed from. */
export interface OwnershipPlan {
  nodes: readonly Pick<PlanNode, 'code' | 'parent' | 'units'>[];
  indicators: readonly Pick<Indicator, 'code' | 'node' | 'formula' | 'targets'>[];
  measures: readonly Pick<Measure, 'code' | 'name' | 'periodicity'>[];
}

export interface MeasureOwnership {
  /** Unit codes per measure code (sorted, unique). */
  units: Map<string, string[]>;
  /** Indicator codes using each measure. */
  indicators: Map<string, string[]>;
}

export function buildMeasureOwnership(plan: OwnershipPlan, assignments: readonly MeasureAssignment[] = []): MeasureOwnership {
  const usage = buildMeasureUsage(plan.measures, plan.indicators);
  const nodeUnits = nodeResponsibleUnits(plan.nodes);
  const nodeOf = new Map(plan.indicators.map((indicator) => [indicator.code, indicator.node]));
  const units = new Map<string, string[]>();
  const indicators = new Map<string, string[]>();
  for (const measure of plan.measures) {
    const uses = usage.get(measure.code) ?? [];
    const codes = new Set<string>();
    for (const use of uses) for (const unit of nodeUnits.get(nodeOf.get(use.indicator) ?? '') ?? []) codes.add(unit);
    for (const assignment of assignments) if (assignment.measure === measure.code) codes.add(assignment.unit);
    units.set(measure.code, [...codes].sort());
    indicators.set(measure.code, uses.map((use) => use.indicator));
  }
  return { units, indicators };
}

export interface CollectionItem {
  measure: string;
  units: string[];
  indicators: string[];
}

/** The measures a period's campaign collects, in the plan's order. */
export function collectionItems(
  plan: OwnershipPlan, period: Pick<Period, 'year' | 'final'>, assignments: readonly MeasureAssignment[] = [],
): CollectionItem[] {
  const ownership = buildMeasureOwnership(plan, assignments);
  const yearKey = String(period.year);
  const targeted = new Set(plan.indicators.filter((indicator) => indicator.targets[yearKey] !== undefined).map((indicator) => indicator.code));
  const assigned = new Set(assignments.map((assignment) => assignment.measure));
  return plan.measures
    .filter((measure) => assigned.has(measure.code)
      || (isCollectedIn(measure.periodicity, period) && (ownership.indicators.get(measure.code) ?? []).some((code) => targeted.has(code))))
    .map((measure) => ({ measure: measure.code, units: ownership.units.get(measure.code) ?? [], indicators: ownership.indicators.get(measure.code) ?? [] }));
}
