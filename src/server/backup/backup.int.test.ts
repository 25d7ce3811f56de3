/**
 * Backups across backends: the demo data on the backend of this run (TEST_DATABASE) is backed up,
 * restored into the other backend, backed up there and restored back. Both backends are needed in
 * every run: without TEST_DATABASE_URL this test fails (scripts/test.js always provides it).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appendAudit, isAuditAppendOnlyError, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { auditLog, entities, measureValues, orgUnits, systemSettings, users } from '../db/schema.js';
import type { Database, DatabaseKind } from '../db/database.js';
import { createPgliteTestDatabase, createPostgresTestDatabase, testDatabaseKind } from '../db/test-database.js';
import { loadDemoData } from '../demo/demo-data.js';
import { DEMO_PLAN_CODE } from '../demo/demo-plan.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { writeBackup } from './backup-dump.js';
import { restoreBackup } from './backup-restore.js';

const source: DatabaseKind = testDatabaseKind();
const target: DatabaseKind = source === 'pglite' ? 'postgres' : 'pglite';
const open = (kind: DatabaseKind) => (kind === 'pglite' ? createPgliteTestDatabase() : createPostgresTestDatabase());
const folder = mkdtempSync(join(tmpdir(), 'traguardo-backup-'));
const tricky = "riga 1\nriga 2 \\ \"virgolette\" l'ente €🙂\ttab";

/** The backup without its `created` line, for comparing two backups of the same data. */
const bodyOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => !line.startsWith('-- created: '));

async function entityIdOf(database: Database): Promise<string> {
  const [row] = await database.db.select({ id: entities.id }).from(entities).where(eq(entities.code, 'DEMO'));
  return row!.id;
}

describe(`backup from ${source} restored into ${target}`, () => {
  let from: Database;
  let into: Database;
  const first = join(folder, 'first.sql');

  beforeAll(async () => {
    [from, into] = await Promise.all([open(source), open(target)]);
    expect(await loadDemoData(from)).toBe(true);
    const entityId = await entityIdOf(from);
    await from.db.insert(orgUnits).values({ entityId, code: 'TRICKY', name: tricky });
    await from.db.insert(systemSettings).values({ key: 'banner', value: { it: tricky, list: [1.5, null, true], nested: { a: "l'x" } } });
  });
  afterAll(async () => { await Promise.all([from?.close(), into?.close()]); });

  it('restores every row into the other backend, in one transaction', async () => {
    const written = await writeBackup(from.db, first);
    expect(written.rows.measure_values).toBe(150);
    expect(written.rows.users).toBe(8);
    expect(written.rows.sessions).toBeUndefined();
    const restored = await restoreBackup(into, first);
    expect(restored).toEqual({ ok: true, value: { rows: written.rows } });
  });

  it('gives back the same plan, audit entries, values, accounts and odd strings', async () => {
    const [sourceEntity, targetEntity] = [await entityIdOf(from), await entityIdOf(into)];
    expect(targetEntity).toBe(sourceEntity);
    expect(await loadPlan(into.db, targetEntity, DEMO_PLAN_CODE)).toEqual(await loadPlan(from.db, sourceEntity, DEMO_PLAN_CODE));
    const audit = async (database: Database) => database.db.select().from(auditLog).orderBy(auditLog.id);
    expect(await audit(into)).toEqual(await audit(from));
    const values = async (database: Database) => database.db.select().from(measureValues).orderBy(measureValues.id);
    expect(await values(into)).toEqual(await values(from));
    const accounts = async (database: Database) => database.db.select().from(users).orderBy(users.username);
    expect(await accounts(into)).toEqual(await accounts(from));
    const [unit] = await into.db.select().from(orgUnits).where(eq(orgUnits.code, 'TRICKY'));
    expect(unit!.name).toBe(tricky);
    const [setting] = await into.db.select().from(systemSettings).where(eq(systemSettings.key, 'banner'));
    expect(setting!.value).toEqual({ it: tricky, list: [1.5, null, true], nested: { a: "l'x" } });
  });

  it('keeps the audit log append-only and continues its numbering after the restored rows', async () => {
    const [last] = await into.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id).then((rows) => rows.slice(-1));
    const appended = await appendAudit(into.db, { actor: SYSTEM_ACTOR, entityId: null, objectType: 'database', objectId: 'restore', action: 'restore' });
    expect(appended.id).toBe(last!.id + 1);
    await expect(into.db.delete(auditLog).where(eq(auditLog.id, appended.id))).rejects.toSatisfy(isAuditAppendOnlyError);
  });

  it('backs up the restored database into a file that restores into the first backend again, identically', async () => {
    const second = join(folder, 'second.sql');
    const copy = join(folder, 'copy.sql');
    const fresh = await open(source);
    try {
      const written = await writeBackup(into.db, second);
      expect(written.rows.audit_log).toBe((await writeBackup(from.db, join(folder, 'again.sql'))).rows.audit_log! + 1);
      expect(await restoreBackup(fresh, second)).toMatchObject({ ok: true });
      await writeBackup(fresh.db, copy);
      expect(bodyOf(copy)).toEqual(bodyOf(second));
    } finally {
      await fresh.close();
    }
  });

  it('refuses a database that holds data unless forced, and then replaces everything', async () => {
    expect(await restoreBackup(into, first)).toEqual({ ok: false, code: 'not_empty' });
    const forced = await restoreBackup(into, first, { force: true });
    expect(forced.ok).toBe(true);
    expect(await into.db.select().from(auditLog).where(eq(auditLog.action, 'restore'))).toEqual([]);
    const copy = join(folder, 'forced.sql');
    await writeBackup(into.db, copy);
    expect(bodyOf(copy)).toEqual(bodyOf(first));
  });

  it('refuses files that are not backups of this schema, writing nothing', async () => {
    const fresh = await open(target);
    try {
      const lines = readFileSync(first, 'utf8').split('\n');
      const notBackup = join(folder, 'not.sql');
      writeFileSync(notBackup, 'SELECT 1;\n');
      expect(await restoreBackup(fresh, notBackup)).toMatchObject({ ok: false, code: 'not_a_backup' });
      const tampered = join(folder, 'tampered.sql');
      writeFileSync(tampered, [...lines.slice(0, 7), 'DROP TABLE users;', ...lines.slice(7)].join('\n'));
      expect(await restoreBackup(fresh, tampered)).toMatchObject({ ok: false, code: 'unexpected_statement' });
      const older = join(folder, 'older.sql');
      writeFileSync(older, lines.map((line) => (line.startsWith('-- migrations: ') ? '-- migrations: 1 abc' : line)).join('\n'));
      expect(await restoreBackup(fresh, older)).toMatchObject({ ok: false, code: 'migration_mismatch' });
      expect(await fresh.db.select().from(entities)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
