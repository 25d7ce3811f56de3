/**
 * Test support for imports: a fingerprint of the database (row counts of every table an import may
 * write, and a hash of the plan rows' contents) to show that a failed or dry-run import changed nothing.
 */
import { count, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  auditLog, entities, evaluationCards, indicators, manualAchievements, measureValues, measures, nodes, orgUnits, periods,
  planYears, plans, suspensions,
} from '../db/schema.js';
import { queryRows } from '../db/database.js';

const tables = {
  entities, plans, planYears, orgUnits, nodes, indicators, measures, periods, measureValues, suspensions, manualAchievements,
  evaluationCards, auditLog,
} as const;

export async function tableFingerprint(db: Db): Promise<Record<string, number | string>> {
  const counts: Record<string, number | string> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[name] = row!.n;
  }
  const [digest] = await queryRows<{ hash: string }>(db, sql`
    SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash
    FROM (SELECT id, code, title, version FROM nodes UNION ALL SELECT id, code, name, version FROM indicators) AS t`);
  counts.contents = digest!.hash;
  return counts;
}
