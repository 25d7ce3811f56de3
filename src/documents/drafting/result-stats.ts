/**
 * Counts the drafted paragraphs quote: indicators and objectives by status band or state, with the
 * suspensions' reasons, for a group of the plan (strategic, operational, entity objectives).
 */
import type { LevelKey, PlanNode } from '../../core/plan/plan.schema.js';
import { sortedBands } from '../../core/scoring/status-band.js';
import type { ScoredCommon } from '../../core/scoring/scored-plan.js';
import type { DocumentContext } from '../model/document-input.js';

export type NodeGroup = 'strategic' | 'operational' | 'entity' | 'unit' | 'all';

const STRATEGIC: ReadonlySet<LevelKey | undefined> = new Set(['strategic_area', 'strategic_objective']);

export function nodeInGroup(node: PlanNode, group: NodeGroup): boolean {
  if (group === 'all') return true;
  if (group === 'entity' || group === 'unit') return node.section === group;
  if (node.section !== 'tree') return false;
  return group === 'strategic' ? STRATEGIC.has(node.level) : !STRATEGIC.has(node.level);
}

export interface BandCount { key: string; label: string; count: number }

export interface ResultStats {
  total: number;
  /** Items with a score, by band, in the policy's band order (highest first); bands with no item left out. */
  bands: BandCount[];
  suspended: Array<{ code: string; reason: string }>;
  missing: string[];
  noTarget: string[];
  errors: string[];
}

function emptyStats(ctx: DocumentContext): ResultStats {
  const bands = sortedBands(ctx.scored.interim ? ctx.policy.bands.interim : ctx.policy.bands.final)
    .map((band) => ({ key: band.key, label: band.label[ctx.locale], count: 0 }));
  return { total: 0, bands, suspended: [], missing: [], noTarget: [], errors: [] };
}

function countItem(stats: ResultStats, code: string, item: ScoredCommon | undefined, ctx: DocumentContext): void {
  stats.total += 1;
  if (item === undefined) {
    stats.missing.push(code);
    return;
  }
  if (item.band !== null && item.rounded !== null) {
    const entry = stats.bands.find((band) => band.key === item.band?.key);
    if (entry) entry.count += 1;
    return;
  }
  if (item.state === 'suspended') {
    const reason = item.exclusion?.reason[ctx.locale] ?? '';
    stats.suspended.push({ code, reason });
  } else if (item.state === 'no_target') stats.noTarget.push(code);
  else if (item.state === 'error' || item.state === 'blocked') stats.errors.push(code);
  else stats.missing.push(code);
}

function finish(stats: ResultStats): ResultStats {
  return { ...stats, bands: stats.bands.filter((band) => band.count > 0) };
}

/** Indicators of the nodes of a group, with their results. */
export function indicatorStats(ctx: DocumentContext, group: NodeGroup): ResultStats {
  const stats = emptyStats(ctx);
  for (const indicator of ctx.plan.indicators) {
    const node = ctx.index.nodes.get(indicator.node)?.item;
    if (node === undefined || !nodeInGroup(node, group)) continue;
    countItem(stats, indicator.code, ctx.scoredIndicators.get(indicator.code), ctx);
  }
  return finish(stats);
}

/** Nodes of a tree level, with their results. */
export function levelStats(ctx: DocumentContext, level: LevelKey): ResultStats {
  const stats = emptyStats(ctx);
  for (const node of ctx.nodesOfLevel(level)) countItem(stats, node.code, ctx.scoredNodes.get(node.code), ctx);
  return finish(stats);
}

/** Org units with objectives that year, with their results (units without objectives are only counted apart). */
export function unitStats(ctx: DocumentContext): ResultStats & { withoutObjectives: number } {
  const stats = emptyStats(ctx);
  const withObjectives = ctx.scored.units.filter((unit) => unit.state !== 'no_target');
  for (const unit of withObjectives) countItem(stats, unit.code, unit, ctx);
  return { ...finish(stats), withoutObjectives: ctx.scored.units.length - withObjectives.length };
}
