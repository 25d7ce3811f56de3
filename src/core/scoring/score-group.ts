/**
 * The roll-up step shared by nodes, units, components and the entity: a weighted mean of members'
 * scores (MR = Σ mᵢ·pᵢ / Σ pᵢ, equal weights when none are given), honouring states — suspended and
 * no-target members are left out and the weights re-normalised; missing ones count 0, are left out
 * or block, as the policy says; a member in error or blocked blocks.
 * Members are gathered from the score columns into reusable buffers, so a full recompute allocates
 * nothing per mean; asked for detail (when a record is built), the same computation also lists each
 * member's contribution and what was said about it.
 */
import { normalizeNumber } from '../numbers/rounding.js';
import { weight as asWeight } from '../numbers/units.js';
import { DotAccumulator } from '../numbers/weighted-mean.js';
import type { CompiledPlan } from './compiled-plan.js';
import type { ScoringPolicy } from './policy.schema.js';
import { BLOCKED, ERROR, MANUAL, MISSING, NO_TARGET, SCORED, STATES, type ScoreColumns } from './score-columns.js';
import { applyFinish, type OutputLevel } from './score-finish.js';
import type { Contribution, ScoredCommon } from './scored-plan.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';

/** Where a member's scores live (its columns) and what kind of item it is. */
export const FROM_INDICATORS = 0;
export const FROM_NODES = 1;
export const FROM_UNITS = 2;
export const FROM_COMPONENTS = 3;
const KIND_OF: readonly Contribution['kind'][] = ['indicator', 'node', 'unit', 'component'];

/** The code of a member, for contributions and messages (detail mode). */
export type MemberCode = (from: number, index: number) => string;

/** The shared empty message list: records get their own list only when something is said. */
export const NO_MESSAGES: ScoringMessage[] = Object.freeze([]) as unknown as ScoringMessage[];
const NO_CONTRIBUTIONS: Contribution[] = Object.freeze([]) as unknown as Contribution[];

export function addMessages(record: { messages: ScoringMessage[] }, messages: readonly ScoringMessage[]): void {
  if (messages.length === 0) return;
  if (record.messages === NO_MESSAGES) record.messages = messages.slice();
  else record.messages.push(...messages);
}

/** The members of one weighted mean, copied out of their columns; reused from mean to mean. */
export class GroupMembers {
  size = 0;
  state = new Uint8Array(16);
  raw = new Float64Array(16);
  adjusted = new Float64Array(16);
  /** The weight given, NaN when none is. */
  weight = new Float64Array(16);
  from = new Uint8Array(16);
  index = new Int32Array(16);

  clear(): this {
    this.size = 0;
    return this;
  }

  add(columns: ScoreColumns, from: number, index: number, weight: number | undefined): void {
    if (this.size === this.state.length) this.grow();
    const k = this.size;
    this.state[k] = columns.state[index] as number;
    this.raw[k] = columns.raw[index] as number;
    this.adjusted[k] = columns.adjusted[index] as number;
    this.weight[k] = weight === undefined ? Number.NaN : weight;
    this.from[k] = from;
    this.index[k] = index;
    this.size = k + 1;
  }

  /** Members [start, end) of compressed rows (compiled-tables.ts), with their weights (NaN: none). */
  addRows(columns: ScoreColumns, from: number, members: Int32Array, weights: Float64Array | null, start: number, end: number): this {
    for (let k = start; k < end; k += 1) {
      const w = weights === null ? Number.NaN : weights[k] as number;
      this.add(columns, from, members[k] as number, Number.isNaN(w) ? undefined : w);
    }
    return this;
  }

  addAll(columns: ScoreColumns, from: number, list: readonly number[], weights: ReadonlyArray<number | undefined> | null): this {
    for (let k = 0; k < list.length; k += 1) this.add(columns, from, list[k] as number, weights === null ? undefined : weights[k]);
    return this;
  }

  private grow(): void {
    const size = this.state.length * 2;
    const copy = <T extends Uint8Array | Float64Array | Int32Array>(from: T, to: T): T => { to.set(from); return to; };
    this.state = copy(this.state, new Uint8Array(size));
    this.raw = copy(this.raw, new Float64Array(size));
    this.adjusted = copy(this.adjusted, new Float64Array(size));
    this.weight = copy(this.weight, new Float64Array(size));
    this.from = copy(this.from, new Uint8Array(size));
    this.index = copy(this.index, new Int32Array(size));
  }
}

export const GROUP_SCORED = 0;
export const GROUP_BLOCKED = 1;
export const GROUP_EMPTY = 2;

/** What a weighted mean came to; contributions and messages are filled in detail mode only. */
export class GroupOutcome {
  kind = GROUP_EMPTY;
  /** For an empty group: MISSING when a member was missing, else NO_TARGET. */
  emptyState = NO_TARGET;
  raw = Number.NaN;
  adjusted = Number.NaN;
  contributions: Contribution[] = NO_CONTRIBUTIONS;
  messages: ScoringMessage[] = NO_MESSAGES;

  withMessages(messages: ScoringMessage[]): this {
    this.messages = messages;
    return this;
  }

  copyFrom(other: GroupOutcome): this {
    this.kind = other.kind;
    this.emptyState = other.emptyState;
    this.raw = other.raw;
    this.adjusted = other.adjusted;
    this.contributions = other.contributions;
    this.messages = other.messages;
    return this;
  }
}

const IN = 1;
const ZERO = 2;
const OUT = 3;
const BLOCK = 4;
let inclusion = new Uint8Array(64);
const rawSum = new DotAccumulator();
const adjustedSum = new DotAccumulator();
const weightSum = new DotAccumulator();

/** How a member counts, and (detail mode: `messages` and `codeOf` given) what is said about it. */
function inclusionOf(members: GroupMembers, k: number, missingData: ScoringPolicy['missingData'], messages: ScoringMessage[] | null,
  codeOf: MemberCode | null): number {
  const state = members.state[k];
  if (state === SCORED || state === MANUAL) return Number.isNaN(members.raw[k]) ? OUT : IN;
  if (state !== MISSING && state !== ERROR && state !== BLOCKED) return OUT;
  const code = messages === null || codeOf === null ? '' : codeOf(members.from[k] as number, members.index[k] as number);
  if (state === MISSING) {
    if (missingData === 'zero') {
      messages?.push(scoringMessages.missingCountsZero(code));
      return Number.isNaN(members.raw[k]) ? ZERO : IN;
    }
    messages?.push(missingData === 'exclude' ? scoringMessages.missingExcluded(code) : scoringMessages.missingBlocks(code));
    return missingData === 'exclude' ? OUT : BLOCK;
  }
  messages?.push(scoringMessages.childBlocked(code));
  return BLOCK;
}

function contributionsOf(members: GroupMembers, codeOf: MemberCode, fallback: number, sum: number, blocked: boolean): Contribution[] {
  const contributions = new Array<Contribution>(members.size);
  for (let k = 0; k < members.size; k += 1) {
    const how = inclusion[k];
    const given = members.weight[k] as number;
    const counted = (how === IN || how === ZERO) && !blocked && sum > 0;
    const from = members.from[k] as number;
    contributions[k] = {
      kind: KIND_OF[from] as Contribution['kind'], code: codeOf(from, members.index[k] as number),
      weight: Number.isNaN(given) ? null : asWeight(given),
      normalised: counted ? asWeight(normalizeNumber(((Number.isNaN(given) ? fallback : given) * 100) / sum)) : null,
      included: counted,
      state: STATES[members.state[k] as number] as Contribution['state'],
    };
  }
  return contributions;
}

/**
 * Combines the members into one weighted mean (raw and adjusted) in `out`, or says why it cannot.
 * With `codeOf` (detail mode) it also lists contributions and messages.
 */
export function combineMembers(members: GroupMembers, missingData: ScoringPolicy['missingData'], out: GroupOutcome,
  codeOf: MemberCode | null = null): GroupOutcome {
  if (inclusion.length < members.size) inclusion = new Uint8Array(members.size * 2);
  const messages: ScoringMessage[] | null = codeOf === null ? null : [];
  let blocked = false;
  let anyMissing = false;
  let given = 0;
  let givenTotal = 0;
  let included = 0;
  for (let k = 0; k < members.size; k += 1) {
    const how = inclusionOf(members, k, missingData, messages, codeOf);
    inclusion[k] = how;
    if (how === BLOCK) blocked = true;
    if (members.state[k] === MISSING) anyMissing = true;
    if (how !== IN && how !== ZERO) continue;
    included += 1;
    const w = members.weight[k] as number;
    if (!Number.isNaN(w)) {
      given += 1;
      givenTotal += w;
    }
  }
  if (messages !== null && given > 0 && given < included) messages.push(scoringMessages.weightsIncomplete());
  const fallback = given === 0 ? 1 : givenTotal / given;
  rawSum.reset();
  adjustedSum.reset();
  weightSum.reset();
  for (let k = 0; k < members.size; k += 1) {
    const how = inclusion[k];
    if (how !== IN && how !== ZERO) continue;
    const given = members.weight[k] as number;
    const w = Number.isNaN(given) ? fallback : given;
    weightSum.add(w, 1);
    if (how === IN) {
      rawSum.add(members.raw[k] as number, w);
      adjustedSum.add(members.adjusted[k] as number, w);
    }
  }
  const sum = weightSum.value();
  out.contributions = codeOf === null ? NO_CONTRIBUTIONS : contributionsOf(members, codeOf, fallback, sum, blocked);
  out.raw = Number.NaN;
  out.adjusted = Number.NaN;
  if (blocked) {
    out.kind = GROUP_BLOCKED;
  } else if (included === 0 || sum === 0) {
    if (messages !== null && included > 0) messages.push(scoringMessages.zeroWeights());
    out.kind = GROUP_EMPTY;
    out.emptyState = anyMissing ? MISSING : NO_TARGET;
  } else {
    out.kind = GROUP_SCORED;
    out.raw = normalizeNumber(rawSum.value() / sum);
    out.adjusted = normalizeNumber(adjustedSum.value() / sum);
  }
  out.messages = messages === null || messages.length === 0 ? NO_MESSAGES : messages;
  return out;
}

/** Writes a group's outcome into its record: contributions, messages, state, and the finished score. */
export function settleGroup<T extends ScoredCommon & { contributions: unknown[] }>(cp: CompiledPlan, record: T, outcome: GroupOutcome, level: OutputLevel): T {
  record.contributions = outcome.contributions;
  addMessages(record, outcome.messages);
  if (outcome.kind === GROUP_BLOCKED) {
    record.state = 'blocked';
  } else if (outcome.kind === GROUP_EMPTY) {
    const state = STATES[outcome.emptyState] as 'missing' | 'no_target';
    record.state = state;
    record.exclusion = { state, reason: scoringMessages.noItems() };
  } else {
    record.state = 'scored';
    applyFinish(record, outcome.raw, outcome.adjusted, level, cp.policy, cp.bands);
  }
  return record;
}
