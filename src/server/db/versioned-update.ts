/**
 * Optimistic concurrency for any editable, tenant-scoped table: the caller names the version it read;
 * the row is locked (filtered on its id AND its entity, never on a parent id from the request), compared,
 * updated with version + 1, and the change is written to the audit log — all in the caller's
 * transaction. A stale version fails with `version_conflict` and the current row (HTTP 409).
 */
import { and, eq, getTableName, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import { fail, ok, type Fail, type Ok } from '../services/result.js';
import type { Queryable } from './database.js';

/** A table with `id`, `entity_id` and `version` columns. */
export type VersionedTable = PgTable & { id: PgColumn; entityId: PgColumn; version: PgColumn };

export type VersionedUpdateResult<Row> =
  | Ok<Row>
  | (Fail<'version_conflict'> & { current: Row })
  | Fail<'not_found'>;

export interface VersionedUpdate<T extends VersionedTable> {
  id: string;
  entityId: string;
  expectedVersion: number;
  changes: Omit<PgUpdateSetSource<T>, 'id' | 'entityId' | 'version'>;
  actor: AuditActor;
  /** Audit object type; defaults to the singular of the table name (`org_units` → `org_unit`). */
  objectType?: string;
  /** Audit action; default `update`. */
  action?: string;
}

const singular: Record<string, string> = { people: 'person', measure_values: 'measure_value' };

export function objectTypeOf(table: PgTable): string {
  const name = getTableName(table);
  return singular[name] ?? name.replace(/s$/, '');
}

export async function updateWithVersion<T extends VersionedTable>(
  tx: Queryable,
  table: T,
  input: VersionedUpdate<T>,
): Promise<VersionedUpdateResult<T['$inferSelect']>> {
  type Row = T['$inferSelect'];
  const byIdAndEntity: SQL = and(eq(table.id, input.id), eq(table.entityId, input.entityId))!;
  const found = (await tx.select().from(table as PgTable).where(byIdAndEntity).for('update')) as Row[];
  const before = found[0];
  if (!before) return fail('not_found');
  if (before.version !== input.expectedVersion) {
    return { ...fail('version_conflict', { detail: `expected version ${input.expectedVersion}, current ${before.version}` }), current: before };
  }
  const set = { ...input.changes, version: before.version + 1 } as Record<string, unknown>;
  if ('updatedAt' in table) set.updatedAt = new Date();
  const updated = (await tx.update(table).set(set as PgUpdateSetSource<T>)
    .where(and(byIdAndEntity, eq(table.version, input.expectedVersion))).returning()) as Row[];
  const after = updated[0]!;
  await appendAudit(tx, {
    actor: input.actor,
    entityId: input.entityId,
    objectType: input.objectType ?? objectTypeOf(table),
    objectId: input.id,
    action: input.action ?? 'update',
    before,
    after,
  });
  return ok(after);
}
