/**
 * How a node's score is built from what is already scored below it: its own indicators, its
 * children, or — when it has neither — the nodes it links to. A node with both indicators and
 * children follows the policy's mixedNodes setting or its own indicatorShare. The same code runs on
 * the hot path (numbers only) and when a record is built (detail: contributions and messages too).
 */
import { normalizeNumber } from '../numbers/rounding.js';
import { weight as asWeight } from '../numbers/units.js';
import { DotAccumulator } from '../numbers/weighted-mean.js';
import type { CompiledPlan } from './compiled-plan.js';
import type { NodeTables } from './compiled-tables.js';
import { NODE_BASES, type IndicatorColumns, type NodeColumns } from './score-columns.js';
import {
  combineMembers, FROM_INDICATORS, FROM_NODES, GROUP_BLOCKED, GROUP_EMPTY, GROUP_SCORED, GroupMembers, GroupOutcome, NO_MESSAGES,
  type MemberCode,
} from './score-group.js';
import type { Contribution } from './scored-plan.js';
import { scoringMessages, type ScoringMessage } from './scoring-messages.js';

const BASIS = Object.fromEntries(NODE_BASES.map((basis, k) => [basis, k])) as Record<(typeof NODE_BASES)[number], number>;
export { BASIS as NODE_BASIS };

const mixSum = new DotAccumulator();

function mix(a: number, b: number, share: number): number {
  mixSum.reset();
  mixSum.add(a, share);
  mixSum.add(b, 100 - share);
  return normalizeNumber(mixSum.value() / 100);
}

function scaled(contributions: readonly Contribution[], share: number): Contribution[] {
  return contributions.map((c) => ({ ...c, normalised: c.normalised === null ? null : asWeight(normalizeNumber((c.normalised * share) / 100)) }));
}

/** Combines one node at a time; keep one per purpose (scoring, building records), it reuses its buffers. */
export class NodeCombiner {
  /** How the last combined node was scored (an index in NODE_BASES) and, in share mode, its indicators' share. */
  basis = BASIS.none;
  share: number | null = null;
  private readonly members = new GroupMembers();
  private readonly ownOutcome = new GroupOutcome();
  private readonly childOutcome = new GroupOutcome();
  private readonly outcome = new GroupOutcome();

  private readonly tables: NodeTables;

  constructor(private readonly cp: CompiledPlan, private readonly indicators: IndicatorColumns, private readonly nodes: NodeColumns,
    private readonly codeOf: MemberCode | null) {
    this.tables = cp.tables.nodes;
  }

  /** Node `n`'s mean, or null when it has nothing to average (basis none). */
  combine(n: number): GroupOutcome | null {
    const { indicators, children, links } = this.tables;
    const hasOwn = indicators.start[n + 1] !== indicators.start[n];
    const hasChildren = children.start[n + 1] !== children.start[n];
    this.share = null;
    if (hasOwn && hasChildren) return this.combineMixed(n);
    if (hasOwn) return this.group(BASIS.indicators, this.ownMembers(n), this.outcome);
    if (hasChildren) return this.group(BASIS.children, this.childMembers(n), this.outcome);
    if (links.start[n + 1] !== links.start[n]) {
      const members = this.members.clear().addRows(this.nodes, FROM_NODES, links.members, null, links.start[n] as number, links.start[n + 1] as number);
      return this.group(BASIS.links, members, this.outcome);
    }
    this.basis = BASIS.none;
    return null;
  }

  private group(basis: number, members: GroupMembers, out: GroupOutcome): GroupOutcome {
    this.basis = basis;
    return combineMembers(members, this.cp.policy.missingData, out, this.codeOf);
  }

  private ownMembers(n: number): GroupMembers {
    const { start, members, weights } = this.tables.indicators;
    return this.members.clear().addRows(this.indicators, FROM_INDICATORS, members, weights, start[n] as number, start[n + 1] as number);
  }

  private addChildren(to: GroupMembers, n: number): GroupMembers {
    const { start, members, weights } = this.tables.children;
    return to.addRows(this.nodes, FROM_NODES, members, weights, start[n] as number, start[n + 1] as number);
  }

  private childMembers(n: number): GroupMembers {
    return this.addChildren(this.members.clear(), n);
  }

  private combineMixed(n: number): GroupOutcome {
    const given = this.tables.share[n] as number;
    const mode = Number.isNaN(given) ? this.cp.policy.rollup.mixedNodes : 'share';
    if (mode === 'pooled') return this.group(BASIS.pooled, this.addChildren(this.ownMembers(n), n), this.outcome);
    const own = this.group(BASIS.indicators, this.ownMembers(n), this.ownOutcome);
    if (mode === 'share') {
      this.share = Number.isNaN(given) ? this.cp.policy.rollup.indicatorShare : given;
      const children = this.group(BASIS.share, this.childMembers(n), this.childOutcome);
      return this.mixByShare(own, children, this.share);
    }
    if (own.kind !== GROUP_EMPTY) return own;
    const fallback = this.group(BASIS.children, this.childMembers(n), this.childOutcome);
    fallback.messages = this.joined([own.messages, fallback.messages], scoringMessages.fallbackToOther('children'));
    return fallback;
  }

  /** Two groups mixed by shares: `share`% the node's own indicators, the rest its children. */
  private mixByShare(own: GroupOutcome, children: GroupOutcome, share: number): GroupOutcome {
    const out = this.outcome;
    const detail = this.codeOf !== null;
    const messages = [own.messages, children.messages];
    if (own.kind === GROUP_BLOCKED || children.kind === GROUP_BLOCKED) {
      out.kind = GROUP_BLOCKED;
      out.raw = Number.NaN;
      out.adjusted = Number.NaN;
      out.contributions = detail ? [...own.contributions, ...children.contributions] : out.contributions;
      out.messages = this.joined(messages, null);
      return out;
    }
    if (own.kind === GROUP_EMPTY) return out.copyFrom(children).withMessages(this.joined(messages, scoringMessages.fallbackToOther('children')));
    if (children.kind === GROUP_EMPTY) return out.copyFrom(own).withMessages(this.joined(messages, scoringMessages.fallbackToOther('indicators')));
    out.kind = GROUP_SCORED;
    out.raw = mix(own.raw, children.raw, share);
    out.adjusted = mix(own.adjusted, children.adjusted, share);
    out.contributions = detail ? [...scaled(own.contributions, share), ...scaled(children.contributions, 100 - share)] : out.contributions;
    out.messages = this.joined(messages, null);
    return out;
  }

  /** Messages one after the other (detail mode; the shared empty list otherwise). */
  private joined(lists: ReadonlyArray<readonly ScoringMessage[]>, last: ScoringMessage | null): ScoringMessage[] {
    if (this.codeOf === null) return NO_MESSAGES;
    const all = lists.flat();
    if (last !== null) all.push(last);
    return all.length === 0 ? NO_MESSAGES : all;
  }
}
