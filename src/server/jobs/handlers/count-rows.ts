/**
 * Job `count-rows`: counts the rows an entity has in the plan tables, one table per step, reporting
 * progress after each (a small, real job: the database statistics shown to the STP, and the job the
 * worker's tests run). Payload: `{ tables?: string[] }` (default: all of them).
 */
import { count, eq } from 'drizzle-orm';
import {
  evaluationCards, indicators, manualAchievements, measureValues, measures, nodes, orgUnits, periods, plans, suspensions,
} from '../../db/schema.js';
import type { JobContext } from '../job-handlers.js';

export const COUNT_ROWS_JOB = 'count-rows';

const countable = {
  plans, org_units: orgUnits, nodes, indicators, measures, periods, measure_values: measureValues,
  suspensions, manual_achievements: manualAchievements, evaluation_cards: evaluationCards,
} as const;
export type CountableTable = keyof typeof countable;
export const COUNTABLE_TABLES = Object.keys(countable) as CountableTable[];

export async function countRowsJob({ job, db, reportProgress, signal }: JobContext): Promise<unknown> {
  const requested = (job.payload as { tables?: unknown }).tables;
  const tables = Array.isArray(requested) ? requested.map(String) : COUNTABLE_TABLES;
  const unknown = tables.filter((name) => !(name in countable));
  if (unknown.length > 0) return { ok: false, code: 'unknown_table', detail: unknown.join(', ') };
  if (!job.entityId) return { ok: false, code: 'entity_required' };
  const counts: Record<string, number> = {};
  for (const [i, name] of tables.entries()) {
    if (signal.aborted) break;
    const table = countable[name as CountableTable];
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.entityId, job.entityId));
    counts[name] = row!.n;
    await reportProgress((i + 1) / tables.length, `${name}: ${row!.n}`);
  }
  return { counts };
}
