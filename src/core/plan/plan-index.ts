/**
 * Lookups over a plan by code: nodes, indicators, measures, org units, periods, children of a node,
 * indicators of a node, and the natural order of codes (`C.1.2.10` after `C.1.2.9`).
 * Where a code is duplicated, the first occurrence wins (validatePlan reports the duplicate).
 */
import type { Indicator, LevelKey, Measure, OrgUnit, Period, Plan, PlanNode } from './plan.schema.js';

/** An item and its position in the plan's array (for locations such as `nodes[3]`). */
export interface Indexed<T> { item: T; position: number }

export interface PlanIndex {
  nodes: ReadonlyMap<string, Indexed<PlanNode>>;
  indicators: ReadonlyMap<string, Indexed<Indicator>>;
  measures: ReadonlyMap<string, Indexed<Measure>>;
  /** Measures by exact name, for formulas that reference `[a measure name]`. */
  measuresByName: ReadonlyMap<string, Indexed<Measure>>;
  orgUnits: ReadonlyMap<string, Indexed<OrgUnit>>;
  periods: ReadonlyMap<string, Indexed<Period>>;
  /** Children of a node (by parent code), in natural code order. */
  childrenOf(nodeCode: string): Indexed<PlanNode>[];
  /** Indicators hanging off a node, in natural code order. */
  indicatorsOf(nodeCode: string): Indexed<Indicator>[];
  /** Position of a level in the plan's level schema (0 = top), or undefined when not a plan level. */
  levelDepth(level: LevelKey): number | undefined;
}

const chunkPattern = /(\d+)|(\D+)/g;

/**
 * Natural order of codes: digit runs compare as numbers, other runs as text (case-insensitive first,
 * then exact), so `C.1.2.9` < `C.1.2.10` and `1B01` < `1B0101` < `1B02`.
 */
export function naturalCodeCompare(a: string, b: string): number {
  const left = a.match(chunkPattern) ?? [];
  const right = b.match(chunkPattern) ?? [];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    const order = compareChunk(x, y);
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareChunk(x: string, y: string): number {
  const xDigits = /^\d/.test(x);
  const yDigits = /^\d/.test(y);
  if (xDigits && yDigits) {
    const byValue = compareDigitRuns(x, y);
    return byValue !== 0 ? byValue : x.length - y.length;
  }
  if (xDigits !== yDigits) return xDigits ? -1 : 1;
  const folded = x.toLowerCase().localeCompare(y.toLowerCase(), 'en');
  return folded !== 0 ? folded : x < y ? -1 : x > y ? 1 : 0;
}

/** Compares digit strings by numeric value without converting them (codes may be long). */
function compareDigitRuns(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCode<T extends { code: string }>(items: readonly T[]): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  items.forEach((item, position) => {
    if (!map.has(item.code)) map.set(item.code, { item, position });
  });
  return map;
}

function groupBy<T extends { code: string }>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
): Map<string, Indexed<T>[]> {
  const groups = new Map<string, Indexed<T>[]>();
  items.forEach((item, position) => {
    const key = keyOf(item);
    if (key === undefined) return;
    const group = groups.get(key) ?? [];
    group.push({ item, position });
    groups.set(key, group);
  });
  for (const group of groups.values()) group.sort((x, y) => naturalCodeCompare(x.item.code, y.item.code));
  return groups;
}

export function buildPlanIndex(plan: Plan): PlanIndex {
  const children = groupBy(plan.nodes, (node) => node.parent);
  const indicatorsByNode = groupBy(plan.indicators, (indicator) => indicator.node);
  const measuresByName = new Map<string, Indexed<Measure>>();
  plan.measures.forEach((item, position) => {
    if (!measuresByName.has(item.name)) measuresByName.set(item.name, { item, position });
  });
  const depths = new Map<LevelKey, number>();
  plan.plan.levels.forEach((level, depth) => {
    if (!depths.has(level.key)) depths.set(level.key, depth);
  });
  return {
    nodes: byCode(plan.nodes),
    indicators: byCode(plan.indicators),
    measures: byCode(plan.measures),
    measuresByName,
    orgUnits: byCode(plan.orgUnits),
    periods: byCode(plan.periods),
    childrenOf: (code) => children.get(code) ?? [],
    indicatorsOf: (code) => indicatorsByNode.get(code) ?? [],
    levelDepth: (level) => depths.get(level),
  };
}

/** The plan's years, first to last. */
export function planYears(plan: Plan): number[] {
  const years: number[] = [];
  for (let year = plan.plan.firstYear; year <= plan.plan.lastYear; year++) years.push(year);
  return years;
}
