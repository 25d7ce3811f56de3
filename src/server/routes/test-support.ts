/**
 * Integration-test helpers: an app over a fresh migrated database (the backend TEST_DATABASE chooses),
 * factories that insert real rows (`buildEntity`, `buildOrgUnit`, `buildUser`, `buildPlan`, `buildNode`,
 * `buildIndicator`, `buildMeasure`), and `login` giving the headers of a logged-in caller.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { count } from 'drizzle-orm';
import type { EntityRole } from '../../core/authorization/index.js';
import { buildApp, type BuildAppOptions } from '../app.js';
import { hashPassword } from '../auth/password.js';
import type { Db, Database } from '../db/database.js';
import { auditLog, entities, indicators, measures, nodes, orgUnits, planYears, plans, roleAssignments, users } from '../db/schema.js';
import { createTestDatabase } from '../db/test-database.js';
import { DEFAULT_RATE_LIMITS } from '../http/security.js';

export const TEST_PASSWORD = 'password-for-tests';
let cachedHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return cachedHash;
}

/** A folder with an index.html, standing in for the built web application. */
export function buildWebRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'traguardo-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Traguardo</title><div id="root"></div>');
  writeFileSync(join(dir, 'app.js'), 'console.log("traguardo");');
  return dir;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  db: Db;
  close(): Promise<void>;
}

export async function startTestApp(options: Partial<Omit<BuildAppOptions, 'database'>> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({
    database,
    config: options.config ?? { baseUrl: 'http://localhost:3000' },
    settings: { limits: { ...DEFAULT_RATE_LIMITS, requestsPerMinute: 100_000, loginsPerMinute: 10_000 }, ...options.settings },
    webRoot: options.webRoot ?? buildWebRoot(),
    logger: options.logger ?? false,
  });
  await app.ready();
  return { app, database, db: database.db, close: async () => { await app.close(); await database.close(); } };
}

const unique = () => randomBytes(4).toString('hex');

export async function buildEntity(db: Db, overrides: Partial<typeof entities.$inferInsert> = {}) {
  const [row] = await db.insert(entities).values({ code: `E${unique()}`.toUpperCase(), name: 'Camera di commercio di prova', ...overrides }).returning();
  return row!;
}

export async function buildOrgUnit(db: Db, entityId: string, overrides: Partial<typeof orgUnits.$inferInsert> = {}) {
  const [row] = await db.insert(orgUnits).values({ entityId, code: `U${unique()}`, name: 'Ufficio', kind: 'office', ...overrides }).returning();
  return row!;
}

export async function buildUser(
  db: Db,
  options: { entityId?: string; role?: EntityRole; scopeUnitIds?: string[]; isSystemAdmin?: boolean; username?: string } = {},
) {
  const [user] = await db.insert(users).values({
    username: options.username ?? `user-${unique()}`, displayName: 'Utente di prova',
    passwordHash: await testPasswordHash(), isSystemAdmin: options.isSystemAdmin ?? false,
  }).returning();
  if (options.entityId && options.role) {
    await db.insert(roleAssignments).values({ userId: user!.id, entityId: options.entityId, role: options.role, scopeUnitIds: options.scopeUnitIds ?? [] });
  }
  return user!;
}

export async function buildPlan(db: Db, entityId: string, overrides: Partial<typeof plans.$inferInsert> = {}) {
  const [plan] = await db.insert(plans).values({
    entityId, code: `P${unique()}`, title: 'Piano della performance 2026-2028', firstYear: 2026, lastYear: 2028,
    levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }], ...overrides,
  }).returning();
  await db.insert(planYears).values([2026, 2027, 2028].map((year) => ({ entityId, planId: plan!.id, year })));
  return plan!;
}

export async function buildNode(db: Db, plan: { id: string; entityId: string }, overrides: Partial<typeof nodes.$inferInsert> = {}) {
  const [row] = await db.insert(nodes).values({
    entityId: plan.entityId, planId: plan.id, code: `N${unique()}`, title: 'Obiettivo di prova', level: 'strategic_objective', ...overrides,
  }).returning();
  return row!;
}

export async function buildIndicator(db: Db, node: { planId: string; entityId: string; code: string }, overrides: Partial<typeof indicators.$inferInsert> = {}) {
  const [row] = await db.insert(indicators).values({
    entityId: node.entityId, planId: node.planId, nodeCode: node.code, code: `kpi${unique()}`, name: 'Indicatore di prova',
    data: { unit: 'percent', targets: { 2026: '>= 80%' }, formula: '[A] / [B] * 100' }, ...overrides,
  }).returning();
  return row!;
}

export async function buildMeasure(db: Db, plan: { id: string; entityId: string }, overrides: Partial<typeof measures.$inferInsert> = {}) {
  const [row] = await db.insert(measures).values({
    entityId: plan.entityId, planId: plan.id, code: `M${unique()}`, name: 'Misura di prova', data: { unit: 'number' }, ...overrides,
  }).returning();
  return row!;
}

export interface Session {
  cookies: Record<string, string>;
  csrfToken: string;
  /** Cookie and CSRF header, for `app.inject`. */
  headers: Record<string, string>;
}

export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login of ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'traguardo_session');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookies: { traguardo_session: cookie!.value }, csrfToken, headers: { cookie: `traguardo_session=${cookie!.value}`, 'x-csrf-token': csrfToken } };
}

export async function countAudit(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row!.n;
}

/** The parsed problem of a response, asserting its shape. */
export function problemOf(response: LightMyRequestResponse): { code: string; status: number; messages: { it: string; en: string }; errors?: { path: string; code: string; messages: { it: string; en: string } }[]; current?: Record<string, unknown> } {
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected a problem, got ${response.statusCode} ${String(response.headers['content-type'])}: ${response.body.slice(0, 200)}`);
  }
  return response.json();
}
