/**
 * Unit performance (the mean of the objectives a unit is responsible for) and the entity's
 * organisational performance (a weighted or pooled composition of named components).
 */
import type { CompiledComponent, CompiledUnit } from './compiled-organisation.js';
import type { CompiledPlan } from './compiled-plan.js';
import { combineGroup, finishScore, type GroupMember, type GroupOutcome, type OutputLevel } from './score-group.js';
import type { ScoredCommon, ScoredComponent, ScoredEntity, ScoredNode, ScoredUnit } from './scored-plan.js';
import { scoringMessages } from './scoring-messages.js';

function emptyCommon(): ScoredCommon {
  return {
    state: 'no_target', achievement: null, score: null, rounded: null, band: null, toleranceApplied: false,
    exclusion: null, manual: null, messages: [],
  };
}

function settle<T extends ScoredCommon & { contributions: unknown[] }>(cp: CompiledPlan, record: T, outcome: GroupOutcome,
  level: OutputLevel | null): T {
  record.contributions = outcome.contributions;
  record.messages.push(...outcome.messages);
  if (outcome.kind === 'blocked') {
    record.state = 'blocked';
  } else if (outcome.kind === 'empty') {
    record.state = outcome.state;
    record.exclusion = { state: outcome.state, reason: scoringMessages.noItems() };
  } else {
    // Components carry the entity's output choice but no tolerance of their own.
    const finished = finishScore(outcome.raw, outcome.adjusted, level ?? 'entity', level === null
      ? { ...cp.policy, tolerance: { ...cp.policy.tolerance, threshold: null } } : cp.policy, cp.bands);
    Object.assign(record, finished, { state: 'scored' });
  }
  return record;
}

const nodeMember = (scored: ScoredNode, weight: number | undefined): GroupMember =>
  ({ kind: 'node', code: scored.code, weight, state: scored.state, achievement: scored.achievement });

export function scoreUnit(cp: CompiledPlan, unit: CompiledUnit, nodes: ReadonlyArray<ScoredNode | undefined>): ScoredUnit {
  const members = unit.nodes.map((index) => nodeMember(nodes[index] as ScoredNode, undefined));
  const record: ScoredUnit = { kind: 'unit', code: unit.unit.code, name: unit.unit.name, ...emptyCommon(), contributions: [] };
  return settle(cp, record, combineGroup(members, cp.policy.missingData), 'unit');
}

function componentMembers(cp: CompiledPlan, component: CompiledComponent, nodes: ReadonlyArray<ScoredNode | undefined>,
  units: readonly ScoredUnit[]): GroupMember[] {
  if (component.source === 'units') {
    return units.map((unit) => ({ kind: 'unit', code: unit.code, weight: undefined, state: unit.state, achievement: unit.achievement }));
  }
  return component.nodes.map((index) => nodeMember(nodes[index] as ScoredNode, cp.graph.nodes[index]?.node.weight));
}

export function scoreEntity(cp: CompiledPlan, nodes: ReadonlyArray<ScoredNode | undefined>, units: readonly ScoredUnit[]): ScoredEntity {
  const missing = cp.policy.missingData;
  const pooled: GroupMember[] = [];
  const components = cp.components.map((component): ScoredComponent => {
    const members = componentMembers(cp, component, nodes, units);
    pooled.push(...members);
    const record: ScoredComponent = {
      kind: 'component', key: component.component.key, label: component.label, ...emptyCommon(), contributions: [],
    };
    record.messages.push(...component.messages);
    settle(cp, record, combineGroup(members, missing), null);
    if (record.state === 'no_target' || record.state === 'missing') record.messages.push(scoringMessages.componentEmpty(record.key));
    return record;
  });
  const mode = cp.policy.entity.mode;
  const record: ScoredEntity = {
    kind: 'entity', code: cp.plan.entity.code, name: cp.plan.entity.name, mode, ...emptyCommon(), components, contributions: [],
  };
  const outcome = mode === 'pooled'
    ? combineGroup(pooled, missing)
    : combineGroup(components.map((c, i) => ({
      kind: 'component', code: c.key, weight: cp.components[i]?.component.weight, state: c.state, achievement: c.achievement,
    })), missing);
  return settle(cp, record, outcome, 'entity');
}
