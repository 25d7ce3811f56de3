/**
 * Optimistic concurrency for rows that are not tenant-scoped (entities, users): a write names the
 * version it read; the row is locked and compared, and a stale write fails with `version_conflict`
 * carrying the current row (HTTP 409), never overwriting. Use inside the command's transaction; `load`
 * must lock the row (`.for('update')`); the caller audits. Tenant rows (with entity_id) use
 * `updateWithVersion` of db/versioned-update.ts, which also filters on the entity and audits.
 */
import { fail, ok, type Result } from './result.js';

export async function updateVersioned<Row extends { version: number }>(input: {
  load: () => Promise<Row | undefined>;
  expectedVersion: number;
  apply: (current: Row) => Promise<Row | undefined>;
}): Promise<Result<{ before: Row; after: Row }, 'not_found' | 'version_conflict'>> {
  const before = await input.load();
  if (!before) return fail('not_found');
  if (before.version !== input.expectedVersion) {
    return fail('version_conflict', { current: before, detail: `expected version ${input.expectedVersion}, current ${before.version}` });
  }
  const after = await input.apply(before);
  if (!after) return fail('not_found');
  return ok({ before, after });
}
