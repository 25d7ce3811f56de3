/** The audit trail query (filters, page size, cursor) and its entries. */
import { z } from 'zod';
import type { AuditRow } from '../../audit/audit-log.js';
import { listOf } from '../common.schema.js';

export const auditQuery = z.strictObject({
  objectType: z.string().min(1).max(80).optional(),
  objectId: z.string().min(1).max(200).optional(),
  userId: z.string().uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('ISO timestamp, inclusive'),
  to: z.iso.datetime({ offset: true }).optional().describe('ISO timestamp, inclusive'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^\d{1,18}$/).optional().describe('nextCursor of the previous page'),
});

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  objectType: z.string(),
  objectId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
}).meta({ id: 'AuditEntry' });

export const auditPage = listOf(auditEntry).extend({ nextCursor: z.string().nullable() });

export function presentAuditEntry(row: AuditRow): z.infer<typeof auditEntry> {
  return {
    id: row.id, at: row.at.toISOString(), userId: row.userId, username: row.username, objectType: row.objectType,
    objectId: row.objectId, action: row.action, before: row.before ?? null, after: row.after ?? null,
  };
}
