/**
 * Which org units a measure belongs to, from the database: the plan's nodes, indicators and measures
 * (just the columns ownership needs) and the explicit assignments of the period's campaign, through
 * the pure `buildMeasureOwnership`; unit codes resolved to ids with their ancestors for `can`.
 */
import { and, eq } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { buildMeasureOwnership, type MeasureAssignment, type OwnershipPlan } from '../../core/cycle/index.js';
import { naturalCodeCompare } from '../../core/plan/plan-index.js';
import type { Indicator, Measure } from '../../core/plan/plan.schema.js';
import type { Db, Queryable } from '../db/database.js';
import { campaignAssignments, campaigns, indicators, measures, nodes } from '../db/schema.js';
import type { CyclePlan } from './cycle-year.js';
import { loadUnitIndex, responsibleCodes, unitIdsWithAncestors, type UnitIndex } from './unit-scope.js';

/** The plan's order: authored position first (0 = none, after the positioned ones), then natural code order. */
function authoredOrder<T extends { position: number; code: string }>(rows: T[]): T[] {
  const rank = (row: T) => (row.position === 0 ? Number.MAX_SAFE_INTEGER : row.position);
  return [...rows].sort((a, b) => rank(a) - rank(b) || naturalCodeCompare(a.code, b.code));
}

export async function loadOwnershipPlan(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>): Promise<OwnershipPlan> {
  const inPlan = (table: { planId: PgColumn; entityId: PgColumn }) => and(eq(table.planId, plan.id), eq(table.entityId, plan.entityId));
  const [nodeRows, indicatorRows, measureRows] = await Promise.all([
    db.select({ code: nodes.code, parent: nodes.parentCode, units: nodes.units, position: nodes.position }).from(nodes).where(inPlan(nodes)),
    db.select({ code: indicators.code, node: indicators.nodeCode, data: indicators.data, position: indicators.position }).from(indicators).where(inPlan(indicators)),
    db.select({ code: measures.code, name: measures.name, data: measures.data, position: measures.position }).from(measures).where(inPlan(measures)),
  ]).then(([a, b, c]) => [authoredOrder(a), authoredOrder(b), authoredOrder(c)] as const);
  return {
    nodes: nodeRows.map((row) => ({ code: row.code, units: { responsible: responsibleCodes(row.units), involved: [] }, ...(row.parent ? { parent: row.parent } : {}) })),
    indicators: indicatorRows.map((row) => {
      const data = (row.data ?? {}) as Partial<Indicator>;
      return { code: row.code, node: row.node, targets: data.targets ?? {}, ...(data.formula ? { formula: data.formula } : {}) };
    }),
    measures: measureRows.map((row) => {
      const data = (row.data ?? {}) as Partial<Measure>;
      return { code: row.code, name: row.name, ...(data.periodicity ? { periodicity: data.periodicity } : {}) };
    }),
  };
}

/** The explicit measure → unit assignments of the campaign of a period (none without a campaign). */
export async function loadAssignments(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, periodCode: string): Promise<MeasureAssignment[]> {
  const rows = await db.select({ measure: campaignAssignments.measureCode, unit: campaignAssignments.unitCode })
    .from(campaignAssignments).innerJoin(campaigns, eq(campaigns.id, campaignAssignments.campaignId))
    .where(and(eq(campaigns.planId, plan.id), eq(campaigns.entityId, plan.entityId), eq(campaigns.periodCode, periodCode)));
  return rows;
}

export interface MeasureScopes {
  /** Unit codes per measure. */
  codes: Map<string, string[]>;
  /** Unit ids with their ancestors per measure (what `can` matches scoped roles against). */
  ids: Map<string, string[]>;
  unitIndex: UnitIndex;
}

/** The units of every measure of the plan at a period. */
export async function loadMeasureScopes(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, periodCode: string): Promise<MeasureScopes> {
  const [ownershipPlan, assignments, unitIndex] = await Promise.all([
    loadOwnershipPlan(db, plan), loadAssignments(db, plan, periodCode), loadUnitIndex(db as Db, plan.entityId),
  ]);
  const ownership = buildMeasureOwnership(ownershipPlan, assignments);
  const ids = new Map<string, string[]>();
  for (const [measure, codes] of ownership.units) ids.set(measure, unitIdsWithAncestors(unitIndex, codes));
  return { codes: ownership.units, ids, unitIndex };
}
