/**
 * Unit performance (the mean of the objectives a unit is responsible for) and the entity's
 * organisational performance (a weighted or pooled composition of named components).
 */
import type { CompiledUnit } from './compiled-organisation.js';
import type { CompiledPlan } from './compiled-plan.js';
import { addMessages, applyFinish, combineGroup, NO_MESSAGES, type GroupOutcome, type GroupRecord, type OutputLevel } from './score-group.js';
import type { ScoredCommon, ScoredComponent, ScoredEntity, ScoredNode, ScoredUnit } from './scored-plan.js';
import { scoringMessages } from './scoring-messages.js';

function emptyCommon(): ScoredCommon {
  return {
    state: 'no_target', achievement: null, score: null, rounded: null, band: null, toleranceApplied: false,
    exclusion: null, manual: null, messages: NO_MESSAGES,
  };
}

function settle<T extends ScoredCommon & { contributions: unknown[] }>(cp: CompiledPlan, record: T, outcome: GroupOutcome, level: OutputLevel): T {
  record.contributions = outcome.contributions;
  addMessages(record, outcome.messages);
  if (outcome.kind === 'blocked') {
    record.state = 'blocked';
  } else if (outcome.kind === 'empty') {
    record.state = outcome.state;
    record.exclusion = { state: outcome.state, reason: scoringMessages.noItems() };
  } else {
    record.state = 'scored';
    applyFinish(record, outcome.raw, outcome.adjusted, level, cp.policy, cp.bands);
  }
  return record;
}

const nodeRecords = (nodes: ReadonlyArray<ScoredNode | undefined>, list: readonly number[]): GroupRecord[] =>
  list.map((index) => nodes[index] as ScoredNode);

export function scoreUnit(cp: CompiledPlan, unit: CompiledUnit, nodes: ReadonlyArray<ScoredNode | undefined>): ScoredUnit {
  const record: ScoredUnit = { kind: 'unit', code: unit.unit.code, name: unit.unit.name, ...emptyCommon(), contributions: [] };
  return settle(cp, record, combineGroup(nodeRecords(nodes, unit.nodes), null, cp.policy.missingData), 'unit');
}

export function scoreEntity(cp: CompiledPlan, nodes: ReadonlyArray<ScoredNode | undefined>, units: readonly ScoredUnit[]): ScoredEntity {
  const missing = cp.policy.missingData;
  const pooled: GroupRecord[] = [];
  const pooledWeights: Array<number | undefined> = [];
  const components = cp.components.map((component): ScoredComponent => {
    const fromUnits = component.source === 'units';
    const records: GroupRecord[] = fromUnits ? units.slice() : nodeRecords(nodes, component.nodes);
    const weights = fromUnits ? null : component.nodes.map((index) => cp.graph.nodes[index]?.node.weight);
    pooled.push(...records);
    pooledWeights.push(...(weights ?? records.map(() => undefined)));
    const key = component.component.key;
    const record: ScoredComponent = { kind: 'component', key, code: key, label: component.label, ...emptyCommon(), contributions: [] };
    addMessages(record, component.messages);
    settle(cp, record, combineGroup(records, weights, missing), 'component');
    if (record.state === 'no_target' || record.state === 'missing') addMessages(record, [scoringMessages.componentEmpty(key)]);
    return record;
  });
  const mode = cp.policy.entity.mode;
  const record: ScoredEntity = {
    kind: 'entity', code: cp.plan.entity.code, name: cp.plan.entity.name, mode, ...emptyCommon(), components, contributions: [],
  };
  const outcome = mode === 'pooled'
    ? combineGroup(pooled, pooledWeights, missing)
    : combineGroup(components, cp.components.map((c) => c.component.weight), missing);
  return settle(cp, record, outcome, 'entity');
}
