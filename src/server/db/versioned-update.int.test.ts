import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, entities, orgUnits } from './schema.js';
import { withTransaction, type Database } from './database.js';
import { createTestDatabase, testDatabaseKind } from './test-database.js';
import { updateWithVersion } from './versioned-update.js';

const actor = { userId: null, username: 'stp' };

describe(`updateWithVersion on ${testDatabaseKind()}`, () => {
  let database: Database;
  let entityId: string;
  let otherEntityId: string;
  let unitId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const made = await database.db.insert(entities).values([{ code: 'VA', name: 'Ente A' }, { code: 'VB', name: 'Ente B' }]).returning();
    entityId = made.find((row) => row.code === 'VA')!.id;
    otherEntityId = made.find((row) => row.code === 'VB')!.id;
    const [unit] = await database.db.insert(orgUnits).values({ entityId, code: 'UFF1', name: 'Ufficio uno' }).returning();
    unitId = unit!.id;
  });
  afterAll(async () => { await database?.close(); });

  it('updates, bumps the version and audits before and after in the same transaction', async () => {
    const result = await withTransaction(database.db, (tx) => updateWithVersion(tx, orgUnits, {
      id: unitId, entityId, expectedVersion: 1, changes: { name: 'Ufficio Registro imprese' }, actor,
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(2);
    expect(result.value.name).toBe('Ufficio Registro imprese');
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.objectId, unitId));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectType: 'org_unit', action: 'update', username: 'stp', entityId });
    expect(audit[0]!.before).toMatchObject({ name: 'Ufficio uno', version: 1 });
    expect(audit[0]!.after).toMatchObject({ name: 'Ufficio Registro imprese', version: 2 });
  });

  it('rejects a stale version with the current row and changes nothing', async () => {
    const result = await withTransaction(database.db, (tx) => updateWithVersion(tx, orgUnits, {
      id: unitId, entityId, expectedVersion: 1, changes: { name: 'Sovrascrittura' }, actor,
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('version_conflict');
    expect(result.code === 'version_conflict' && result.current).toMatchObject({ id: unitId, version: 2, name: 'Ufficio Registro imprese' });
    const [row] = await database.db.select().from(orgUnits).where(eq(orgUnits.id, unitId));
    expect(row).toMatchObject({ version: 2, name: 'Ufficio Registro imprese' });
    expect(await database.db.select().from(auditLog).where(eq(auditLog.objectId, unitId))).toHaveLength(1);
  });

  it('does not find a row of another entity, nor a missing row', async () => {
    const other = await updateWithVersion(database.db, orgUnits, { id: unitId, entityId: otherEntityId, expectedVersion: 2, changes: { name: 'X' }, actor });
    expect(other).toEqual({ ok: false, code: 'not_found' });
    const missing = await updateWithVersion(database.db, orgUnits, { id: '00000000-0000-4000-8000-000000000000', entityId, expectedVersion: 1, changes: { name: 'X' }, actor });
    expect(missing).toEqual({ ok: false, code: 'not_found' });
  });

  it('serialises two writers holding the same version: exactly one wins', async () => {
    const attempt = (name: string) => withTransaction(database.db, (tx) => updateWithVersion(tx, orgUnits, {
      id: unitId, entityId, expectedVersion: 2, changes: { name }, actor,
    }));
    const results = await Promise.all([attempt('Primo'), attempt('Secondo')]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const [row] = await database.db.select().from(orgUnits).where(eq(orgUnits.id, unitId));
    expect(row!.version).toBe(3);
  });
});
