/**
 * What-if: the same plan scored under the saved policy and under a proposed one, compared item by
 * item — the entity, its components, the org units, the objectives (nodes), the indicators and the
 * evaluation cards — listing what changes status and by how much. Pure: two results in, a list out.
 */
import type { ScoredCommon, ScoredPlan } from '../scoring/scored-plan.js';
import type { CardComparisonItem } from './card-comparison.js';
import {
  bandRefOf, buildScoreChange, COMPARED_KINDS, type ComparedKind, type ItemIdentity, type ScoreChange, type ScoreSnapshot,
} from './score-change.js';

export interface KindSummary {
  /** Items of this kind present under either policy. */
  compared: number;
  /** Items whose state, band, score or rounded figure differ. */
  changed: number;
  statusChanged: number;
  /** Score higher (lower) under the proposed policy. */
  improved: number;
  worsened: number;
}

export interface WhatIfComparison {
  year: number;
  period: string | null;
  interim: boolean;
  /** The entity's organisational performance, changed or not. */
  entity: ScoreChange;
  /** The items that change, the entity first, then components, units, objectives, indicators, cards. */
  changes: ScoreChange[];
  summary: Record<ComparedKind, KindSummary>;
  /** False when the cards were not compared (monitoring periods: cards are scored at year end). */
  cardsCompared: boolean;
}

export function snapshotOf(item: ScoredCommon): ScoreSnapshot {
  return { state: item.state, score: item.score, rounded: item.rounded, band: bandRefOf(item.band) };
}

interface Pairable {
  identity: ItemIdentity;
  snapshot: ScoreSnapshot;
}

const NOTHING: ScoreSnapshot = { state: 'absent', score: null, rounded: null, band: null };

/** Pairs items by kind and code, in the order of `before` then the ones only `after` has. */
function pairItems(before: readonly Pairable[], after: readonly Pairable[]): ScoreChange[] {
  const afterByKey = new Map(after.map((item) => [`${item.identity.kind}\u0000${item.identity.code}`, item]));
  const seen = new Set<string>();
  const changes: ScoreChange[] = [];
  for (const item of before) {
    const key = `${item.identity.kind}\u0000${item.identity.code}`;
    seen.add(key);
    changes.push(buildScoreChange(item.identity, item.snapshot, afterByKey.get(key)?.snapshot ?? NOTHING));
  }
  for (const item of after) {
    const key = `${item.identity.kind}\u0000${item.identity.code}`;
    if (!seen.has(key)) changes.push(buildScoreChange(item.identity, NOTHING, item.snapshot));
  }
  return changes;
}

/** Every compared item of a scored plan, in listing order. */
function itemsOf(scored: ScoredPlan): Pairable[] {
  const entity = scored.entity;
  return [
    { identity: { kind: 'entity', code: entity.code, label: entity.name }, snapshot: snapshotOf(entity) },
    ...entity.components.map((component): Pairable => ({
      identity: { kind: 'component', code: component.key, label: component.label.it }, snapshot: snapshotOf(component),
    })),
    ...scored.units.map((unit): Pairable => ({ identity: { kind: 'unit', code: unit.code, label: unit.name }, snapshot: snapshotOf(unit) })),
    ...scored.nodes.map((node): Pairable => ({
      identity: { kind: 'node', code: node.code, label: node.title, section: node.section, level: node.level ?? null }, snapshot: snapshotOf(node),
    })),
    ...scored.indicators.map((indicator): Pairable => ({
      identity: { kind: 'indicator', code: indicator.code, label: indicator.name }, snapshot: snapshotOf(indicator),
    })),
  ];
}

function summarise(changes: readonly ScoreChange[]): Record<ComparedKind, KindSummary> {
  const summary = Object.fromEntries(COMPARED_KINDS.map((kind) => [kind, { compared: 0, changed: 0, statusChanged: 0, improved: 0, worsened: 0 }])) as
    Record<ComparedKind, KindSummary>;
  for (const change of changes) {
    const row = summary[change.kind];
    row.compared += 1;
    if (change.changed) row.changed += 1;
    if (change.statusChanged) row.statusChanged += 1;
    if (change.delta !== null && change.delta > 0) row.improved += 1;
    if (change.delta !== null && change.delta < 0) row.worsened += 1;
  }
  return summary;
}

/**
 * Compares a plan scored under the saved policy (`before`) and under a proposed one (`after`); both
 * must score the same year and period. `cards` are the evaluation cards scored on each result, or null
 * when they are not compared.
 */
export function compareScoredPlans(before: ScoredPlan, after: ScoredPlan, cards: { before: CardComparisonItem[]; after: CardComparisonItem[] } | null = null): WhatIfComparison {
  if (before.year !== after.year || before.period !== after.period) {
    throw new RangeError(`what-if compares one year and period: ${before.year}/${before.period ?? '-'} vs ${after.year}/${after.period ?? '-'}`);
  }
  const all = [...pairItems(itemsOf(before), itemsOf(after)), ...(cards ? pairItems(cards.before, cards.after) : [])];
  const entity = all[0] as ScoreChange;
  return {
    year: before.year,
    period: before.period,
    interim: before.interim,
    entity,
    changes: all.filter((change) => change.changed),
    summary: summarise(all),
    cardsCompared: cards !== null,
  };
}
