/**
 * The web benchmark's data: a synthetic plan of exactly `nodes` nodes (the benchmark forest, cut in
 * document order so every kept node keeps its parent), stored in a fresh database with an stp user.
 */
import type { Plan } from '../src/core/plan/plan.schema.js';
import { hashPassword } from '../src/server/auth/password.js';
import { SYSTEM_ACTOR } from '../src/server/audit/audit-log.js';
import type { Database } from '../src/server/db/database.js';
import { entities, roleAssignments, users } from '../src/server/db/schema.js';
import { savePlan } from '../src/server/repositories/plan-repository.js';
import { generateForest } from './generate-forest.js';

/** The forest has about 10 nodes per 29 indicators (strategic objective, operational objectives, actions). */
export function generateTreePlan(nodes: number, year: number): Plan {
  const forest = generateForest({ indicators: Math.ceil((nodes * 29) / 10) + 60, seed: 11, year });
  if (forest.nodes.length < nodes) throw new Error(`the forest has ${forest.nodes.length} nodes, fewer than ${nodes}`);
  const kept = forest.nodes.slice(0, nodes);
  // The engine's forest keeps every measure's unit `number`; a stored plan must match its values.
  const unitOf = new Map(forest.values.map((value) => [value.measure, typeof value.value === 'boolean' ? 'boolean' : typeof value.value === 'string' ? 'date' : 'number'] as const));
  const codes = new Set(kept.map((node) => node.code));
  return {
    ...forest,
    plan: { ...forest.plan, code: 'BENCH', title: `Piano sintetico di ${nodes} obiettivi` },
    nodes: kept,
    measures: forest.measures.map((measure) => ({ ...measure, unit: unitOf.get(measure.code) ?? measure.unit })),
    indicators: forest.indicators.filter((indicator) => codes.has(indicator.node)),
    suspensions: forest.suspensions.filter((suspension) => suspension.target.kind !== 'indicator'
      || forest.indicators.some((indicator) => indicator.code === suspension.target.code && codes.has(indicator.node))),
  };
}

export interface BenchLogin { username: string; password: string }

/** Stores the plan under a new entity and adds an stp user of that entity. */
export async function storeTreePlan(database: Database, plan: Plan): Promise<BenchLogin> {
  const login = { username: 'bench', password: 'bench-password-web' };
  const passwordHash = await hashPassword(login.password);
  await database.db.transaction(async (tx) => {
    const [entity] = await tx.insert(entities).values({ code: plan.entity.code, name: plan.entity.name }).returning();
    const saved = await savePlan(tx, entity!.id, plan, SYSTEM_ACTOR, { yearStatus: { [plan.plan.firstYear]: 'monitoring' } });
    if (!saved.ok) throw new Error(`the benchmark plan does not save: ${saved.code} ${JSON.stringify('issues' in saved ? saved.issues.slice(0, 3) : [])}`);
    const [user] = await tx.insert(users).values({ username: login.username, displayName: 'Benchmark', passwordHash, passwordChangedAt: new Date() }).returning();
    await tx.insert(roleAssignments).values({ userId: user!.id, entityId: entity!.id, role: 'stp', scopeUnitIds: [] });
  });
  return login;
}
