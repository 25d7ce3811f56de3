/** Measures of a plan (the measured quantities indicators' formulas refer to). */
import { and, asc, eq } from 'drizzle-orm';
import { measures } from '../db/schema.js';
import type { Db } from '../db/database.js';

export type MeasureRow = typeof measures.$inferSelect;

export async function listMeasures(db: Db, plan: { id: string; entityId: string }): Promise<MeasureRow[]> {
  return db.select().from(measures).where(and(eq(measures.planId, plan.id), eq(measures.entityId, plan.entityId))).orderBy(asc(measures.position), asc(measures.code));
}
