/**
 * Loads the demo dataset: the entity DEMO, its plan 2025–2027 (with values, a suspension and a manual
 * achievement), its scoring policies, the people and the demo accounts (password `demo`). All in one
 * transaction, under an advisory lock, so two processes starting together load it once.
 *
 * `ifEmpty: true` loads only into a database without entities and users (what `serve --demo` wants:
 * starting again keeps the data); otherwise it loads unless the entity DEMO exists.
 */
import { count, eq, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Database, Tx } from '../db/database.js';
import { entities, orgUnits, people, roleAssignments, scoringPolicies, users } from '../db/schema.js';
import { savePlan } from '../repositories/plan-repository.js';
import { defaultScoringPolicy } from '../../core/scoring/policy.schema.js';
import { saveDemoCycle } from './demo-campaigns.js';
import { demoPlanCards, saveDemoCardWorkflows } from './demo-cards.js';
import { buildDemoPlan, DEMO_CLOSED_PERIODS, DEMO_ENTITY, DEMO_YEAR_STATUS } from './demo-plan.js';
import { DEMO_PASSWORD, demoUsers } from './demo-users.js';

export { DEMO_LOGINS, DEMO_PASSWORD } from './demo-users.js';

const DEMO_ACTOR: AuditActor = { userId: null, username: 'demo' };
const DEMO_LOCK = 727_001;

export interface LoadDemoOptions {
  /** Load only into an empty database (no entities, no users). */
  ifEmpty?: boolean;
}

async function isEmpty(tx: Tx): Promise<boolean> {
  const [entityCount] = await tx.select({ n: count() }).from(entities);
  const [userCount] = await tx.select({ n: count() }).from(users);
  return entityCount!.n === 0 && userCount!.n === 0;
}

async function hasDemoEntity(tx: Tx): Promise<boolean> {
  const found = await tx.select({ id: entities.id }).from(entities).where(eq(entities.code, DEMO_ENTITY.code));
  return found.length > 0;
}

/** True when this call loaded the data; false when the database already had it (or was not empty). */
export async function loadDemoData(database: Database, options: LoadDemoOptions = {}): Promise<boolean> {
  const alreadyThere = (tx: Tx) => (options.ifEmpty ? isEmpty(tx).then((empty) => !empty) : hasDemoEntity(tx));
  // A quick look first, so that a restart with data does not pay for hashing eight passwords.
  if (await database.db.transaction(alreadyThere)) return false;
  const passwordHashes = await Promise.all(demoUsers.map(() => hashPassword(DEMO_PASSWORD)));
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`);
    if (await alreadyThere(tx)) return false;
    const [entity] = await tx.insert(entities).values({ ...DEMO_ENTITY }).returning();
    await appendAudit(tx, { actor: DEMO_ACTOR, entityId: entity!.id, objectType: 'entity', objectId: entity!.id, action: 'create', after: entity });
    const saved = await savePlan(tx, entity!.id, { ...buildDemoPlan(), cards: demoPlanCards() }, DEMO_ACTOR, {
      yearStatus: DEMO_YEAR_STATUS, closedPeriods: DEMO_CLOSED_PERIODS, action: 'import',
    });
    if (!saved.ok) throw new Error(`the demo plan does not save: ${saved.code} ${JSON.stringify('issues' in saved ? saved.issues : [])}`);
    await saveScoringPolicies(tx, entity!.id);
    await saveDemoCardWorkflows(tx, entity!.id, saved.value.planId, DEMO_ACTOR);
    await saveDemoCycle(tx, entity!.id, saved.value.planId, DEMO_ACTOR);
    await saveDemoUsers(tx, entity!.id, passwordHashes);
    return true;
  });
}

async function saveScoringPolicies(tx: Tx, entityId: string): Promise<void> {
  const approvedBy = { kind: 'delibera_giunta' as const, number: '95', date: '2024-12-16', body: 'Giunta camerale' };
  await tx.insert(scoringPolicies).values([2025, 2026, 2027].map((year) => {
    const policy = defaultScoringPolicy(DEMO_ENTITY.code, year);
    return {
      entityId, year, revision: 1, note: 'SMVP della Camera di Commercio di Esempio',
      policy: { ...policy, meta: { ...policy.meta, title: `SMVP – regole di misurazione ${year}`, approvedBy } },
    };
  }));
}

async function saveDemoUsers(tx: Tx, entityId: string, passwordHashes: string[]): Promise<void> {
  const units = await tx.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
  const unitId = (code: string) => units.find((unit) => unit.code === code)!.id;
  for (const [i, user] of demoUsers.entries()) {
    const [person] = user.person
      ? await tx.insert(people).values({ entityId, fullName: user.person.fullName, email: user.email, orgUnitId: unitId(user.person.orgUnit) }).returning()
      : [undefined];
    const [created] = await tx.insert(users).values({
      username: user.username, displayName: user.displayName, email: user.email, passwordHash: passwordHashes[i]!,
      isSystemAdmin: user.isSystemAdmin ?? false, personId: person?.id ?? null, passwordChangedAt: new Date(),
    }).returning({ id: users.id });
    if (user.role) {
      await tx.insert(roleAssignments).values({ userId: created!.id, entityId, role: user.role, scopeUnitIds: (user.scope ?? []).map(unitId) });
    }
    await appendAudit(tx, {
      actor: DEMO_ACTOR, entityId: user.role ? entityId : null, objectType: 'user', objectId: created!.id, action: 'create',
      after: { username: user.username, role: user.role ?? null, scope: user.scope ?? [], isSystemAdmin: user.isSystemAdmin ?? false },
    });
  }
}
