import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { verifyPassword } from '../auth/password.js';
import { auditLog, entities, orgUnits, planYears, periods, roleAssignments, scoringPolicies, users } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, testDatabaseKind } from '../db/test-database.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { canonicalPlan } from '../repositories/plan-order.js';
import { DEMO_LOGINS, loadDemoData } from './demo-data.js';
import { demoPlanCards } from './demo-cards.js';
import { buildDemoPlan, DEMO_PLAN_CODE } from './demo-plan.js';

describe(`demo data on ${testDatabaseKind()}`, () => {
  let database: Database;
  let entityId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    expect(await loadDemoData(database, { ifEmpty: true })).toBe(true);
    const [entity] = await database.db.select().from(entities).where(eq(entities.code, 'DEMO'));
    entityId = entity!.id;
  });
  afterAll(async () => { await database?.close(); });

  it('stores the demo plan so that it reads back equal to the authored plan', async () => {
    const loaded = await loadPlan(database.db, entityId, DEMO_PLAN_CODE);
    expect(loaded).toEqual(canonicalPlan({ ...buildDemoPlan(), cards: demoPlanCards() }));
  });

  it('records the cycle: 2025 closed, 2026 in monitoring, periods closed up to 30/04/2026', async () => {
    const years = await database.db.select({ year: planYears.year, status: planYears.status }).from(planYears).where(eq(planYears.entityId, entityId)).orderBy(planYears.year);
    expect(years).toEqual([{ year: 2025, status: 'closed' }, { year: 2026, status: 'monitoring' }, { year: 2027, status: 'planning' }]);
    const closed = await database.db.select({ code: periods.code }).from(periods).where(eq(periods.status, 'closed')).orderBy(periods.code);
    expect(closed.map((row) => row.code)).toEqual(['2025-1', '2025-2', '2025-3', '2026-1']);
    expect(await database.db.select({ year: scoringPolicies.year }).from(scoringPolicies).orderBy(scoringPolicies.year)).toEqual([{ year: 2025 }, { year: 2026 }, { year: 2027 }]);
  });

  it('creates the demo accounts with password "demo" and scoped roles', async () => {
    const rows = await database.db.select().from(users).orderBy(users.username);
    expect(rows.map((row) => row.username)).toEqual([...DEMO_LOGINS].sort());
    const referente = rows.find((row) => row.username === 'referente')!;
    expect(await verifyPassword(referente.passwordHash, 'demo')).toBe(true);
    expect(await verifyPassword(referente.passwordHash, 'wrong')).toBe(false);
    expect(rows.find((row) => row.username === 'admin')!.isSystemAdmin).toBe(true);
    const [grant] = await database.db.select().from(roleAssignments).where(eq(roleAssignments.userId, referente.id));
    const scoped = await database.db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
    const codes = grant!.scopeUnitIds.map((id) => scoped.find((unit) => unit.id === id)?.code).sort();
    expect([grant!.role, codes]).toEqual(['referente', ['A1.S1.U1', 'A1.S1.U2']]);
    const roles = await database.db.select({ role: roleAssignments.role }).from(roleAssignments).orderBy(roleAssignments.role);
    expect(roles.map((row) => row.role)).toEqual(['dirigente', 'lettore', 'oiv', 'referente', 'sg', 'stp', 'validatore']);
  });

  it('is idempotent: loading again (with or without ifEmpty) changes nothing', async () => {
    const auditBefore = await database.db.select({ n: count() }).from(auditLog);
    expect(await loadDemoData(database, { ifEmpty: true })).toBe(false);
    expect(await loadDemoData(database)).toBe(false);
    expect(await database.db.select({ n: count() }).from(entities)).toEqual([{ n: 1 }]);
    expect(await database.db.select({ n: count() }).from(auditLog)).toEqual(auditBefore);
  });
});
