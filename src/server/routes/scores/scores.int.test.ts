/**
 * Scores and lint of the demo plan through the API. The expected values come from calling the engine
 * (scorePlan, buildExplanation, lintPlan) on the plan and policy read back from the database, never
 * typed by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { lintPlan } from '../../../core/lint/lint-plan.js';
import { buildExplanation } from '../../../core/scoring/explanation.js';
import { scoringPolicySchema, type ScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { scorePlan } from '../../../core/scoring/score-plan.js';
import { scoringPolicies } from '../../db/schema.js';
import { loadDemoData } from '../../demo/demo-data.js';
import { DEMO_ENTITY, DEMO_PLAN_CODE } from '../../demo/demo-plan.js';
import { loadPlan } from '../../repositories/plan-repository.js';
import { findVisibleEntity } from '../../services/entity.js';
import { currentPeriodOf, todayInRome } from '../../services/scores.js';
import { buildEntity, buildUser, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';
import { SCORES_PROBLEMS } from './scores.routes.js';

interface ItemBody {
  code: string; state: string; rounded: number | null; score: number | null;
  achievement: { raw: number; adjusted: number } | null;
  band: { key: string; label: { it: string; en: string }; icon: string } | null;
  explanation?: unknown;
}

const base = `/api/entities/${DEMO_ENTITY.code}/plans/${DEMO_PLAN_CODE}`;

describe('scores and lint of the demo plan', () => {
  let t: TestApp;
  let entityId: string;
  let reader: Session;

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.database);
    reader = await login(t.app, 'lettore', 'demo');
    const entity = await findVisibleEntity(t.db, { userId: 'system', isSystemAdmin: true, memberships: [] }, DEMO_ENTITY.code);
    if (!entity.ok) throw new Error('demo entity missing');
    entityId = entity.value.id;
  });
  afterAll(async () => { await t?.close(); });

  async function storedPlan() {
    return (await loadPlan(t.db, entityId, DEMO_PLAN_CODE))!;
  }

  async function latestPolicy(year: number): Promise<ScoringPolicy> {
    const [row] = await t.db.select().from(scoringPolicies).where(and(eq(scoringPolicies.entityId, entityId), eq(scoringPolicies.year, year)))
      .orderBy(desc(scoringPolicies.revision)).limit(1);
    return scoringPolicySchema.parse(row!.policy);
  }

  const get = (url: string) => t.app.inject({ method: 'GET', url, cookies: reader.cookies });

  it('gives a reader the engine\'s scores of the closed year for every node and indicator, with bands and explanations', async () => {
    const response = await get(`${base}/scores?year=2025`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { year: number; interim: boolean; periods: { code: string }[]; nodes: ItemBody[]; indicators: ItemBody[]; entity: ItemBody };
    const expected = scorePlan(await storedPlan(), await latestPolicy(2025), { year: 2025 });
    expect(body).toMatchObject({ year: 2025, interim: false, period: null });
    expect(body.periods.map((p) => p.code)).toEqual(['2025-1', '2025-2', '2025-3']);
    expect(body.nodes.map((n) => [n.code, n.state, n.rounded, n.achievement?.raw ?? null, n.band?.key ?? null]))
      .toEqual(expected.nodes.map((n) => [n.code, n.state, n.rounded, n.achievement?.raw ?? null, n.band?.key ?? null]));
    expect(body.indicators.map((i) => [i.code, i.state, i.rounded, i.achievement?.adjusted ?? null, i.band?.icon ?? null]))
      .toEqual(expected.indicators.map((i) => [i.code, i.state, i.rounded, i.achievement?.adjusted ?? null, i.band?.icon ?? null]));
    expect(body.entity.rounded).toBe(expected.entity.rounded);
    // The demo has items in several bands and states, so the comparisons above are not vacuous.
    expect(new Set(body.indicators.map((i) => i.band?.key)).size).toBeGreaterThan(2);
    expect(body.indicators.some((i) => i.state === 'manual')).toBe(true);
    // Default explanations go one level down: the node and its direct members.
    for (const node of body.nodes) {
      expect(node.explanation).toEqual(JSON.parse(JSON.stringify(buildExplanation(expected, { kind: 'node', code: node.code }, 1))));
    }
  });

  it('explains the whole tree on request, or not at all', async () => {
    const expected = scorePlan(await storedPlan(), await latestPolicy(2025), { year: 2025 });
    const full = (await get(`${base}/scores?year=2025&explain=full`)).json() as { nodes: ItemBody[]; entity: ItemBody };
    const root = full.nodes.find((n) => n.code === 'A')!;
    expect(root.explanation).toEqual(JSON.parse(JSON.stringify(buildExplanation(expected, { kind: 'node', code: 'A' }))));
    expect(full.entity.explanation).toEqual(JSON.parse(JSON.stringify(buildExplanation(expected, { kind: 'entity' }))));
    const none = (await get(`${base}/scores?year=2025&explain=none`)).json() as { nodes: ItemBody[] };
    expect(none.nodes.every((n) => n.explanation === undefined)).toBe(true);
  });

  it('explains one item on its own, to the depth asked', async () => {
    const expected = scorePlan(await storedPlan(), await latestPolicy(2025), { year: 2025 });
    const node = await get(`${base}/scores/explanation?year=2025&kind=node&code=B.1`);
    expect(node.statusCode).toBe(200);
    expect(node.json()).toEqual(JSON.parse(JSON.stringify(buildExplanation(expected, { kind: 'node', code: 'B.1' }))));
    const shallow = await get(`${base}/scores/explanation?year=2025&kind=entity&depth=0`);
    expect(shallow.json()).toEqual(JSON.parse(JSON.stringify(buildExplanation(expected, { kind: 'entity' }, 0))));
    expect((await get(`${base}/scores/explanation?year=2025&kind=indicator&code=nope`)).statusCode).toBe(404);
    const noCode = await get(`${base}/scores/explanation?year=2025&kind=node`);
    expect(noCode.statusCode).toBe(400);
    expect(problemOf(noCode).errors!.map((e) => e.path)).toEqual(['code']);
  });

  it('scores a monitoring period with interim bands, and uses the latest saved policy revision', async () => {
    const interim = await get(`${base}/scores?year=2026&period=2026-2&explain=none`);
    expect(interim.statusCode).toBe(200);
    const interimExpected = scorePlan(await storedPlan(), await latestPolicy(2026), { year: 2026, period: '2026-2' });
    expect(interim.json()).toMatchObject({ period: '2026-2', interim: true, expectedProgress: interimExpected.expectedProgress });
    expect((interim.json().nodes as ItemBody[]).map((n) => [n.code, n.band?.key ?? null, n.rounded]))
      .toEqual(interimExpected.nodes.map((n) => [n.code, n.band?.key ?? null, n.rounded]));
    expect(new Set((interim.json().nodes as ItemBody[]).map((n) => n.band?.key)).has('in_linea')).toBe(true);

    const current = await latestPolicy(2026);
    const stp = await login(t.app, 'stp', 'demo');
    const saved = await t.app.inject({
      method: 'PUT', url: `/api/entities/${DEMO_ENTITY.code}/policies/2026`, headers: stp.headers,
      payload: { baseRevision: current.meta.revision, note: 'tolleranza', policy: { ...current, tolerance: { threshold: 80, appliesTo: ['indicator', 'node'] }, outputs: { ...current.outputs, indicators: 'adjusted', nodes: 'adjusted' } } },
    });
    expect(saved.statusCode).toBe(200);
    const revision2 = await latestPolicy(2026);
    expect(revision2.meta.revision).toBe(current.meta.revision + 1);
    const after = await get(`${base}/scores?year=2026&period=2026-2&explain=none`);
    const afterExpected = scorePlan(await storedPlan(), revision2, { year: 2026, period: '2026-2' });
    expect(after.json().policy).toMatchObject({ revision: revision2.meta.revision, toleranceThreshold: 80 });
    expect((after.json().indicators as ItemBody[]).map((i) => i.score)).toEqual(afterExpected.indicators.map((i) => i.score));
    expect(afterExpected.indicators.some((i) => i.toleranceApplied)).toBe(true);
  });

  it('resolves period=current to the latest period ended today (the year end for a closed year)', async () => {
    const plan = await storedPlan();
    const current = await get(`${base}/scores?year=2026&period=current&explain=none`);
    expect(current.statusCode).toBe(200);
    expect(current.json().period).toBe(currentPeriodOf(plan, 2026, todayInRome()) ?? null);
    const closed = await get(`${base}/scores?year=2025&period=current&explain=none`);
    expect(closed.json()).toMatchObject({ period: currentPeriodOf(plan, 2025, todayInRome()) ?? null });
  });

  it('returns only the lists asked for, with the nodes\' units', async () => {
    const expected = scorePlan(await storedPlan(), await latestPolicy(2025), { year: 2025 });
    const body = (await get(`${base}/scores?year=2025&explain=none&include=nodes`)).json() as { nodes: (ItemBody & { units: unknown })[]; indicators: unknown[]; units: unknown[] };
    expect(body.indicators).toEqual([]);
    expect(body.units).toEqual([]);
    expect(body.nodes.map((n) => n.code)).toEqual(expected.nodes.map((n) => n.code));
    const plan = await storedPlan();
    expect(body.nodes.find((n) => n.code === 'A.1')!.units).toEqual(plan.nodes.find((n) => n.code === 'A.1')!.units);
  });

  it('recomputes after any change of the entity\'s data (the cache follows the audit trail)', async () => {
    const first = (await get(`${base}/scores?year=2025&explain=none&include=indicators`)).json() as { indicators: ItemBody[] };
    const stp = await login(t.app, 'stp', 'demo');
    const indicator = (await t.app.inject({ method: 'GET', url: `${base}/indicators/kpiB1_02`, cookies: stp.cookies })).json() as { version: number; targets: Record<string, string> };
    const patch = await t.app.inject({
      method: 'PATCH', url: `${base}/indicators/kpiB1_02`, headers: stp.headers, payload: { version: indicator.version, targets: { ...indicator.targets, 2025: '<= 1 gg' } },
    });
    expect(patch.statusCode).toBe(200);
    const second = (await get(`${base}/scores?year=2025&explain=none&include=indicators`)).json() as { indicators: ItemBody[] };
    const expected = scorePlan(await storedPlan(), await latestPolicy(2025), { year: 2025 });
    const score = (body: { indicators: ItemBody[] }) => body.indicators.find((i) => i.code === 'kpiB1_02')!.rounded;
    expect(score(second)).toBe(expected.indicators.find((i) => i.code === 'kpiB1_02')!.rounded);
    expect(score(second)).not.toBe(score(first));
  });

  it('answers a year outside the plan, an unknown period, a missing year and a stranger with problems', async () => {
    const outside = await get(`${base}/scores?year=2031`);
    expect(outside.statusCode).toBe(400);
    expect(problemOf(outside).messages).toEqual(SCORES_PROBLEMS.year_outside_plan.messages);
    const period = await get(`${base}/scores?year=2027&period=2026-1`);
    expect(period.statusCode).toBe(404);
    expect(problemOf(period).code).toBe('period_not_found');
    expect((await get(`${base}/scores`)).statusCode).toBe(400);
    const other = await buildEntity(t.db);
    const stranger = await login(t.app, (await buildUser(t.db, { entityId: other.id, role: 'stp' })).username);
    const hidden = await t.app.inject({ method: 'GET', url: `${base}/scores?year=2025`, cookies: stranger.cookies });
    expect(hidden.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${base}/lint` })).statusCode).toBe(401);
  });

  it('lists the lint findings the engine finds, also after a change that breaks a weight sum', async () => {
    const before = await get(`${base}/lint`);
    expect(before.statusCode).toBe(200);
    expect(before.json().items).toEqual(lintPlan(await storedPlan(), { policy: await latestPolicy(2025) }));
    const stp = await login(t.app, 'stp', 'demo');
    const weighted = (await storedPlan()).indicators.find((i) => i.weight !== undefined)!;
    const current = (await t.app.inject({ method: 'GET', url: `${base}/indicators/${weighted.code}`, cookies: stp.cookies })).json() as { version: number };
    const patch = await t.app.inject({
      method: 'PATCH', url: `${base}/indicators/${weighted.code}`, headers: stp.headers, payload: { version: current.version, weight: weighted.weight! + 7 },
    });
    expect(patch.statusCode).toBe(200);
    const after = (await get(`${base}/lint`)).json() as { items: { code: string; location: { code?: string } }[] };
    const findings = lintPlan(await storedPlan(), { policy: await latestPolicy(2025) });
    expect(findings.length).toBeGreaterThan(before.json().items.length);
    expect(after.items).toEqual(findings);
  });
});
