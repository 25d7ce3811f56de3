/**
 * Unit performance (the mean of the objectives a unit is responsible for) and the entity's
 * organisational performance (a weighted or pooled composition of named components). Units, the
 * components and the entity are scored into columns like nodes; their records, built on demand,
 * replay the same means with detail (the entity's lists every unit).
 */
import type { CompiledComponent, CompiledUnit } from './compiled-organisation.js';
import type { CompiledPlan } from './compiled-plan.js';
import { BLOCKED, NO_TARGET, SCORED, STATES, ScoreColumns, type NodeColumns } from './score-columns.js';
import { toleranceApplies, type OutputLevel } from './score-finish.js';
import {
  addMessages, combineMembers, FROM_COMPONENTS, FROM_NODES, FROM_UNITS, GROUP_BLOCKED, GROUP_EMPTY, GroupMembers, GroupOutcome,
  NO_MESSAGES, settleGroup, type MemberCode,
} from './score-group.js';
import type { ItemState, ScoredCommon, ScoredComponent, ScoredEntity, ScoredUnit } from './scored-plan.js';
import { scoringMessages } from './scoring-messages.js';

const STATE_CODE = Object.fromEntries(STATES.map((state, k) => [state, k])) as Record<ItemState, number>;

function emptyCommon(): ScoredCommon {
  return {
    state: 'no_target', achievement: null, score: null, rounded: null, band: null, toleranceApplied: false,
    exclusion: null, manual: null, messages: NO_MESSAGES,
  };
}


/** Writes a mean's outcome into columns at `k` (the tolerance applied as the level says). */
function writeOutcome(cp: CompiledPlan, columns: ScoreColumns, k: number, outcome: GroupOutcome, level: OutputLevel): void {
  columns.raw[k] = Number.NaN;
  columns.adjusted[k] = Number.NaN;
  if (outcome.kind === GROUP_BLOCKED) {
    columns.state[k] = BLOCKED;
  } else if (outcome.kind === GROUP_EMPTY) {
    columns.state[k] = outcome.emptyState;
  } else {
    columns.state[k] = SCORED;
    columns.raw[k] = outcome.raw;
    columns.adjusted[k] = toleranceApplies(cp.policy, level, outcome.adjusted) ? 100 : outcome.adjusted;
  }
}

/** Scores unit `u` into the unit columns (the nodes must be scored). */
export function scoreUnit(cp: CompiledPlan, nodes: NodeColumns, units: ScoreColumns, u: number, members: GroupMembers, out: GroupOutcome): void {
  const unit = cp.units[u] as CompiledUnit;
  writeOutcome(cp, units, u, combineMembers(members.clear().addAll(nodes, FROM_NODES, unit.nodes, null), cp.policy.missingData, out), 'unit');
}

/** The members of component `c`: every unit, or its nodes with their weights. */
function addComponentMembers(cp: CompiledPlan, nodes: NodeColumns, units: ScoreColumns, c: number, to: GroupMembers): GroupMembers {
  const component = cp.components[c] as CompiledComponent;
  if (component.source === 'units') {
    for (let u = 0; u < units.size; u += 1) to.add(units, FROM_UNITS, u, undefined);
    return to;
  }
  for (const index of component.nodes) to.add(nodes, FROM_NODES, index, cp.graph.nodes[index]?.node.weight);
  return to;
}

/** Scores the components and the entity into their columns (the nodes and units must be scored). */
export function scoreEntity(cp: CompiledPlan, nodes: NodeColumns, units: ScoreColumns, components: ScoreColumns, entity: ScoreColumns,
  members: GroupMembers, out: GroupOutcome): void {
  const missing = cp.policy.missingData;
  for (let c = 0; c < cp.components.length; c += 1) {
    writeOutcome(cp, components, c, combineMembers(addComponentMembers(cp, nodes, units, c, members.clear()), missing, out), 'component');
  }
  members.clear();
  if (cp.policy.entity.mode === 'pooled') {
    for (let c = 0; c < cp.components.length; c += 1) addComponentMembers(cp, nodes, units, c, members);
  } else {
    cp.components.forEach((component, c) => members.add(components, FROM_COMPONENTS, c, component.component.weight));
  }
  writeOutcome(cp, entity, 0, combineMembers(members, missing, out), 'entity');
}

/** Unit `u`'s record as scorePlan returns it (`members` and `out` are scratch, reused). */
export function buildUnitRecord(cp: CompiledPlan, nodes: NodeColumns, u: number, codeOf: MemberCode, members: GroupMembers,
  out: GroupOutcome): ScoredUnit {
  const unit = cp.units[u] as CompiledUnit;
  const record: ScoredUnit = { kind: 'unit', code: unit.unit.code, name: unit.unit.name, ...emptyCommon(), contributions: [] };
  return settleGroup(cp, record, combineMembers(members.clear().addAll(nodes, FROM_NODES, unit.nodes, null), cp.policy.missingData, out, codeOf), 'unit');
}

/** The entity's record with its components, replayed with detail (the nodes and units must be scored). */
export function buildEntity(cp: CompiledPlan, nodes: NodeColumns, units: ScoreColumns, codeOf: MemberCode): ScoredEntity {
  const missing = cp.policy.missingData;
  const componentColumns = new ScoreColumns(cp.components.length);
  const components = cp.components.map((component, c): ScoredComponent => {
    const members = addComponentMembers(cp, nodes, units, c, new GroupMembers());
    const key = component.component.key;
    const record: ScoredComponent = { kind: 'component', key, code: key, label: component.label, ...emptyCommon(), contributions: [] };
    addMessages(record, component.messages);
    settleGroup(cp, record, combineMembers(members, missing, new GroupOutcome(), codeOf), 'component');
    if (record.state === 'no_target' || record.state === 'missing') addMessages(record, [scoringMessages.componentEmpty(key)]);
    componentColumns.state[c] = STATE_CODE[record.state] ?? NO_TARGET;
    componentColumns.raw[c] = record.achievement?.raw ?? Number.NaN;
    componentColumns.adjusted[c] = record.achievement?.adjusted ?? Number.NaN;
    return record;
  });
  const mode = cp.policy.entity.mode;
  const record: ScoredEntity = {
    kind: 'entity', code: cp.plan.entity.code, name: cp.plan.entity.name, mode, ...emptyCommon(), components, contributions: [],
  };
  const members = new GroupMembers();
  if (mode === 'pooled') cp.components.forEach((_, c) => addComponentMembers(cp, nodes, units, c, members));
  else cp.components.forEach((component, c) => members.add(componentColumns, FROM_COMPONENTS, c, component.component.weight));
  return settleGroup(cp, record, combineMembers(members, missing, new GroupOutcome(), codeOf), 'entity');
}
