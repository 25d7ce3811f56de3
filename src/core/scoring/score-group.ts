/**
 * The roll-up step shared by nodes, units, components and the entity: a weighted mean of members'
 * scores (MR = Σ mᵢ·pᵢ / Σ pᵢ, equal weights when none are given), honouring states — suspended and
 * no-target members are left out and the weights re-normalised; missing ones count 0, are left out
 * or block, as the policy says; a member in error or blocked blocks. Then the finishing touches:
 * tolerance, the output the policy publishes, rounding and the status band.
 */
import { normalizeNumber, roundScore } from '../numbers/rounding.js';
import { score as asScore, weight as asWeight, type Score } from '../numbers/units.js';
import { DotAccumulator } from '../numbers/weighted-mean.js';
import type { ScoringPolicy, StatusBandDefinition } from './policy.schema.js';
import type { Achievement, Contribution, ItemState } from './scored-plan.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';
import { bandFor, type StatusBand } from './status-band.js';

/** What a member of a mean offers: every scored record (indicator, node, unit, component) has these. */
export interface GroupRecord {
  kind: Contribution['kind'];
  code: string;
  state: ItemState;
  achievement: Achievement | null;
}

export type GroupOutcome =
  | { kind: 'scored'; raw: number; adjusted: number; contributions: Contribution[]; messages: ScoringMessage[] }
  | { kind: 'blocked'; contributions: Contribution[]; messages: ScoringMessage[] }
  | { kind: 'empty'; state: 'missing' | 'no_target'; contributions: Contribution[]; messages: ScoringMessage[] };

/** The shared empty message list: records get their own list only when something is said. */
export const NO_MESSAGES: ScoringMessage[] = Object.freeze([]) as unknown as ScoringMessage[];

export function addMessages(record: { messages: ScoringMessage[] }, messages: readonly ScoringMessage[]): void {
  if (messages.length === 0) return;
  if (record.messages === NO_MESSAGES) record.messages = messages.slice();
  else record.messages.push(...messages);
}

const IN = 1;
const ZERO = 2;
const OUT = 3;
const BLOCK = 4;
let inclusionBuffer = new Uint8Array(64);

function inclusionOf(record: GroupRecord, missingData: ScoringPolicy['missingData'], messages: ScoringMessage[]): number {
  switch (record.state) {
    case 'scored':
    case 'manual':
      return record.achievement ? IN : OUT;
    case 'missing':
      if (missingData === 'zero') {
        messages.push(scoringMessages.missingCountsZero(record.code));
        return record.achievement ? IN : ZERO;
      }
      messages.push(missingData === 'exclude' ? scoringMessages.missingExcluded(record.code) : scoringMessages.missingBlocks(record.code));
      return missingData === 'exclude' ? OUT : BLOCK;
    case 'error':
    case 'blocked':
      messages.push(scoringMessages.childBlocked(record.code));
      return BLOCK;
    default:
      return OUT;
  }
}

interface Tally { blocked: boolean; anyMissing: boolean; included: number; fallback: number; messages: ScoringMessage[] }

/** Decides each member's inclusion (into `inclusion`) and the weight of members without one. */
function tally(records: readonly GroupRecord[], weights: ReadonlyArray<number | undefined> | null,
  missingData: ScoringPolicy['missingData'], inclusion: Uint8Array): Tally {
  const messages: ScoringMessage[] = [];
  let blocked = false;
  let anyMissing = false;
  let given = 0;
  let givenTotal = 0;
  let included = 0;
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as GroupRecord;
    const how = inclusionOf(record, missingData, messages);
    inclusion[i] = how;
    if (how === BLOCK) blocked = true;
    if (record.state === 'missing') anyMissing = true;
    if (how !== IN && how !== ZERO) continue;
    included += 1;
    const w = weights?.[i];
    if (w !== undefined) {
      given += 1;
      givenTotal += w;
    }
  }
  if (given > 0 && given < included) messages.push(scoringMessages.weightsIncomplete());
  return { blocked, anyMissing, included, fallback: given === 0 ? 1 : givenTotal / given, messages };
}

function contributionsOf(records: readonly GroupRecord[], weights: ReadonlyArray<number | undefined> | null,
  inclusion: Uint8Array, fallback: number, sum: number, blocked: boolean): Contribution[] {
  const contributions = new Array<Contribution>(records.length);
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as GroupRecord;
    const how = inclusion[i];
    const given = weights?.[i];
    const counted = (how === IN || how === ZERO) && !blocked && sum > 0;
    contributions[i] = {
      kind: record.kind, code: record.code,
      weight: given === undefined ? null : asWeight(given),
      normalised: counted ? asWeight(normalizeNumber(((given ?? fallback) * 100) / sum)) : null,
      included: counted,
      state: record.state,
    };
  }
  return contributions;
}

/**
 * Combines members into one weighted mean (raw and adjusted), or says why it cannot. `weights`
 * runs parallel to `records` (null: equal weights).
 */
export function combineGroup(records: readonly GroupRecord[], weights: ReadonlyArray<number | undefined> | null,
  missingData: ScoringPolicy['missingData']): GroupOutcome {
  if (inclusionBuffer.length < records.length) inclusionBuffer = new Uint8Array(records.length * 2);
  const inclusion = inclusionBuffer;
  const { blocked, anyMissing, included, fallback, messages } = tally(records, weights, missingData, inclusion);
  const raw = new DotAccumulator();
  const adjusted = new DotAccumulator();
  const total = new DotAccumulator();
  for (let i = 0; i < records.length; i += 1) {
    const how = inclusion[i];
    if (how !== IN && how !== ZERO) continue;
    const w = weights?.[i] ?? fallback;
    total.add(w, 1);
    const achievement = (records[i] as GroupRecord).achievement;
    if (how === IN && achievement) {
      raw.add(achievement.raw, w);
      adjusted.add(achievement.adjusted, w);
    }
  }
  const sum = total.value();
  const contributions = contributionsOf(records, weights, inclusion, fallback, sum, blocked);
  if (blocked) return { kind: 'blocked', contributions, messages: messages.length === 0 ? NO_MESSAGES : messages };
  if (included === 0 || sum === 0) {
    if (included > 0) messages.push(scoringMessages.zeroWeights());
    return { kind: 'empty', state: anyMissing ? 'missing' : 'no_target', contributions, messages: messages.length === 0 ? NO_MESSAGES : messages };
  }
  return {
    kind: 'scored', contributions, messages: messages.length === 0 ? NO_MESSAGES : messages,
    raw: normalizeNumber(raw.value() / sum),
    adjusted: normalizeNumber(adjusted.value() / sum),
  };
}

/** Components take the entity's output choice and no tolerance of their own. */
export type OutputLevel = 'indicator' | 'node' | 'unit' | 'entity' | 'component';

// The two most common achievements, shared rather than allocated a million times.
const FULL: Achievement = Object.freeze({ raw: asScore(100), adjusted: asScore(100) });
const NONE: Achievement = Object.freeze({ raw: asScore(0), adjusted: asScore(0) });

export interface FinishedFields {
  achievement: Achievement | null;
  score: Score | null;
  rounded: number | null;
  band: StatusBand | null;
  toleranceApplied: boolean;
}

const OUTPUT_OF: Record<OutputLevel, keyof ScoringPolicy['outputs']> = {
  indicator: 'indicators', node: 'nodes', unit: 'units', entity: 'entity', component: 'entity',
};

/**
 * Writes the finished score into a record: the tolerance raises the adjusted score (when the policy
 * applies it at this level), then the published output, its rounding and its band.
 */
export function applyFinish(record: FinishedFields, raw: number, adjustedBase: number, level: OutputLevel, policy: ScoringPolicy,
  bands: readonly StatusBandDefinition[]): void {
  const threshold = policy.tolerance.threshold;
  const tolerant = threshold !== null && level !== 'component' && policy.tolerance.appliesTo.includes(level)
    && adjustedBase >= threshold && adjustedBase < 100;
  const adjusted = tolerant ? 100 : adjustedBase;
  const score = policy.outputs[OUTPUT_OF[level]] === 'raw' ? raw : adjusted;
  record.achievement = raw === adjusted && (raw === 100 || raw === 0) ? (raw === 100 ? FULL : NONE)
    : { raw: asScore(raw), adjusted: asScore(adjusted) };
  record.score = asScore(score);
  record.rounded = roundScore(score, policy.rounding);
  record.band = bandFor(score, bands);
  record.toleranceApplied = tolerant;
}
