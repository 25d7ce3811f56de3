/**
 * What a mid-year revision changed: objectives (nodes) and indicators added, removed or changed, with
 * every changed field (targets per year and weights included) as before/after. Items are matched by
 * code, in the revised plan's order (removed ones after, in the original's order).
 */
import type { Indicator, Plan, PlanNode } from '../plan/plan.schema.js';

export interface FieldChange {
  /** `title`, `weight`, `targets.2026`, `units.responsible`, … */
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  kind: 'node' | 'indicator';
  code: string;
  /** Title of the node or name of the indicator (the revised one, or the original when removed). */
  label: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface PlanDiff {
  nodes: ItemChange[];
  indicators: ItemChange[];
  summary: { added: number; removed: number; changed: number; targetChanges: number; weightChanges: number };
}

const NODE_FIELDS = ['title', 'section', 'level', 'parent', 'weight', 'indicatorShare', 'links'] as const;
const INDICATOR_FIELDS = ['name', 'node', 'formula', 'unit', 'polarity', 'weight', 'scoringRule', 'type', 'periodicity'] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields.filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

function nodeChanges(before: PlanNode, after: PlanNode): FieldChange[] {
  const changes = fieldChanges(before, after, NODE_FIELDS);
  for (const role of ['responsible', 'involved'] as const) {
    if (!same(before.units[role], after.units[role])) changes.push({ field: `units.${role}`, before: before.units[role], after: after.units[role] });
  }
  return changes;
}

function indicatorChanges(before: Indicator, after: Indicator): FieldChange[] {
  const changes = fieldChanges(before, after, INDICATOR_FIELDS);
  const years = [...new Set([...Object.keys(before.targets), ...Object.keys(after.targets)])].sort();
  for (const year of years) {
    const was = before.targets[year] ?? null;
    const is = after.targets[year] ?? null;
    if (was !== is) changes.push({ field: `targets.${year}`, before: was, after: is });
  }
  return changes;
}

function diffItems<T extends { code: string }>(
  kind: ItemChange['kind'], before: readonly T[], after: readonly T[], labelOf: (item: T) => string, compare: (a: T, b: T) => FieldChange[],
): ItemChange[] {
  const original = new Map(before.map((item) => [item.code, item]));
  const revisedCodes = new Set(after.map((item) => item.code));
  const out: ItemChange[] = [];
  for (const item of after) {
    const was = original.get(item.code);
    if (!was) {
      out.push({ kind, code: item.code, label: labelOf(item), change: 'added', fields: [] });
      continue;
    }
    const fields = compare(was, item);
    if (fields.length > 0) out.push({ kind, code: item.code, label: labelOf(item), change: 'changed', fields });
  }
  for (const item of before) {
    if (!revisedCodes.has(item.code)) out.push({ kind, code: item.code, label: labelOf(item), change: 'removed', fields: [] });
  }
  return out;
}

export function diffPlans(before: Pick<Plan, 'nodes' | 'indicators'>, after: Pick<Plan, 'nodes' | 'indicators'>): PlanDiff {
  const nodes = diffItems('node', before.nodes, after.nodes, (node) => node.title, nodeChanges);
  const indicators = diffItems('indicator', before.indicators, after.indicators, (indicator) => indicator.name, indicatorChanges);
  const all = [...nodes, ...indicators];
  const fields = all.flatMap((item) => item.fields);
  return {
    nodes, indicators,
    summary: {
      added: all.filter((item) => item.change === 'added').length,
      removed: all.filter((item) => item.change === 'removed').length,
      changed: all.filter((item) => item.change === 'changed').length,
      targetChanges: fields.filter((field) => field.field.startsWith('targets.')).length,
      weightChanges: fields.filter((field) => field.field === 'weight').length,
    },
  };
}

export interface TargetPair {
  indicator: string;
  name: string;
  /** The target before the revision (null: the indicator had none, or did not exist). */
  original: string | null;
  /** The target after it (null: removed). */
  revised: string | null;
}

/** Original and revised target of every indicator for a year (indicators of either plan). */
export function targetPairs(before: Pick<Plan, 'indicators'>, after: Pick<Plan, 'indicators'>, year: number): TargetPair[] {
  const key = String(year);
  const original = new Map(before.indicators.map((indicator) => [indicator.code, indicator]));
  const pairs: TargetPair[] = after.indicators.map((indicator) => ({
    indicator: indicator.code, name: indicator.name,
    original: original.get(indicator.code)?.targets[key] ?? null, revised: indicator.targets[key] ?? null,
  }));
  const present = new Set(after.indicators.map((indicator) => indicator.code));
  for (const indicator of before.indicators) {
    if (!present.has(indicator.code)) pairs.push({ indicator: indicator.code, name: indicator.name, original: indicator.targets[key] ?? null, revised: null });
  }
  return pairs.filter((pair) => pair.original !== null || pair.revised !== null);
}
