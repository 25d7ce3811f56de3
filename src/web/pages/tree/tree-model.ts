/**
 * The performance tree as rows: the plan's nodes joined with their scores, children in natural code
 * order, and the filters of the tree page (level, org unit, status, text). A filtered tree keeps the
 * ancestors of every match (shown as context), so a match is always seen where it sits.
 */
import { naturalCodeCompare } from '../../../core/plan/plan-index.js';
import type { NodeScore } from '../../components/score/score-queries.js';

export interface TreeNodeInput {
  code: string;
  title: string;
  section: string;
  level: string | null;
  parentCode: string | null;
  weight: number | null;
  units: { responsible: string[]; involved: string[] };
}

export interface TreeRow {
  code: string;
  title: string;
  section: string;
  level: string | null;
  weight: number | null;
  responsible: string[];
  involved: string[];
  score: NodeScore | null;
  /** Shown only because a descendant matches the filters. */
  context: boolean;
  depth: number;
  children: TreeRow[];
}

export interface TreeFilters {
  level?: string;
  unit?: string;
  /** A band key (raggiunto, in_linea, …) or an item state for items without a band (missing, suspended, …). */
  status?: string;
  text?: string;
}

export function hasActiveFilters(filters: TreeFilters): boolean {
  return Boolean(filters.level || filters.unit || filters.status || filters.text?.trim());
}

/** The status key of a score, as the status filter names it. */
export function statusKeyOf(score: NodeScore | null): string {
  if (!score) return 'no_score';
  return score.band?.key ?? score.state;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function matches(node: TreeNodeInput, score: NodeScore | null, filters: TreeFilters): boolean {
  if (filters.level && node.level !== filters.level) return false;
  if (filters.unit && !node.units.responsible.includes(filters.unit) && !node.units.involved.includes(filters.unit)) return false;
  if (filters.status && statusKeyOf(score) !== filters.status) return false;
  const text = filters.text?.trim();
  if (text) {
    const needle = fold(text);
    if (!fold(node.code).includes(needle) && !fold(node.title).includes(needle)) return false;
  }
  return true;
}

/**
 * Builds the rows: roots (no parent, or a parent not in the plan) and their children, each level in
 * natural code order. With filters, only matches and their ancestors are kept.
 */
export function buildTreeRows(nodes: readonly TreeNodeInput[], scores: readonly NodeScore[], filters: TreeFilters = {}): TreeRow[] {
  const scoreOf = new Map(scores.map((score) => [score.code, score]));
  const known = new Set(nodes.map((node) => node.code));
  const childrenOf = new Map<string | null, TreeNodeInput[]>();
  for (const node of nodes) {
    const parent = node.parentCode !== null && known.has(node.parentCode) ? node.parentCode : null;
    const list = childrenOf.get(parent);
    if (list) list.push(node);
    else childrenOf.set(parent, [node]);
  }
  for (const list of childrenOf.values()) list.sort((a, b) => naturalCodeCompare(a.code, b.code));
  const filtering = hasActiveFilters(filters);

  const build = (node: TreeNodeInput, depth: number, seen: Set<string>): TreeRow | null => {
    if (seen.has(node.code)) return null; // a parent cycle: validation reports it, the tree stops there
    seen.add(node.code);
    const score = scoreOf.get(node.code) ?? null;
    const children = (childrenOf.get(node.code) ?? []).flatMap((child) => build(child, depth + 1, seen) ?? []);
    const own = !filtering || matches(node, score, filters);
    if (!own && children.length === 0) return null;
    return {
      code: node.code, title: node.title, section: node.section, level: node.level, weight: node.weight,
      responsible: node.units.responsible, involved: node.units.involved, score, context: !own, depth, children,
    };
  };
  const seen = new Set<string>();
  return (childrenOf.get(null) ?? []).flatMap((root) => build(root, 0, seen) ?? []);
}

/** Codes of every row that has children (to expand all). */
export function expandableCodes(rows: readonly TreeRow[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly TreeRow[]) => {
    for (const row of list) {
      if (row.children.length > 0) {
        out.push(row.code);
        walk(row.children);
      }
    }
  };
  walk(rows);
  return out;
}

/** The number of rows that match the filters (context rows excluded). */
export function countMatches(rows: readonly TreeRow[]): number {
  return rows.reduce((sum, row) => sum + (row.context ? 0 : 1) + countMatches(row.children), 0);
}
