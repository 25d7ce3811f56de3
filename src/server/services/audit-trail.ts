/**
 * The audit entry of a command, written in the command's transaction. Delegates to the audit module
 * when available; the entry shape is the audit_log row.
 */
import { auditLog } from '../db/schema.js';
import type { Db } from '../db/database.js';

export interface AuditActor {
  userId: string | null;
  username: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  entityId: string | null;
  objectType: string;
  objectId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    userId: entry.actor.userId, username: entry.actor.username, entityId: entry.entityId,
    objectType: entry.objectType, objectId: entry.objectId, action: entry.action,
    before: entry.before ?? null, after: entry.after ?? null,
  });
}
