/**
 * One measure of a plan: find it with the indicators that use it, and change it with a version
 * check (stale version → version_conflict with the current row), audited in one transaction.
 * The measure's plan-model fields other than code and name live in `data` (jsonb).
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { buildMeasureUsage, type MeasureUse } from '../../core/plan/measure-usage.js';
import type { Measure } from '../../core/plan/plan.schema.js';
import { measures } from '../db/schema.js';
import type { Db } from '../db/database.js';
import type { AuditActor } from '../audit/audit-log.js';
import { updateWithVersion } from '../db/versioned-update.js';
import { listIndicators, type IndicatorRow } from './indicator.js';
import type { MeasureRow } from './measure.js';
import { fail, ok, type Result } from './result.js';

type PlanRef = { id: string; entityId: string };
type MeasureData = Omit<Measure, 'code' | 'name'>;
export type MeasureChanges = { name?: string } & { [K in keyof MeasureData]?: MeasureData[K] | null };

export interface MeasureUseDetail extends MeasureUse { name: string; nodeCode: string }

export async function findMeasure(db: Db, plan: PlanRef, code: string): Promise<Result<MeasureRow, 'not_found'>> {
  const [row] = await db.select().from(measures).where(and(eq(measures.planId, plan.id), eq(measures.entityId, plan.entityId), eq(measures.code, code)));
  return row ? ok(row) : fail('not_found', { detail: `measure ${code}` });
}

function formulaOf(row: IndicatorRow): string | undefined {
  const formula = (row.data as { formula?: unknown } | null)?.formula;
  return typeof formula === 'string' ? formula : undefined;
}

/** The indicators of the plan whose formula refers to the measure, in plan order. */
export async function listMeasureUses(db: Db, plan: PlanRef, measure: { code: string; name: string }): Promise<MeasureUseDetail[]> {
  const rows = await listIndicators(db, plan);
  const usage = buildMeasureUsage([measure], rows.map((row) => ({ code: row.code, formula: formulaOf(row) })));
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return (usage.get(measure.code) ?? []).map((use) => ({ ...use, name: byCode.get(use.indicator)!.name, nodeCode: byCode.get(use.indicator)!.nodeCode }));
}

function mergedData(changes: Omit<MeasureChanges, 'name'>): SQL {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null && value !== undefined));
  const removed = Object.entries(changes).filter(([, value]) => value === null).map(([key]) => key);
  const merged = sql`(${measures.data} || ${JSON.stringify(set)}::jsonb)`;
  if (removed.length === 0) return merged;
  return sql`${merged} - array[${sql.join(removed.map((key) => sql`${key}`), sql`, `)}]::text[]`;
}

export async function updateMeasure(
  db: Db,
  input: { plan: PlanRef; measureId: string; version: number; changes: MeasureChanges; actor: AuditActor },
): Promise<Result<MeasureRow, 'not_found' | 'version_conflict'>> {
  const { name, ...dataChanges } = input.changes;
  return db.transaction((tx) => updateWithVersion(tx, measures, {
    id: input.measureId, entityId: input.plan.entityId, expectedVersion: input.version, actor: input.actor, objectType: 'measure',
    changes: { ...(name !== undefined ? { name } : {}), data: mergedData(dataChanges) },
  }));
}
