/**
 * The audit trail of an entity as the API pages it: filters on the object, the user and a time range,
 * newest first, keyset-paged by id (the cursor is the id of the last entry of the previous page).
 */
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { AuditRow } from '../audit/audit-log.js';
import { auditLog } from '../db/schema.js';
import type { Db } from '../db/database.js';

export interface AuditHistoryQuery {
  entityId: string;
  objectType?: string;
  objectId?: string;
  userId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: number;
}

export async function listAuditHistory(db: Db, query: AuditHistoryQuery): Promise<{ rows: AuditRow[]; nextCursor: number | null }> {
  const filters: SQL[] = [eq(auditLog.entityId, query.entityId)];
  if (query.objectType) filters.push(eq(auditLog.objectType, query.objectType));
  if (query.objectId) filters.push(eq(auditLog.objectId, query.objectId));
  if (query.userId) filters.push(eq(auditLog.userId, query.userId));
  if (query.from) filters.push(gte(auditLog.at, query.from));
  if (query.to) filters.push(lte(auditLog.at, query.to));
  if (query.cursor !== undefined) filters.push(lt(auditLog.id, query.cursor));
  const rows = await db.select().from(auditLog).where(and(...filters)).orderBy(desc(auditLog.id)).limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return { rows: page, nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null };
}
