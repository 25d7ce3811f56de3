/**
 * Evaluation cards from the card sheets: Schede (one row per card), Componenti schede, Obiettivi
 * schede, Indicatori propri schede and Comportamenti schede, attached to their card (and objective)
 * by code, in row order.
 */
import {
  anyOf, bind, compact, indexByCode, parentOf, recordsOf, text, type AssemblyContext, type Json,
} from './xlsx-assembly-support.js';
import type { LocatedRecord } from './xlsx-sheet-reader.js';

const CARDS = { it: 'Schede', en: 'Schede (Cards)' };
const COMPLEXITY = ['complexityStaff', 'complexityInnovation', 'complexityRelationships', 'complexityEffort'];

function cardOf(context: AssemblyContext, record: LocatedRecord, i: number): Json {
  const v = record.values;
  bind(context, `cards[${i}]`, record, {
    code: 'code', person: 'personCode', 'person.code': 'personCode', 'person.name': 'personName', role: 'role', roleLabel: 'roleLabel',
    orgUnit: 'orgUnit', year: 'year', evaluator: 'evaluatorCode', 'evaluator.code': 'evaluatorCode', 'evaluator.name': 'evaluatorName',
    complexity: 'complexityStaff', 'complexity.staff': 'complexityStaff', 'complexity.innovation': 'complexityInnovation',
    'complexity.relationships': 'complexityRelationships', 'complexity.effort': 'complexityEffort',
  });
  return compact({
    code: v.code,
    person: compact({ code: v.personCode, name: v.personName }),
    role: v.role, roleLabel: v.roleLabel, orgUnit: v.orgUnit, year: v.year,
    evaluator: anyOf(v, ['evaluatorCode', 'evaluatorName']) ? compact({ code: v.evaluatorCode, name: v.evaluatorName }) : undefined,
    components: [] as Json[], objectives: [] as Json[], behaviours: [] as Json[],
    complexity: anyOf(v, COMPLEXITY)
      ? compact({ staff: v.complexityStaff, innovation: v.complexityInnovation, relationships: v.complexityRelationships, effort: v.complexityEffort })
      : undefined,
    __index: i,
  });
}

function pathOf(card: Json): string {
  return `cards[${card.__index as number}]`;
}

function attachComponents(context: AssemblyContext, cards: ReadonlyMap<string, Json>): void {
  for (const record of recordsOf(context, 'Componenti schede')) {
    const card = parentOf(context, record, 'card', cards, CARDS);
    if (!card) continue;
    const components = card.components as Json[];
    bind(context, `${pathOf(card)}.components[${components.length}]`, record, { key: 'key', weight: 'weight' });
    components.push(compact({ key: record.values.key, weight: record.values.weight }));
  }
}

interface PlacedObjective { objective: Json; path: string }

function attachObjectives(context: AssemblyContext, cards: ReadonlyMap<string, Json>): Map<string, PlacedObjective> {
  const objectives = new Map<string, PlacedObjective>();
  for (const record of recordsOf(context, 'Obiettivi schede')) {
    const card = parentOf(context, record, 'card', cards, CARDS);
    const code = text(record.values.code);
    if (!card || code === undefined) continue;
    const list = card.objectives as Json[];
    const path = `${pathOf(card)}.objectives[${list.length}]`;
    bind(context, path, record, { code: 'code', title: 'title', weight: 'weight', indicators: 'indicators', nodes: 'nodes' });
    const v = record.values;
    const objective = compact({ code, title: v.title, weight: v.weight, indicators: v.indicators ?? [], nodes: v.nodes ?? [], ownIndicators: [] as Json[] });
    list.push(objective);
    objectives.set(`${text(record.values.card)}\u0000${code}`, { objective, path });
  }
  return objectives;
}

function attachOwnIndicators(context: AssemblyContext, cards: ReadonlyMap<string, Json>, objectives: ReadonlyMap<string, PlacedObjective>): void {
  for (const record of recordsOf(context, 'Indicatori propri schede')) {
    const card = parentOf(context, record, 'card', cards, CARDS);
    const objectiveCode = text(record.values.objective);
    if (!card || objectiveCode === undefined) continue;
    const placed = objectives.get(`${text(record.values.card)}\u0000${objectiveCode}`);
    if (!placed) {
      context.issues.error('xlsx_unknown_parent', record.place('objective'), {
        it: `l’obiettivo "${objectiveCode}" non è nel foglio Obiettivi schede per questa scheda.`,
        en: `the objective "${objectiveCode}" is not in the Obiettivi schede (card objectives) sheet for this card.`,
      });
      continue;
    }
    const own = placed.objective.ownIndicators as Json[];
    const path = `${placed.path}.ownIndicators[${own.length}]`;
    bind(context, path, record, {
      code: 'code', name: 'name', weight: 'weight', target: 'target', achievement: 'achievement',
      justification: 'justification', suspended: 'suspendedReason', 'suspended.reason': 'suspendedReason',
    });
    const v = record.values;
    own.push(compact({
      code: v.code, name: v.name, weight: v.weight, target: v.target, achievement: v.achievement, justification: v.justification,
      suspended: v.suspendedReason === undefined ? undefined : { reason: v.suspendedReason },
    }));
  }
}

function attachBehaviours(context: AssemblyContext, cards: ReadonlyMap<string, Json>): void {
  for (const record of recordsOf(context, 'Comportamenti schede')) {
    const card = parentOf(context, record, 'card', cards, CARDS);
    if (!card) continue;
    const behaviours = card.behaviours as Json[];
    bind(context, `${pathOf(card)}.behaviours[${behaviours.length}]`, record, { code: 'code', label: 'label', weight: 'weight', rating: 'rating' });
    const v = record.values;
    behaviours.push(compact({ code: v.code, label: v.label, weight: v.weight, rating: v.rating }));
  }
}

export function assembleCards(context: AssemblyContext): Json[] {
  const cards = indexByCode(context, recordsOf(context, 'Schede'), (record, i) => cardOf(context, record, i), { it: 'La scheda', en: 'The card' });
  attachComponents(context, cards);
  const objectives = attachObjectives(context, cards);
  attachOwnIndicators(context, cards, objectives);
  attachBehaviours(context, cards);
  return [...cards.values()].map(({ __index: _index, ...card }) => card);
}
