/**
 * One item compared under two scoring policies: its state, published score, rounded figure and status
 * band before and after, the difference in points and whether its status changed. Pure data.
 */
import Decimal from 'decimal.js';

export type ComparedKind = 'entity' | 'component' | 'unit' | 'node' | 'indicator' | 'card';

/** The kinds in the order a comparison lists them: the entity first, indicators and cards last. */
export const COMPARED_KINDS: readonly ComparedKind[] = ['entity', 'component', 'unit', 'node', 'indicator', 'card'];

export interface BandRef {
  key: string;
  label: { it: string; en: string };
  symbol: string;
  icon: string;
  colour: string;
}

/** An item's result under one policy. */
export interface ScoreSnapshot {
  /** The engine's state (scored, missing, blocked…; for cards: scored, missing, suspended, incomplete). */
  state: string;
  /** The published score, unrounded; null when there is none. */
  score: number | null;
  /** The published figure, rounded as that policy says. */
  rounded: number | null;
  band: BandRef | null;
}

export interface ScoreChange {
  kind: ComparedKind;
  code: string;
  label: string;
  /** Nodes: the plan section and tree level; cards: the role on the card. */
  section?: string;
  level?: string | null;
  role?: string;
  before: ScoreSnapshot;
  after: ScoreSnapshot;
  /** after.score − before.score in points, exact; null when either side has no score. */
  delta: number | null;
  /** The band or the state differs: the item changes status. */
  statusChanged: boolean;
  /** Anything the user sees differs: state, band, score or rounded figure. */
  changed: boolean;
}

export interface ItemIdentity {
  kind: ComparedKind;
  code: string;
  label: string;
  section?: string;
  level?: string | null;
  role?: string;
}

export function bandRefOf(band: BandRef | null): BandRef | null {
  if (!band) return null;
  return { key: band.key, label: { it: band.label.it, en: band.label.en }, symbol: band.symbol, icon: band.icon, colour: band.colour };
}

/** The difference of two scores in points, free of binary artefacts (100 − 99,2 = 0,8 exactly). */
export function scoreDelta(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return new Decimal(after).minus(before).toNumber();
}

export function buildScoreChange(identity: ItemIdentity, before: ScoreSnapshot, after: ScoreSnapshot): ScoreChange {
  const delta = scoreDelta(before.score, after.score);
  const stateChanged = before.state !== after.state;
  const bandChanged = (before.band?.key ?? null) !== (after.band?.key ?? null);
  const statusChanged = stateChanged || bandChanged;
  const scoreChanged = (before.score === null) !== (after.score === null) || (delta !== null && delta !== 0);
  const changed = statusChanged || scoreChanged || before.rounded !== after.rounded;
  const change: ScoreChange = { kind: identity.kind, code: identity.code, label: identity.label, before, after, delta, statusChanged, changed };
  if (identity.section !== undefined) change.section = identity.section;
  if (identity.level !== undefined) change.level = identity.level;
  if (identity.role !== undefined) change.role = identity.role;
  return change;
}
