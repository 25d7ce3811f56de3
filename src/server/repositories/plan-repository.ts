/**
 * Plans in the database. `savePlan` writes a whole plan (header, years, nodes, indicators, measures,
 * periods, values, suspensions, manual achievements, evaluation cards, and the org units the entity does not have yet)
 * in the caller's transaction, with one audit entry; `loadPlan` reads it back as the plan model.
 * Authored order is kept for org units, nodes, indicators, measures and cards (`position`); periods come
 * back by year and end date, values and the other lists in a canonical order (see `canonicalPlan`).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { validatePlan, type PlanIssue } from '../../core/plan/plan-validation.js';
import { naturalCodeCompare } from '../../core/plan/plan-index.js';
import {
  entities, evaluationCards, indicators, manualAchievements, measureValues, measures, nodes, orgUnits, periods, planYears, plans, suspensions,
} from '../db/schema.js';
import type { Queryable } from '../db/database.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import { fail, ok, type Fail, type Ok } from '../services/result.js';
import {
  cardOf, cardRow, indicatorOf, indicatorRow, manualAchievementOf, manualAchievementRow, measureOf, measureRow, nodeOf, nodeRow,
  orgUnitOf, orgUnitRow, periodOf, periodRow, suspensionOf, suspensionRow, timestampOf, valueOf, valueRow, type PlanScope,
} from './plan-rows.js';
import { canonicalPlan } from './plan-order.js';

export type PlanYearStatus = 'planning' | 'monitoring' | 'closed' | 'validated';

export interface SavePlanOptions {
  /** The state of each plan year in the cycle; default `planning`. */
  yearStatus?: Record<number, PlanYearStatus>;
  /** Codes of the monitoring periods already closed (data collection over). */
  closedPeriods?: string[];
  /** Audit action; default `create`. */
  action?: string;
}

export type SavePlanResult =
  | Ok<{ planId: string; code: string }>
  | Fail<'entity_not_found'>
  | Fail<'plan_exists'>
  | (Fail<'invalid_plan'> & { issues: PlanIssue[] });

/** The plan code used when the plan file has none: `2025-2027`. */
export function planCodeOf(plan: Plan): string {
  return plan.plan.code ?? `${plan.plan.firstYear}-${plan.plan.lastYear}`;
}

/** Timestamps the tables cannot store faithfully (they are ISO strings in the model). */
function timestampIssues(plan: Plan): PlanIssue[] {
  const bad = (text: string | undefined) => text !== undefined && timestampOf(text) === undefined;
  const issue = (path: string, kind: 'value' | 'manual_achievement', text: string): PlanIssue => ({
    code: 'timestamp_invalid', severity: 'error', location: { kind, path },
    message: { it: `Data e ora non valida: "${text}" (atteso un istante ISO 8601)`, en: `Invalid timestamp: "${text}" (expected an ISO 8601 instant)` },
  });
  return [
    ...plan.values.flatMap((value, i) => (bad(value.enteredAt) ? [issue(`values[${i}].enteredAt`, 'value', value.enteredAt!)] : [])),
    ...plan.manualAchievements.flatMap((manual, i) => (bad(manual.at) ? [issue(`manualAchievements[${i}].at`, 'manual_achievement', manual.at!)] : [])),
  ];
}

const CHUNK = 500;
/** Inserts in chunks (a statement has at most 65,535 parameters). */
async function insertInChunks<Row>(rows: Row[], insert: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/** Adds the plan's org units the entity lacks (matched by code), then links parents by code. */
async function saveOrgUnits(tx: Queryable, entityId: string, plan: Plan): Promise<number> {
  const existing = await tx.select({ code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
  const known = new Set(existing.map((row) => row.code));
  const fresh = plan.orgUnits.map((unit, i) => ({ unit, position: i + 1 })).filter(({ unit }) => !known.has(unit.code));
  if (fresh.length === 0) return 0;
  await tx.insert(orgUnits).values(fresh.map(({ unit, position }) => orgUnitRow(entityId, unit, position)));
  const all = await tx.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
  const idOf = new Map(all.map((row) => [row.code, row.id]));
  for (const { unit } of fresh) {
    if (!unit.parent) continue;
    await tx.update(orgUnits).set({ parentId: idOf.get(unit.parent) ?? null })
      .where(and(eq(orgUnits.entityId, entityId), eq(orgUnits.code, unit.code)));
  }
  return fresh.length;
}

export async function savePlan(
  tx: Queryable, entityId: string, plan: Plan, actor: AuditActor, options: SavePlanOptions = {},
): Promise<SavePlanResult> {
  const parsed = planSchema.safeParse(plan);
  const issues = parsed.success
    ? [...validatePlan(parsed.data), ...timestampIssues(parsed.data)].filter((issue) => issue.severity === 'error')
    : parsed.error.issues.map((issue): PlanIssue => ({
      code: 'schema', severity: 'error', location: { kind: 'plan', path: issue.path.join('.') },
      message: { it: issue.message, en: issue.message },
    }));
  if (issues.length > 0) return { ...fail('invalid_plan'), issues };
  const [entity] = await tx.select({ id: entities.id }).from(entities).where(eq(entities.id, entityId));
  if (!entity) return fail('entity_not_found');
  const code = planCodeOf(plan);
  const [created] = await tx.insert(plans).values({
    entityId, code, title: plan.plan.title, firstYear: plan.plan.firstYear, lastYear: plan.plan.lastYear,
    levels: plan.plan.levels, approvedBy: plan.plan.approvedBy ?? null,
  }).onConflictDoNothing().returning({ id: plans.id });
  if (!created) return fail('plan_exists', { detail: `plan ${code}` });
  const scope: PlanScope = { entityId, planId: created.id };
  await writePlanContents(tx, scope, plan, options);
  const addedUnits = await saveOrgUnits(tx, entityId, plan);
  await appendAudit(tx, {
    actor, entityId, objectType: 'plan', objectId: created.id, action: options.action ?? 'create',
    after: { code, addedOrgUnits: addedUnits, plan },
  });
  return ok({ planId: created.id, code });
}

async function writePlanContents(tx: Queryable, scope: PlanScope, plan: Plan, options: SavePlanOptions): Promise<void> {
  const years = Array.from({ length: plan.plan.lastYear - plan.plan.firstYear + 1 }, (_, i) => plan.plan.firstYear + i);
  await tx.insert(planYears).values(years.map((year) => ({ ...scope, year, status: options.yearStatus?.[year] ?? 'planning' })));
  const closed = new Set(options.closedPeriods ?? []);
  await insertInChunks(plan.nodes.map((node, i) => nodeRow(scope, node, i + 1)), (chunk) => tx.insert(nodes).values(chunk));
  await insertInChunks(plan.indicators.map((indicator, i) => indicatorRow(scope, indicator, i + 1)), (chunk) => tx.insert(indicators).values(chunk));
  await insertInChunks(plan.measures.map((measure, i) => measureRow(scope, measure, i + 1)), (chunk) => tx.insert(measures).values(chunk));
  await insertInChunks(plan.periods.map((period) => periodRow(scope, period, closed.has(period.code))), (chunk) => tx.insert(periods).values(chunk));
  await insertInChunks(plan.values.map((value) => valueRow(scope, value)), (chunk) => tx.insert(measureValues).values(chunk));
  await insertInChunks(plan.suspensions.map((suspension) => suspensionRow(scope, suspension)), (chunk) => tx.insert(suspensions).values(chunk));
  await insertInChunks(plan.cards.map((card, i) => cardRow(scope, card, i + 1)), (chunk) => tx.insert(evaluationCards).values(chunk));
  await insertInChunks(plan.manualAchievements.map((manual) => manualAchievementRow(scope, manual)), (chunk) => tx.insert(manualAchievements).values(chunk));
}

/** Authored position first (0 = none, after the positioned ones), then natural code order. */
function byPosition<T extends { position: number; code: string }>(rows: T[]): T[] {
  const rank = (row: T) => (row.position === 0 ? Number.MAX_SAFE_INTEGER : row.position);
  return [...rows].sort((a, b) => rank(a) - rank(b) || naturalCodeCompare(a.code, b.code));
}

export async function loadPlan(db: Queryable, entityId: string, planCode: string): Promise<Plan | null> {
  const [header] = await db.select().from(plans).where(and(eq(plans.entityId, entityId), eq(plans.code, planCode)));
  if (!header) return null;
  const [entity] = await db.select().from(entities).where(eq(entities.id, entityId));
  const inPlan = (table: { planId: PgColumn; entityId: PgColumn }) =>
    and(eq(table.planId, header.id), eq(table.entityId, entityId));
  const [unitRows, nodeRows, indicatorRows, measureRows, periodRows, valueRows, suspensionRows, manualRows, cardRows] = await Promise.all([
    db.select().from(orgUnits).where(eq(orgUnits.entityId, entityId)),
    db.select().from(nodes).where(inPlan(nodes)),
    db.select().from(indicators).where(inPlan(indicators)),
    db.select().from(measures).where(inPlan(measures)),
    db.select().from(periods).where(inPlan(periods)).orderBy(asc(periods.year), asc(periods.endDate)),
    db.select().from(measureValues).where(inPlan(measureValues)),
    db.select().from(suspensions).where(inPlan(suspensions)),
    db.select().from(manualAchievements).where(inPlan(manualAchievements)),
    db.select().from(evaluationCards).where(inPlan(evaluationCards)),
  ]);
  const unitCode = new Map(unitRows.map((row) => [row.id, row.code]));
  const plan = planSchema.parse({
    format: 'traguardo.plan/v1',
    entity: { code: entity!.code, name: entity!.name, ...(entity!.kind ? { kind: entity!.kind } : {}) },
    plan: {
      code: header.code, title: header.title, firstYear: header.firstYear, lastYear: header.lastYear,
      levels: header.levels, ...(header.approvedBy ? { approvedBy: header.approvedBy } : {}),
    },
    orgUnits: byPosition(unitRows).map((row) => orgUnitOf(row, row.parentId ? unitCode.get(row.parentId) : undefined)),
    nodes: byPosition(nodeRows).map(nodeOf),
    indicators: byPosition(indicatorRows).map(indicatorOf),
    measures: byPosition(measureRows).map(measureOf),
    periods: periodRows.map(periodOf),
    values: valueRows.map(valueOf),
    suspensions: suspensionRows.map(suspensionOf),
    manualAchievements: manualRows.map(manualAchievementOf),
    cards: byPosition(cardRows).map(cardOf),
  });
  return canonicalPlan(plan);
}
