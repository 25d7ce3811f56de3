/**
 * A plan as the flat records of the workbook's sheets (one record per row, keyed by column key):
 * nested parts (targets, parameters, budgets, history, card objectives…) get sheets of their own with
 * the code of the item they belong to. The inverse is xlsx-plan-assembly.ts.
 */
import type { EvaluationCard } from '../../core/evaluation/card.schema.js';
import type { Act, Indicator, Plan, PlanNode } from '../../core/plan/plan.schema.js';
import type { FieldValue } from './xlsx-kinds.js';

export type FlatRecord = Record<string, FieldValue>;

/** Records per sheet name. */
export type SheetRecords = Map<string, FlatRecord[]>;

export function actFields(prefix: string, act: Act | undefined): FlatRecord {
  if (!act) return {};
  return {
    [`${prefix}Kind`]: act.kind, [`${prefix}Number`]: act.number, [`${prefix}Date`]: act.date,
    [`${prefix}Body`]: act.body, [`${prefix}Note`]: act.note,
  };
}

function planHeader(plan: Plan): FlatRecord {
  return {
    format: plan.format, entityCode: plan.entity.code, entityName: plan.entity.name, entityKind: plan.entity.kind,
    code: plan.plan.code, title: plan.plan.title, firstYear: plan.plan.firstYear, lastYear: plan.plan.lastYear,
    ...actFields('approved', plan.plan.approvedBy),
  };
}

function nodeRecord(node: PlanNode): FlatRecord {
  return {
    code: node.code, title: node.title, description: node.description, section: node.section, level: node.level,
    parent: node.parent, weight: node.weight, responsible: node.units.responsible, involved: node.units.involved,
    links: node.links, indicatorShare: node.indicatorShare, firstYear: node.firstYear,
    mission: node.budgetProgram?.mission, program: node.budgetProgram?.program,
  };
}

function budgetRecords(node: PlanNode): FlatRecord[] {
  return Object.entries(node.budget ?? {}).map(([year, budget]) => ({
    node: node.code, year: Number(year),
    revenuePlanned: budget.revenue?.planned, revenueActual: budget.revenue?.actual,
    costsPlanned: budget.costs?.planned, costsActual: budget.costs?.actual,
    investmentsPlanned: budget.investments?.planned, investmentsActual: budget.investments?.actual,
  }));
}

function indicatorRecord(indicator: Indicator): FlatRecord {
  return {
    code: indicator.code, node: indicator.node, name: indicator.name, description: indicator.description,
    type: indicator.type, formula: indicator.formula, formulaProse: indicator.formulaProse, unit: indicator.unit,
    polarity: indicator.polarity, baselineYear: indicator.baseline?.year, baselineValue: indicator.baseline?.value,
    baselineText: indicator.baseline?.text, weight: indicator.weight, source: indicator.source,
    periodicity: indicator.periodicity, scoringRule: indicator.scoringRule, firstYear: indicator.firstYear, notes: indicator.notes,
  };
}

function parameterRecords(indicator: Indicator): FlatRecord[] {
  return Object.entries(indicator.parameters ?? {}).flatMap(([name, years]) =>
    Object.entries(years).map(([year, value]) => ({ indicator: indicator.code, name, year: Number(year), value })));
}

function cardRecord(card: EvaluationCard): FlatRecord {
  return {
    code: card.code, personCode: card.person.code, personName: card.person.name, role: card.role,
    roleLabel: card.roleLabel, orgUnit: card.orgUnit, year: card.year,
    evaluatorCode: card.evaluator?.code, evaluatorName: card.evaluator?.name,
    complexityStaff: card.complexity?.staff, complexityInnovation: card.complexity?.innovation,
    complexityRelationships: card.complexity?.relationships, complexityEffort: card.complexity?.effort,
  };
}

function cardSheets(cards: readonly EvaluationCard[]): [string, FlatRecord[]][] {
  return [
    ['Schede', cards.map(cardRecord)],
    ['Componenti schede', cards.flatMap((card) => card.components.map((component) => ({ card: card.code, key: component.key, weight: component.weight })))],
    ['Obiettivi schede', cards.flatMap((card) => card.objectives.map((objective) => ({
      card: card.code, code: objective.code, title: objective.title, weight: objective.weight,
      indicators: objective.indicators, nodes: objective.nodes,
    })))],
    ['Indicatori propri schede', cards.flatMap((card) => card.objectives.flatMap((objective) => objective.ownIndicators.map((own) => ({
      card: card.code, objective: objective.code, code: own.code, name: own.name, weight: own.weight, target: own.target,
      achievement: own.achievement, justification: own.justification, suspendedReason: own.suspended?.reason,
    }))))],
    ['Comportamenti schede', cards.flatMap((card) => card.behaviours.map((behaviour) => ({
      card: card.code, code: behaviour.code, label: behaviour.label, weight: behaviour.weight, rating: behaviour.rating,
    })))],
  ];
}

/** Every sheet's records for a plan (sheets named as in xlsx-layout.ts). */
export function planToRecords(plan: Plan): SheetRecords {
  return new Map<string, FlatRecord[]>([
    ['Piano', [planHeader(plan)]],
    ['Livelli', plan.plan.levels.map((level) => ({ key: level.key, labelIt: level.label?.it, labelEn: level.label?.en, codeRequired: level.codeRequired }))],
    ['Unità organizzative', plan.orgUnits.map((unit) => ({ ...unit }))],
    ['Nodi', plan.nodes.map(nodeRecord)],
    ['Budget nodi', plan.nodes.flatMap(budgetRecords)],
    ['Storia nodi', plan.nodes.flatMap((node) => node.history.map((event) => ({
      node: node.code, year: event.year, change: event.change, ...actFields('act', event.act), note: event.note,
    })))],
    ['Indicatori', plan.indicators.map(indicatorRecord)],
    ['Target', plan.indicators.flatMap((indicator) => Object.entries(indicator.targets).map(([year, target]) => ({ indicator: indicator.code, year: Number(year), target })))],
    ['Parametri indicatori', plan.indicators.flatMap(parameterRecords)],
    ['Misure', plan.measures.map((measure) => ({ ...measure }))],
    ['Periodi', plan.periods.map((period) => ({ ...period }))],
    ['Valori', plan.values.map((value) => ({ ...value }))],
    ['Sospensioni', plan.suspensions.map((suspension) => ({
      targetKind: suspension.target.kind, targetCode: suspension.target.code, year: suspension.year, reason: suspension.reason,
      ...actFields('act', suspension.act),
    }))],
    ['Raggiungimenti manuali', plan.manualAchievements.map((manual) => ({
      targetKind: manual.target.kind, targetCode: manual.target.code, year: manual.year, period: manual.period,
      achievement: manual.achievement, justification: manual.justification, by: manual.by, at: manual.at,
    }))],
    ...cardSheets(plan.cards),
  ]);
}
