/**
 * Third pass of the objective card reader: areas, strategic and operational cards become the plan's
 * nodes (with description, units involved, budget and DM 27/03/2013 classification), their rows the
 * plan's indicators, and the individual cards the plan's evaluation cards.
 */
import { PLAN_FORMAT, type Indicator, type Level, type OrgUnit, type PlanInput, type PlanNode } from '../../core/plan/plan.schema.js';
import type { ReaderEngine } from '../tree-export/engine-adapter.js';
import type { IssueCollector } from '../tree-export/import-warning.js';
import { parseItalianNumber } from '../tree-export/italian-number.js';
import { buildCardIndicator } from './card-export-indicators.js';
import { cardFormulasByCode, type ParsedCard } from './card-export-individual.js';
import { CardMeasures } from './card-export-measures.js';
import type { CardDocument, RawObjective } from './card-export-model.js';
import { budgetProgramOf } from './budget-program.js';
import { parseTableRows } from './card-export-rows.js';
import { amountInvalid, duplicateCode, parentMissing, unknownMission } from './card-export-warnings.js';

export interface CardExportOptions { entityCode: string; entityName: string; fileName?: string }

export const CARD_LEVEL_SCHEMA: Level[] = [
  { key: 'strategic_area', label: { it: 'Ambito strategico', en: 'Strategic area' }, codeRequired: true },
  { key: 'strategic_objective', label: { it: 'Obiettivo strategico', en: 'Strategic objective' }, codeRequired: true },
  { key: 'operational_objective', label: { it: 'Obiettivo operativo', en: 'Operational objective' }, codeRequired: true },
];

export interface PlanParts {
  input: PlanInput;
  indicators: Indicator[];
  years: { first: number; last: number };
  /** Source line of each item path (`nodes[3]`, `indicators[7]`), to locate schema problems. */
  lines: Map<string, number>;
}

function unitKind(name: string): OrgUnit['kind'] {
  if (/^servizio\b/i.test(name)) return 'service';
  if (/^(ufficio|uff\.)/i.test(name)) return 'office';
  if (/^area\b/i.test(name)) return 'area';
  return 'other';
}

function orgUnitsOf(objectives: readonly RawObjective[]): { orgUnits: OrgUnit[]; codeOf: Map<string, string> } {
  const codeOf = new Map<string, string>();
  const orgUnits: OrgUnit[] = [];
  for (const name of objectives.flatMap((objective) => objective.units)) {
    if (codeOf.has(name)) continue;
    const code = `UO${String(orgUnits.length + 1).padStart(2, '0')}`;
    codeOf.set(name, code);
    orgUnits.push({ code, name: name.slice(0, 300), kind: unitKind(name) });
  }
  return { orgUnits, codeOf };
}

function parentOf(objective: RawObjective, doc: CardDocument): string | undefined {
  const code = objective.code ?? '';
  if (objective.kind === 'strategic') {
    const number = code.split('.')[0];
    return doc.areas.find((area) => area.number === number)?.code ?? objective.area;
  }
  const prefix = code.split('.').slice(0, -1).join('.');
  const strategic = doc.objectives.find((other) => other.kind === 'strategic' && other.code === prefix);
  return strategic?.code ?? objective.context;
}

function budgetOf(objective: RawObjective, issues: IssueCollector): Pick<PlanNode, 'budget'> {
  const resources = objective.resources;
  if (resources === undefined) return {};
  const amount = parseItalianNumber(/[\d.,]+/.exec(resources.text)?.[0] ?? '');
  if (amount === null) {
    issues.warn('resources_unreadable', { line: resources.line }, amountInvalid(resources.text));
    return {};
  }
  return { budget: { [String(resources.year)]: { costs: { planned: amount } } } };
}

function objectiveNode(objective: RawObjective, doc: CardDocument, units: Map<string, string>, issues: IssueCollector): PlanNode {
  const code = objective.code as string;
  const parent = parentOf(objective, doc);
  if (parent === undefined) issues.error('parent_missing', { line: objective.line }, parentMissing(code));
  const program = objective.program === undefined ? undefined : budgetProgramOf(objective.program);
  if (objective.program !== undefined && program === undefined) issues.warn('budget_program_unknown', { line: objective.line }, unknownMission(objective.program));
  return {
    code,
    title: (objective.title === '' ? code : objective.title).slice(0, 1000),
    ...(objective.description === undefined ? {} : { description: objective.description.slice(0, 20_000) }),
    section: 'tree',
    level: objective.kind === 'strategic' ? 'strategic_objective' : 'operational_objective',
    ...(parent === undefined ? {} : { parent }),
    units: { responsible: [], involved: [...new Set(objective.units.map((name) => units.get(name) as string))] },
    ...budgetOf(objective, issues),
    ...(program === undefined ? {} : { budgetProgram: program }),
    links: [],
    history: [],
  };
}

function uniqueObjectives(doc: CardDocument, issues: IssueCollector): RawObjective[] {
  const seen = new Map<string, number>();
  const result: RawObjective[] = [];
  for (const objective of doc.objectives) {
    if (objective.code === null) continue;
    const first = seen.get(objective.code);
    if (first !== undefined) {
      issues.error('node_code_duplicate', { line: objective.line }, duplicateCode('obiettivo/objective', objective.code, first));
      continue;
    }
    seen.set(objective.code, objective.line);
    result.push(objective);
  }
  return result.sort((a, b) => Number(a.kind === 'operational') - Number(b.kind === 'operational'));
}

function buildIndicators(objectives: readonly RawObjective[], cards: readonly ParsedCard[], measures: CardMeasures, engine: ReaderEngine, issues: IssueCollector, lines: Map<string, number>): Indicator[] {
  const cardFormulas = cardFormulasByCode(cards);
  const indicators: Indicator[] = [];
  for (const objective of objectives) {
    objective.tables.flatMap(parseTableRows).forEach((row, index) => {
      const cardFormula = row.indicator.code === null ? undefined : cardFormulas.get(row.indicator.code);
      const context = { nodeCode: objective.code as string, ordinal: index + 1, position: indicators.length, ...(cardFormula ? { cardFormula } : {}) };
      lines.set(`indicators[${indicators.length}]`, row.line);
      indicators.push(buildCardIndicator(row, context, { measures, engine, issues }));
    });
  }
  return indicators;
}

function planYears(indicators: readonly Indicator[], issues: IssueCollector): { first: number; last: number } | null {
  const years = indicators.flatMap((indicator) => Object.keys(indicator.targets).map(Number));
  if (years.length > 0) return { first: Math.min(...years), last: Math.max(...years) };
  issues.error('plan_years_missing', { line: 0 }, {
    it: 'Impossibile stabilire gli anni del piano: nessuna tabella indicatori ha colonne "Target <anno>".',
    en: 'Cannot tell the plan years: no indicator table has "Target <year>" columns.',
  });
  return null;
}

export function buildCardPlan(doc: CardDocument, cards: readonly ParsedCard[], options: CardExportOptions, issues: IssueCollector, engine: ReaderEngine): PlanParts | null {
  const objectives = uniqueObjectives(doc, issues);
  if (doc.areas.length === 0 && objectives.length === 0) {
    issues.error('no_objectives', { line: 0 }, {
      it: 'Nessuna scheda obiettivo trovata ("Obiettivo strategico", "Obiettivo operativo").',
      en: 'No objective cards found ("Obiettivo strategico", "Obiettivo operativo").',
    });
    return null;
  }
  const lines = new Map<string, number>();
  const units = orgUnitsOf(objectives);
  const measures = new CardMeasures(issues);
  const indicators = buildIndicators(objectives, cards, measures, engine, issues, lines);
  const years = planYears(indicators, issues);
  if (years === null) return null;
  const areaNodes: PlanNode[] = doc.areas.map((area) => ({ code: area.code, title: area.title.slice(0, 1000), section: 'tree', level: 'strategic_area', units: { responsible: [], involved: [] }, links: [], history: [] }));
  const nodes = [...areaNodes, ...objectives.map((objective) => objectiveNode(objective, doc, units.codeOf, issues))];
  [...doc.areas, ...objectives].forEach((item, index) => lines.set(`nodes[${index}]`, item.line));
  const input: PlanInput = {
    format: PLAN_FORMAT,
    entity: { code: options.entityCode, name: options.entityName },
    plan: { title: `Piano della performance ${years.first}–${years.last}`, firstYear: years.first, lastYear: years.last, levels: CARD_LEVEL_SCHEMA },
    orgUnits: units.orgUnits,
    nodes,
    indicators,
    measures: measures.measuresUsedBy(indicators.flatMap((indicator) => (indicator.formula === undefined ? [] : [indicator.formula]))),
  };
  return { input, indicators, years, lines };
}
