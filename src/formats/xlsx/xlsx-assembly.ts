/**
 * Builds the plan document from the workbook's located records (the inverse of xlsx-plan-rows.ts):
 * items in row order, child rows attached to their parent by code, every produced field path bound
 * to its cell. The result is plain data for the plan schema to check.
 */
import { assembleCards } from './xlsx-assembly-cards.js';
import {
  actOf, anyOf, bind, compact, indexByCode, list, num, parentOf, recordsOf, text, type AssemblyContext, type Json,
} from './xlsx-assembly-support.js';
import type { LocatedRecord } from './xlsx-sheet-reader.js';

const NODES = { it: 'Nodi', en: 'Nodi (Nodes)' };
const INDICATORS = { it: 'Indicatori', en: 'Indicatori (Indicators)' };

function planHeader(context: AssemblyContext, record: LocatedRecord | undefined): { format?: unknown; entity: Json; plan: Json } {
  if (!record) return { entity: {}, plan: {} };
  const v = record.values;
  bind(context, 'format', record, {});
  context.cells.set('format', record.place('format'));
  bind(context, 'entity', record, { code: 'entityCode', name: 'entityName', kind: 'entityKind' });
  bind(context, 'plan', record, { code: 'code', title: 'title', firstYear: 'firstYear', lastYear: 'lastYear' });
  return {
    format: v.format,
    entity: compact({ code: v.entityCode, name: v.entityName, kind: v.entityKind }),
    plan: compact({ code: v.code, title: v.title, firstYear: v.firstYear, lastYear: v.lastYear, approvedBy: actOf(context, record, 'approved', 'plan.approvedBy') }),
  };
}

function levels(context: AssemblyContext): Json[] {
  return recordsOf(context, 'Livelli').map((record, i) => {
    const v = record.values;
    bind(context, `plan.levels[${i}]`, record, { key: 'key', label: 'labelIt', 'label.it': 'labelIt', 'label.en': 'labelEn', codeRequired: 'codeRequired' });
    const label = anyOf(v, ['labelIt', 'labelEn']) ? compact({ it: v.labelIt, en: v.labelEn }) : undefined;
    return compact({ key: v.key, label, codeRequired: v.codeRequired });
  });
}

function orgUnits(context: AssemblyContext): Json[] {
  const units = indexByCode(context, recordsOf(context, 'Unità organizzative'), (record, i) => {
    bind(context, `orgUnits[${i}]`, record, { code: 'code', name: 'name', kind: 'kind', parent: 'parent', validFrom: 'validFrom', validTo: 'validTo' });
    const v = record.values;
    return compact({ code: v.code, name: v.name, kind: v.kind, parent: v.parent, validFrom: v.validFrom, validTo: v.validTo });
  }, { it: 'L’unità', en: 'The unit' });
  return [...units.values()];
}

const NODE_FIELDS = {
  code: 'code', title: 'title', description: 'description', section: 'section', level: 'level', parent: 'parent', weight: 'weight',
  'units.responsible': 'responsible', 'units.involved': 'involved', links: 'links', indicatorShare: 'indicatorShare', firstYear: 'firstYear',
  budgetProgram: 'mission', 'budgetProgram.mission': 'mission', 'budgetProgram.program': 'program',
};

function nodeOf(context: AssemblyContext, record: LocatedRecord, i: number): Json {
  const v = record.values;
  bind(context, `nodes[${i}]`, record, NODE_FIELDS);
  return compact({
    code: v.code, title: v.title, description: v.description, section: v.section, level: v.level, parent: v.parent, weight: v.weight,
    units: { responsible: list(v.responsible), involved: list(v.involved) },
    budgetProgram: anyOf(v, ['mission', 'program']) ? compact({ mission: v.mission, program: v.program }) : undefined,
    links: list(v.links), indicatorShare: v.indicatorShare, firstYear: v.firstYear, history: [] as Json[], __index: i,
  });
}

function amountPair(planned: unknown, actual: unknown): Json | undefined {
  return planned === undefined && actual === undefined ? undefined : compact({ planned, actual });
}

function attachBudgets(context: AssemblyContext, nodes: ReadonlyMap<string, Json>): void {
  for (const record of recordsOf(context, 'Budget nodi')) {
    const node = parentOf(context, record, 'node', nodes, NODES);
    const year = num(record.values.year);
    if (!node || year === undefined) continue;
    const budget = (node.budget ??= {}) as Json;
    const key = String(year);
    const path = `nodes[${node.__index as number}].budget.${key}`;
    if (budget[key] !== undefined) {
      context.issues.error('xlsx_duplicate_row', record.place('year'), { it: `il budget ${year} del nodo compare due volte.`, en: `the node's ${year} budget appears twice.` });
      continue;
    }
    const v = record.values;
    bind(context, path, record, {
      'revenue.planned': 'revenuePlanned', 'revenue.actual': 'revenueActual', 'costs.planned': 'costsPlanned',
      'costs.actual': 'costsActual', 'investments.planned': 'investmentsPlanned', 'investments.actual': 'investmentsActual',
    });
    budget[key] = compact({
      revenue: amountPair(v.revenuePlanned, v.revenueActual), costs: amountPair(v.costsPlanned, v.costsActual),
      investments: amountPair(v.investmentsPlanned, v.investmentsActual),
    });
  }
}

function attachHistory(context: AssemblyContext, nodes: ReadonlyMap<string, Json>): void {
  for (const record of recordsOf(context, 'Storia nodi')) {
    const node = parentOf(context, record, 'node', nodes, NODES);
    if (!node) continue;
    const history = node.history as Json[];
    const path = `nodes[${node.__index as number}].history[${history.length}]`;
    bind(context, path, record, { year: 'year', change: 'change', note: 'note' });
    const v = record.values;
    history.push(compact({ year: v.year, change: v.change, act: actOf(context, record, 'act', `${path}.act`), note: v.note }));
  }
}

const INDICATOR_FIELDS = {
  code: 'code', node: 'node', name: 'name', description: 'description', type: 'type', formula: 'formula', formulaProse: 'formulaProse',
  unit: 'unit', polarity: 'polarity', baseline: 'baselineValue', 'baseline.year': 'baselineYear', 'baseline.value': 'baselineValue',
  'baseline.text': 'baselineText', weight: 'weight', source: 'source', periodicity: 'periodicity', scoringRule: 'scoringRule',
  firstYear: 'firstYear', notes: 'notes',
};

function indicatorOf(context: AssemblyContext, record: LocatedRecord, i: number): Json {
  const v = record.values;
  bind(context, `indicators[${i}]`, record, INDICATOR_FIELDS);
  const baseline = anyOf(v, ['baselineYear', 'baselineValue', 'baselineText'])
    ? compact({ year: v.baselineYear, value: v.baselineValue, text: v.baselineText }) : undefined;
  return compact({
    code: v.code, node: v.node, name: v.name, description: v.description, type: v.type, formula: v.formula,
    formulaProse: v.formulaProse, unit: v.unit, polarity: v.polarity, baseline, targets: {} as Json, weight: v.weight,
    source: v.source, periodicity: v.periodicity, scoringRule: v.scoringRule, firstYear: v.firstYear, notes: v.notes, __index: i,
  });
}

function attachTargets(context: AssemblyContext, indicators: ReadonlyMap<string, Json>): void {
  for (const record of recordsOf(context, 'Target')) {
    const indicator = parentOf(context, record, 'indicator', indicators, INDICATORS);
    const year = num(record.values.year);
    if (!indicator || year === undefined) continue;
    const targets = indicator.targets as Json;
    if (targets[String(year)] !== undefined) {
      context.issues.error('xlsx_duplicate_row', record.place('year'), { it: `il target ${year} dell’indicatore compare due volte.`, en: `the indicator's ${year} target appears twice.` });
      continue;
    }
    const path = `indicators[${indicator.__index as number}].targets.${year}`;
    context.cells.set(path, record.place('target'));
    targets[String(year)] = text(record.values.target);
  }
}

function attachParameters(context: AssemblyContext, indicators: ReadonlyMap<string, Json>): void {
  for (const record of recordsOf(context, 'Parametri indicatori')) {
    const indicator = parentOf(context, record, 'indicator', indicators, INDICATORS);
    const name = text(record.values.name);
    const year = num(record.values.year);
    if (!indicator || name === undefined || year === undefined) continue;
    const parameters = (indicator.parameters ??= {}) as Record<string, Json>;
    const years = (parameters[name] ??= {});
    if (years[String(year)] !== undefined) {
      context.issues.error('xlsx_duplicate_row', record.place('year'), { it: `il parametro ${name} per il ${year} compare due volte.`, en: `parameter ${name} for ${year} appears twice.` });
      continue;
    }
    context.cells.set(`indicators[${indicator.__index as number}].parameters.${name}.${year}`, record.place('value'));
    years[String(year)] = record.values.value;
  }
}

function simpleList(context: AssemblyContext, sheet: string, path: string, fields: Record<string, string>): Json[] {
  return recordsOf(context, sheet).map((record, i) => {
    bind(context, `${path}[${i}]`, record, fields);
    return compact(Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, record.values[key]])));
  });
}

function scoredItems(context: AssemblyContext, sheet: string, path: string, fields: Record<string, string>, withAct: boolean): Json[] {
  return recordsOf(context, sheet).map((record, i) => {
    bind(context, `${path}[${i}]`, record, { target: 'targetCode', 'target.kind': 'targetKind', 'target.code': 'targetCode', ...fields });
    const v = record.values;
    const rest = Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, v[key]]));
    const act = withAct ? actOf(context, record, 'act', `${path}[${i}].act`) : undefined;
    return compact({ target: compact({ kind: v.targetKind, code: v.targetCode }), ...rest, act });
  });
}

function withoutIndex(item: Json): Json {
  const { __index: _index, ...rest } = item;
  return rest;
}

/** The plan document assembled from the records (plain data, for the plan schema to check). */
export function assemblePlan(context: AssemblyContext): Json {
  const header = planHeader(context, recordsOf(context, 'Piano')[0]);
  const nodes = indexByCode(context, recordsOf(context, 'Nodi'), (record, i) => nodeOf(context, record, i), { it: 'Il nodo', en: 'The node' });
  attachBudgets(context, nodes);
  attachHistory(context, nodes);
  const indicators = indexByCode(context, recordsOf(context, 'Indicatori'), (record, i) => indicatorOf(context, record, i), { it: 'L’indicatore', en: 'The indicator' });
  attachTargets(context, indicators);
  attachParameters(context, indicators);
  return compact({
    format: header.format,
    entity: header.entity,
    plan: { ...header.plan, levels: levels(context) },
    orgUnits: orgUnits(context),
    nodes: [...nodes.values()].map(withoutIndex),
    indicators: [...indicators.values()].map(withoutIndex),
    measures: simpleList(context, 'Misure', 'measures', { code: 'code', name: 'name', description: 'description', unit: 'unit', source: 'source', periodicity: 'periodicity' }),
    periods: simpleList(context, 'Periodi', 'periods', { code: 'code', year: 'year', end: 'end', final: 'final', expectedProgress: 'expectedProgress' }),
    values: simpleList(context, 'Valori', 'values', {
      measure: 'measure', year: 'year', period: 'period', value: 'value', state: 'state', enteredBy: 'enteredBy',
      enteredAt: 'enteredAt', source: 'source', evidence: 'evidence', note: 'note',
    }),
    suspensions: scoredItems(context, 'Sospensioni', 'suspensions', { year: 'year', reason: 'reason' }, true),
    manualAchievements: scoredItems(context, 'Raggiungimenti manuali', 'manualAchievements', {
      year: 'year', period: 'period', achievement: 'achievement', justification: 'justification', by: 'by', at: 'at',
    }, false),
    cards: assembleCards(context),
  });
}
