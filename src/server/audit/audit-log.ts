/**
 * The audit log: every mutation appends who, when, what, before and after, in the same transaction as
 * the mutation itself (so a rolled-back change leaves no entry). The table is append-only: a database
 * trigger (migration 0001) rejects UPDATE, DELETE and TRUNCATE.
 */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../db/schema.js';
import type { Queryable } from '../db/database.js';

/** Who made a change: a user, or the system (`userId` null, e.g. a job or the demo loader). */
export interface AuditActor {
  userId: string | null;
  username: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  entityId: string | null;
  /** Singular code name of the object kind: `org_unit`, `indicator`, `plan`… */
  objectType: string;
  objectId: string;
  /** `create` | `update` | `delete` | `close` | `import` | `login` | … */
  action: string;
  before?: unknown;
  after?: unknown;
}

export type AuditRow = typeof auditLog.$inferSelect;

export const SYSTEM_ACTOR: AuditActor = { userId: null, username: 'system' };

/** Makes a value storable as jsonb: Dates become ISO strings, undefined fields disappear. */
export function toAuditJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export async function appendAudit(tx: Queryable, entry: AuditEntry): Promise<AuditRow> {
  const [row] = await tx.insert(auditLog).values({
    userId: entry.actor.userId,
    username: entry.actor.username,
    entityId: entry.entityId,
    objectType: entry.objectType,
    objectId: entry.objectId,
    action: entry.action,
    before: toAuditJson(entry.before),
    after: toAuditJson(entry.after),
  }).returning();
  return row!;
}

export interface AuditQuery {
  entityId: string;
  objectType?: string;
  objectId?: string;
  /** Entries with an id below this one (paging backwards, newest first). */
  beforeId?: number;
  limit?: number;
}

/** The history of an entity (or of one object in it), newest first. */
export async function listAudit(db: Queryable, query: AuditQuery): Promise<AuditRow[]> {
  const filters: SQL[] = [eq(auditLog.entityId, query.entityId)];
  if (query.objectType) filters.push(eq(auditLog.objectType, query.objectType));
  if (query.objectId) filters.push(eq(auditLog.objectId, query.objectId));
  if (query.beforeId !== undefined) filters.push(lt(auditLog.id, query.beforeId));
  return db.select().from(auditLog).where(and(...filters)).orderBy(desc(auditLog.id)).limit(Math.min(query.limit ?? 100, 1000));
}

/** True for the error the append-only trigger raises. */
export function isAuditAppendOnlyError(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current.message.includes('audit_log_append_only')) return true;
  }
  return false;
}
