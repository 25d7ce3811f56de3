/**
 * Indicators of a plan: list, one indicator, and its update. The indicator's plan-model fields live in
 * `data` (jsonb) beside the `name` column; an update merges the given fields (null removes one).
 * A formula must parse in the canonical formula language and each year's target in the target
 * language; their errors come back with the field path and the character position.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { parseFormula } from '../../core/formula/formula-parser.js';
import type { Indicator } from '../../core/plan/plan.schema.js';
import { parseTarget } from '../../core/target/target-parser.js';
import { indicators } from '../db/schema.js';
import type { Db } from '../db/database.js';
import type { AuditActor } from '../audit/audit-log.js';
import { updateWithVersion } from '../db/versioned-update.js';
import { nodeScope } from './node.js';
import { fail, ok, type FieldIssue, type Result } from './result.js';

export type IndicatorRow = typeof indicators.$inferSelect;
type IndicatorData = Omit<Indicator, 'code' | 'node' | 'name'>;
export type IndicatorChanges = { name?: string } & { [K in keyof IndicatorData]?: IndicatorData[K] | null };

type PlanRef = { id: string; entityId: string };

export async function listIndicators(db: Db, plan: PlanRef): Promise<IndicatorRow[]> {
  return db.select().from(indicators).where(and(eq(indicators.planId, plan.id), eq(indicators.entityId, plan.entityId))).orderBy(asc(indicators.position), asc(indicators.code));
}

export async function findIndicator(db: Db, plan: PlanRef, code: string): Promise<Result<{ row: IndicatorRow; unitIds: string[] }, 'not_found'>> {
  const [row] = await db.select().from(indicators).where(and(eq(indicators.planId, plan.id), eq(indicators.entityId, plan.entityId), eq(indicators.code, code)));
  if (!row) return fail('not_found', { detail: `indicator ${code}` });
  return ok({ row, unitIds: await nodeScope(db, plan, row.nodeCode) });
}

/** Formula and target errors of the changed fields, positioned. */
export function checkIndicatorLanguages(changes: IndicatorChanges): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof changes.formula === 'string') {
    const parsed = parseFormula(changes.formula);
    if (!parsed.ok) for (const error of parsed.errors) issues.push({ path: 'formula', code: error.code, messages: error.message });
  }
  for (const [year, text] of Object.entries(changes.targets ?? {})) {
    const parsed = parseTarget(text, { planYear: Number(year), ...(changes.unit ? { unit: changes.unit } : {}) });
    if (!parsed.ok) for (const error of parsed.errors) issues.push({ path: `targets.${year}`, code: error.code, messages: error.message });
  }
  return issues;
}

/** `data || {changed fields}` minus the removed ones, computed by the database on the locked row. */
function mergedData(changes: Omit<IndicatorChanges, 'name'>): SQL {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null && value !== undefined));
  const removed = Object.entries(changes).filter(([, value]) => value === null).map(([key]) => key);
  const merged = sql`(${indicators.data} || ${JSON.stringify(set)}::jsonb)`;
  if (removed.length === 0) return merged;
  return sql`${merged} - array[${sql.join(removed.map((key) => sql`${key}`), sql`, `)}]::text[]`;
}

export async function updateIndicator(
  db: Db,
  input: { plan: PlanRef; indicatorId: string; version: number; changes: IndicatorChanges; actor: AuditActor },
): Promise<Result<IndicatorRow, 'not_found' | 'version_conflict' | 'invalid_language'>> {
  const issues = checkIndicatorLanguages(input.changes);
  if (issues.length > 0) return fail('invalid_language', { errors: issues });
  const { name, ...dataChanges } = input.changes;
  return db.transaction((tx) => updateWithVersion(tx, indicators, {
    id: input.indicatorId, entityId: input.plan.entityId, expectedVersion: input.version, actor: input.actor, objectType: 'indicator',
    changes: { ...(name !== undefined ? { name } : {}), data: mergedData(dataChanges) },
  }));
}
