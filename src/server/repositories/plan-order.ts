/**
 * The canonical order of a plan's order-free lists, so that a plan read from the database can be
 * compared with the plan written: periods by year and end date; values by year, period (the final
 * value last), then measure in authored order, state and entry time; suspensions and manual achievements by year, period,
 * kind and natural code. Org units, nodes, indicators and measures keep their authored order.
 */
import type { Plan } from '../../core/plan/plan.schema.js';
import { naturalCodeCompare } from '../../core/plan/plan-index.js';

function rankOf(codes: string[]): (code: string | undefined) => number {
  const rank = new Map(codes.map((code, i) => [code, i]));
  return (code) => (code === undefined ? Number.MAX_SAFE_INTEGER : rank.get(code) ?? Number.MAX_SAFE_INTEGER - 1);
}

export function canonicalPlan(plan: Plan): Plan {
  const periods = [...plan.periods].sort((a, b) => a.year - b.year || a.end.localeCompare(b.end) || naturalCodeCompare(a.code, b.code));
  const periodRank = rankOf(periods.map((period) => period.code));
  const measureRank = rankOf(plan.measures.map((measure) => measure.code));
  const values = [...plan.values].sort((a, b) => a.year - b.year
    || periodRank(a.period) - periodRank(b.period)
    || measureRank(a.measure) - measureRank(b.measure)
    || naturalCodeCompare(a.measure, b.measure)
    || a.state.localeCompare(b.state)
    || (a.enteredAt ?? '').localeCompare(b.enteredAt ?? ''));
  const byTarget = <T extends { year: number; period?: string; target: { kind: string; code: string } }>(a: T, b: T) =>
    a.year - b.year || periodRank(a.period) - periodRank(b.period)
    || a.target.kind.localeCompare(b.target.kind) || naturalCodeCompare(a.target.code, b.target.code);
  return {
    ...plan,
    periods,
    values,
    suspensions: [...plan.suspensions].sort(byTarget),
    manualAchievements: [...plan.manualAchievements].sort(byTarget),
  };
}
