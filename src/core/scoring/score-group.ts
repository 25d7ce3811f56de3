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

export interface GroupMember {
  kind: Contribution['kind'];
  code: string;
  weight: number | undefined;
  state: ItemState;
  achievement: Achievement | null;
}

export type GroupOutcome =
  | { kind: 'scored'; raw: number; adjusted: number; contributions: Contribution[]; messages: ScoringMessage[] }
  | { kind: 'blocked'; contributions: Contribution[]; messages: ScoringMessage[] }
  | { kind: 'empty'; state: 'missing' | 'no_target'; contributions: Contribution[]; messages: ScoringMessage[] };

type Inclusion = 'in' | 'zero' | 'out' | 'block';

function inclusionOf(member: GroupMember, missingData: ScoringPolicy['missingData'], messages: ScoringMessage[]): Inclusion {
  switch (member.state) {
    case 'scored':
    case 'manual':
      return member.achievement ? 'in' : 'out';
    case 'missing':
      if (missingData === 'zero') {
        messages.push(scoringMessages.missingCountsZero(member.code));
        return 'zero';
      }
      if (missingData === 'exclude') {
        messages.push(scoringMessages.missingExcluded(member.code));
        return 'out';
      }
      messages.push(scoringMessages.missingBlocks(member.code));
      return 'block';
    case 'error':
    case 'blocked':
      messages.push(scoringMessages.childBlocked(member.code));
      return 'block';
    default:
      return 'out';
  }
}

/** Combines members into one weighted mean (raw and adjusted), or says why it cannot. */
export function combineGroup(members: readonly GroupMember[], missingData: ScoringPolicy['missingData']): GroupOutcome {
  const messages: ScoringMessage[] = [];
  const inclusion: Inclusion[] = [];
  let blocked = false;
  let anyMissing = false;
  let given = 0;
  let givenTotal = 0;
  let included = 0;
  for (const member of members) {
    const how = inclusionOf(member, missingData, messages);
    inclusion.push(how);
    if (how === 'block') blocked = true;
    if (member.state === 'missing') anyMissing = true;
    if (how === 'in' || how === 'zero') {
      included += 1;
      if (member.weight !== undefined) {
        given += 1;
        givenTotal += member.weight;
      }
    }
  }
  if (given > 0 && given < included) messages.push(scoringMessages.weightsIncomplete());
  const fallback = given === 0 ? 1 : givenTotal / given;
  const raw = new DotAccumulator();
  const adjusted = new DotAccumulator();
  const total = new DotAccumulator();
  members.forEach((member, i) => {
    const how = inclusion[i];
    if (how !== 'in' && how !== 'zero') return;
    const w = member.weight ?? fallback;
    total.add(w, 1);
    if (how === 'in') {
      raw.add((member.achievement as Achievement).raw, w);
      adjusted.add((member.achievement as Achievement).adjusted, w);
    }
  });
  const sum = total.value();
  const contributions = members.map((member, i): Contribution => {
    const how = inclusion[i];
    const counted = (how === 'in' || how === 'zero') && !blocked && sum > 0;
    return {
      kind: member.kind, code: member.code,
      weight: member.weight === undefined ? null : asWeight(member.weight),
      normalised: counted ? asWeight(normalizeNumber(((member.weight ?? fallback) * 100) / sum)) : null,
      included: counted,
      state: member.state,
    };
  });
  if (blocked) return { kind: 'blocked', contributions, messages };
  if (included === 0 || sum === 0) {
    if (included > 0) messages.push(scoringMessages.zeroWeights());
    return { kind: 'empty', state: anyMissing ? 'missing' : 'no_target', contributions, messages };
  }
  return {
    kind: 'scored', contributions, messages,
    raw: normalizeNumber(raw.value() / sum),
    adjusted: normalizeNumber(adjusted.value() / sum),
  };
}

export type OutputLevel = 'indicator' | 'node' | 'unit' | 'entity';

export interface FinishedScore {
  achievement: Achievement;
  score: Score;
  rounded: number;
  band: StatusBand | null;
  toleranceApplied: boolean;
}

const OUTPUT_OF: Record<OutputLevel, keyof ScoringPolicy['outputs']> = {
  indicator: 'indicators', node: 'nodes', unit: 'units', entity: 'entity',
};

/**
 * Applies the tolerance to the adjusted score (when the policy applies it at this level), picks the
 * published output, rounds it and finds its band.
 */
export function finishScore(raw: number, adjustedBase: number, level: OutputLevel, policy: ScoringPolicy,
  bands: readonly StatusBandDefinition[]): FinishedScore {
  const threshold = policy.tolerance.threshold;
  const tolerant = threshold !== null && policy.tolerance.appliesTo.includes(level)
    && adjustedBase >= threshold && adjustedBase < 100;
  const adjusted = tolerant ? 100 : adjustedBase;
  const score = policy.outputs[OUTPUT_OF[level]] === 'raw' ? raw : adjusted;
  return {
    achievement: { raw: asScore(raw), adjusted: asScore(adjusted) },
    score: asScore(score),
    rounded: roundScore(score, policy.rounding),
    band: bandFor(score, bands),
    toleranceApplied: tolerant,
  };
}
