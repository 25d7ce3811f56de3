import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, nodes } from '../../db/schema.js';
import { buildEntity, buildNode, buildPlan, buildUser, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';

const WRITERS = 50;
const ROUNDS = 4;

describe('concurrent conflicting writers', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  it(`lets exactly one of ${WRITERS} writers win each round; the others get 409 with the winner's state; nothing is lost`, async () => {
    const entity = await buildEntity(t.db);
    const plan = await buildPlan(t.db, entity.id);
    const node = await buildNode(t.db, plan, { code: '1' });
    const url = `/api/entities/${entity.code}/plans/${plan.code}/nodes/1`;
    const sessions: Session[] = [];
    for (let i = 0; i < 5; i++) sessions.push(await login(t.app, (await buildUser(t.db, { entityId: entity.id, role: 'stp' })).username));

    const winners: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const responses = await Promise.all(Array.from({ length: WRITERS }, (_, writer) => t.app.inject({
        method: 'PATCH', url, headers: sessions[writer % sessions.length]!.headers,
        payload: { version: round, title: `round ${round} writer ${writer}`, weight: writer },
      })));
      const ok = responses.filter((response) => response.statusCode === 200);
      const conflicts = responses.filter((response) => response.statusCode === 409);
      expect(ok).toHaveLength(1);
      expect(conflicts).toHaveLength(WRITERS - 1);
      const winner = ok[0]!.json() as { title: string; weight: number; version: number };
      expect(winner.version).toBe(round + 1);
      expect(winner.title).toBe(`round ${round} writer ${winner.weight}`);
      for (const conflict of conflicts) {
        const problem = problemOf(conflict);
        expect(problem.code).toBe('version_conflict');
        expect(problem.current).toMatchObject({ title: winner.title, weight: winner.weight, version: round + 1 });
      }
      winners.push(winner.title);
    }

    const [row] = await t.db.select().from(nodes).where(eq(nodes.id, node.id));
    expect(row).toMatchObject({ title: winners.at(-1), version: ROUNDS + 1 });
    const trail = await t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'node'), eq(auditLog.objectId, node.id))).orderBy(auditLog.id);
    expect(trail).toHaveLength(ROUNDS);
    expect(trail.map((entry) => (entry.after as { title: string }).title)).toEqual(winners);
    expect(trail.map((entry) => (entry.before as { version: number }).version)).toEqual([1, 2, 3, 4]);
  });
});
