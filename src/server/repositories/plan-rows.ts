/**
 * The mapping between the plan model (src/core/plan/plan.schema.ts) and the rows of the plan tables.
 * Optional fields of the model are stored as NULL and left out again when read, so a plan read back
 * equals the plan written. Timestamps (`enteredAt`, `at`) are normalised to ISO UTC with milliseconds.
 */
import type { EvaluationCard } from '../../core/evaluation/card.schema.js';
import type {
  Indicator, ManualAchievement, Measure, MeasureValue, OrgUnit, Period, PlanNode, Suspension,
} from '../../core/plan/plan.schema.js';
import type {
  evaluationCards, indicators, manualAchievements, measureValues, measures, nodes, orgUnits, periods, suspensions,
} from '../db/schema.js';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
type Select<T extends { $inferSelect: unknown }> = T['$inferSelect'];
export interface PlanScope { entityId: string; planId: string }

/** Drops the keys whose value is null or undefined (optional fields of the model). */
export function withoutEmpty<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as T;
}

/** A timestamp as stored: a Date, or undefined when the model left it out. */
export function timestampOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function isoOf(value: Date | string | null): string | undefined {
  if (value === null) return undefined;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function nodeRow(scope: PlanScope, node: PlanNode, position: number): Insert<typeof nodes> {
  return {
    ...scope, position, code: node.code, section: node.section, level: node.level ?? null, parentCode: node.parent ?? null,
    title: node.title, description: node.description ?? null, weight: node.weight ?? null, units: node.units,
    budget: node.budget ?? null, budgetProgram: node.budgetProgram ?? null, links: node.links,
    indicatorShare: node.indicatorShare ?? null, firstYear: node.firstYear ?? null, history: node.history,
  };
}

export function nodeOf(row: Select<typeof nodes>): PlanNode {
  return withoutEmpty({
    code: row.code, title: row.title, description: row.description, section: row.section as PlanNode['section'],
    level: row.level as PlanNode['level'], parent: row.parentCode, weight: row.weight,
    units: row.units as PlanNode['units'], budget: row.budget as PlanNode['budget'],
    budgetProgram: row.budgetProgram as PlanNode['budgetProgram'], links: row.links,
    indicatorShare: row.indicatorShare, firstYear: row.firstYear, history: row.history as PlanNode['history'],
  }) as PlanNode;
}

export function indicatorRow(scope: PlanScope, indicator: Indicator, position: number): Insert<typeof indicators> {
  const { code, node, name, ...data } = indicator;
  return { ...scope, position, code, nodeCode: node, name, data };
}

export function indicatorOf(row: Select<typeof indicators>): Indicator {
  return { ...(row.data as Omit<Indicator, 'code' | 'node' | 'name'>), code: row.code, node: row.nodeCode, name: row.name };
}

export function measureRow(scope: PlanScope, measure: Measure, position: number): Insert<typeof measures> {
  const { code, name, ...data } = measure;
  return { ...scope, position, code, name, data };
}

export function measureOf(row: Select<typeof measures>): Measure {
  return { ...(row.data as Omit<Measure, 'code' | 'name'>), code: row.code, name: row.name };
}

export function periodRow(scope: PlanScope, period: Period, closed: boolean): Insert<typeof periods> {
  return {
    ...scope, code: period.code, year: period.year, endDate: period.end, final: period.final,
    expectedProgress: period.expectedProgress ?? null, status: closed ? 'closed' : 'open',
  };
}

export function periodOf(row: Select<typeof periods>): Period {
  return withoutEmpty({
    code: row.code, year: row.year, end: row.endDate, final: row.final, expectedProgress: row.expectedProgress,
  }) as Period;
}

export function valueRow(scope: PlanScope, value: MeasureValue): Insert<typeof measureValues> {
  return {
    ...scope, measureCode: value.measure, year: value.year, periodCode: value.period ?? '', value: value.value,
    state: value.state, enteredBy: value.enteredBy ?? null, enteredAt: timestampOf(value.enteredAt),
    source: value.source ?? null, evidence: value.evidence ?? null, note: value.note ?? null,
  };
}

export function valueOf(row: Select<typeof measureValues>): MeasureValue {
  return withoutEmpty({
    measure: row.measureCode, year: row.year, period: row.periodCode === '' ? undefined : row.periodCode,
    value: row.value as MeasureValue['value'], state: row.state as MeasureValue['state'], enteredBy: row.enteredBy,
    enteredAt: isoOf(row.enteredAt), source: row.source, evidence: row.evidence, note: row.note,
  }) as MeasureValue;
}

export function suspensionRow(scope: PlanScope, suspension: Suspension): Insert<typeof suspensions> {
  return {
    ...scope, targetKind: suspension.target.kind, targetCode: suspension.target.code, year: suspension.year,
    reason: suspension.reason, act: suspension.act ?? null,
  };
}

export function suspensionOf(row: Select<typeof suspensions>): Suspension {
  return withoutEmpty({
    target: { kind: row.targetKind as Suspension['target']['kind'], code: row.targetCode }, year: row.year,
    reason: row.reason, act: row.act as Suspension['act'],
  }) as Suspension;
}

export function manualAchievementRow(scope: PlanScope, manual: ManualAchievement): Insert<typeof manualAchievements> {
  return {
    ...scope, targetKind: manual.target.kind, targetCode: manual.target.code, year: manual.year,
    periodCode: manual.period ?? '', achievement: manual.achievement, justification: manual.justification,
    enteredBy: manual.by ?? null, enteredAt: timestampOf(manual.at),
  };
}

export function manualAchievementOf(row: Select<typeof manualAchievements>): ManualAchievement {
  return withoutEmpty({
    target: { kind: row.targetKind as ManualAchievement['target']['kind'], code: row.targetCode }, year: row.year,
    period: row.periodCode === '' ? undefined : row.periodCode, achievement: row.achievement,
    justification: row.justification, by: row.enteredBy, at: isoOf(row.enteredAt),
  }) as ManualAchievement;
}

export function orgUnitRow(entityId: string, unit: OrgUnit, position: number): Insert<typeof orgUnits> {
  return {
    entityId, position, code: unit.code, name: unit.name, kind: unit.kind,
    validFrom: unit.validFrom ?? null, validTo: unit.validTo ?? null,
  };
}

export function orgUnitOf(row: Select<typeof orgUnits>, parentCode: string | undefined): OrgUnit {
  return withoutEmpty({
    code: row.code, name: row.name, kind: row.kind as OrgUnit['kind'], parent: parentCode,
    validFrom: row.validFrom, validTo: row.validTo,
  }) as OrgUnit;
}

export function cardRow(scope: PlanScope, card: EvaluationCard, position: number): Insert<typeof evaluationCards> {
  const { code, year, role, ...data } = card;
  return { ...scope, position, code, year, role, personCode: card.person.code, data };
}

export function cardOf(row: Select<typeof evaluationCards>): EvaluationCard {
  return { ...(row.data as Omit<EvaluationCard, 'code' | 'year' | 'role'>), code: row.code, year: row.year, role: row.role as EvaluationCard['role'] };
}
