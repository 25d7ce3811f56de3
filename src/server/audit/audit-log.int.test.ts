import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, entities } from '../db/schema.js';
import { withTransaction, type Database } from '../db/database.js';
import { createTestDatabase, testDatabaseKind } from '../db/test-database.js';
import { appendAudit, isAuditAppendOnlyError, listAudit, SYSTEM_ACTOR } from './audit-log.js';

async function rejection(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to be rejected');
}

describe(`audit log on ${testDatabaseKind()}`, () => {
  let database: Database;
  let entityId: string;
  let firstId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const [entity] = await database.db.insert(entities).values({ code: 'AUD', name: 'Ente audit' }).returning();
    entityId = entity!.id;
    const at = new Date('2026-03-01T10:00:00Z');
    const row = await appendAudit(database.db, {
      actor: { userId: null, username: 'stp' }, entityId, objectType: 'indicator', objectId: 'kpi1', action: 'update',
      before: { target: '>= 80%' }, after: { target: '>= 85%', at },
    });
    firstId = row.id;
    await appendAudit(database.db, { actor: SYSTEM_ACTOR, entityId, objectType: 'plan', objectId: 'P1', action: 'create', after: { code: 'P1' } });
  });
  afterAll(async () => { await database?.close(); });

  it('appends entries with before and after as JSON, listed newest first', async () => {
    const rows = await listAudit(database.db, { entityId });
    expect(rows.map((row) => [row.objectType, row.action, row.username])).toEqual([['plan', 'create', 'system'], ['indicator', 'update', 'stp']]);
    expect(rows[1]!.before).toEqual({ target: '>= 80%' });
    expect(rows[1]!.after).toEqual({ target: '>= 85%', at: '2026-03-01T10:00:00.000Z' });
    expect(await listAudit(database.db, { entityId, objectType: 'indicator', objectId: 'kpi1' })).toHaveLength(1);
  });

  it('rejects UPDATE of an audit row with the append-only error', async () => {
    const error = await rejection(() => database.db.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.id, firstId)));
    expect(isAuditAppendOnlyError(error)).toBe(true);
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.id, firstId));
    expect(row!.action).toBe('update');
  });

  it('rejects DELETE and TRUNCATE of audit rows', async () => {
    expect(isAuditAppendOnlyError(await rejection(() => database.db.delete(auditLog).where(eq(auditLog.id, firstId))))).toBe(true);
    expect(isAuditAppendOnlyError(await rejection(() => database.db.execute(sql`TRUNCATE audit_log`)))).toBe(true);
    expect(await listAudit(database.db, { entityId })).toHaveLength(2);
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    await expect(withTransaction(database.db, async (tx) => {
      await appendAudit(tx, { actor: SYSTEM_ACTOR, entityId, objectType: 'plan', objectId: 'P2', action: 'create' });
      throw new Error('the command failed after auditing');
    })).rejects.toThrow('the command failed after auditing');
    expect(await listAudit(database.db, { entityId, objectId: 'P2' })).toEqual([]);
  });
});
