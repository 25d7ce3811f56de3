import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSourceFromScoredPlan } from '../../../core/evaluation/scored-plan-source.js';
import { scoreCard } from '../../../core/evaluation/card-scoring.js';
import { cardPolicySchema } from '../../../core/evaluation/card-policy.schema.js';
import { scoringPolicySchema, type ScoringPolicyInput } from '../../../core/scoring/policy.schema.js';
import { scorePlan } from '../../../core/scoring/score-plan.js';
import type { ScoredCommon, ScoredPlan } from '../../../core/scoring/scored-plan.js';
import { loadPlan } from '../../repositories/plan-repository.js';
import { countAudit, problemOf, startTestApp, type TestApp } from '../test-support.js';
import { buildPolicyScene, SCENE_YEAR, type PolicyScene } from './policy-test-scene.js';

interface Change {
  kind: string; code: string; statusChanged: boolean; delta: number | null;
  before: { state: string; score: number | null; band: { key: string } | null };
  after: { state: string; score: number | null; band: { key: string } | null };
}

describe('what-if of a scoring policy', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  const whatIf = (scene: PolicyScene, payload: Record<string, unknown>) => t.app.inject({
    method: 'POST', url: `/api/entities/${scene.entity.code}/plans/${scene.planCode}/what-if`, headers: scene.lettore.headers, payload,
  });
  const policyOf = (scene: PolicyScene, input: Omit<ScoringPolicyInput, 'meta'>, revision = 1) =>
    scoringPolicySchema.parse({ ...input, meta: { entity: scene.entity.code, year: SCENE_YEAR, revision } });

  /** Every node, unit and indicator whose published result differs between two engine runs. */
  function engineDifferences(before: ScoredPlan, after: ScoredPlan): string[] {
    const keyed = (scored: ScoredPlan) => new Map<string, ScoredCommon>([
      ...scored.nodes.map((n) => [`node:${n.code}`, n] as const),
      ...scored.units.map((u) => [`unit:${u.code}`, u] as const),
      ...scored.indicators.map((i) => [`indicator:${i.code}`, i] as const),
    ]);
    const a = keyed(after);
    return [...keyed(before)].filter(([key, item]) => {
      const other = a.get(key)!;
      return item.state !== other.state || item.score !== other.score || item.band?.key !== other.band?.key || item.rounded !== other.rounded;
    }).map(([key]) => key).sort();
  }

  it('lists what a 90% tolerance and the exclusion of missing data change, with the engine\'s own numbers', async () => {
    const scene = await buildPolicyScene(t);
    const proposedInput = { tolerance: { threshold: 90 }, outputs: { nodes: 'adjusted' as const, units: 'adjusted' as const, cards: 'adjusted' as const }, missingData: 'exclude' as const };
    const auditBefore = await countAudit(t.db);
    const response = await whatIf(scene, { year: SCENE_YEAR, policy: proposedInput });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { changes: Change[]; entity: Change; revisions: unknown; summary: Record<string, { compared: number }>; cardsCompared: boolean };
    expect(body.revisions).toEqual({ current: 0, proposed: 1 });
    expect(body.cardsCompared).toBe(true);

    const plan = (await loadPlan(t.db, scene.entity.id, scene.planCode))!;
    const before = scorePlan(plan, policyOf(scene, {}), { year: SCENE_YEAR });
    const after = scorePlan(plan, policyOf(scene, proposedInput, 2), { year: SCENE_YEAR });
    const listed = body.changes.filter((c) => ['node', 'unit', 'indicator'].includes(c.kind)).map((c) => `${c.kind}:${c.code}`).sort();
    expect(listed).toEqual(engineDifferences(before, after));
    for (const change of body.changes.filter((c) => c.kind === 'node')) {
      const b = before.nodes.find((n) => n.code === change.code)!;
      const a = after.nodes.find((n) => n.code === change.code)!;
      expect([change.before.state, change.before.score, change.before.band?.key ?? null]).toEqual([b.state, b.score, b.band?.key ?? null]);
      expect([change.after.state, change.after.score, change.after.band?.key ?? null]).toEqual([a.state, a.score, a.band?.key ?? null]);
    }
    // A.1.1 (96 and 100): 98, partly achieved → 100 with the tolerance; A.1.2 blocked by K4's missing value → 80 once excluded.
    expect(body.changes.find((c) => c.code === 'A.1.1')).toMatchObject({
      statusChanged: true, delta: 2, before: { score: 98, band: { key: 'parzialmente_raggiunto' } }, after: { score: 100, band: { key: 'raggiunto' } },
    });
    expect(body.changes.find((c) => c.code === 'A.1.2')).toMatchObject({ statusChanged: true, delta: null, before: { state: 'blocked' }, after: { state: 'scored', score: 80 } });
    // The manager's card is the performance of AREA1, scored by the engine on each result.
    const cardPolicy = cardPolicySchema.parse({});
    const card = plan.cards[0]!;
    const cardBefore = scoreCard(card, cardSourceFromScoredPlan(before), cardPolicy);
    const cardAfter = scoreCard(card, cardSourceFromScoredPlan(after), cardPolicy);
    expect(body.changes.find((c) => c.kind === 'card')).toMatchObject({
      code: 'DIR-1', before: { score: cardBefore.raw }, after: { score: cardAfter.adjusted, band: { key: 'raggiunto' } }, statusChanged: true,
    });
    expect(body.entity.before.score).toBe(before.entity.score);
    expect(body.entity.after.score).toBe(after.entity.score);
    expect(body.summary.node!.compared).toBe(before.nodes.length);
    expect(await countAudit(t.db)).toBe(auditBefore);
  });

  it('compares with the revision in force once one is saved', async () => {
    const scene = await buildPolicyScene(t);
    const saved = await t.app.inject({
      method: 'PUT', url: `/api/entities/${scene.entity.code}/policies/${SCENE_YEAR}`, headers: scene.stp.headers,
      payload: { baseRevision: 0, policy: { missingData: 'exclude' } },
    });
    expect(saved.statusCode).toBe(200);
    const same = await whatIf(scene, { year: SCENE_YEAR, policy: { missingData: 'exclude' } });
    expect(same.json()).toMatchObject({ revisions: { current: 1, proposed: 2 }, changes: [] });
    const zero = await whatIf(scene, { year: SCENE_YEAR, policy: { missingData: 'zero' } });
    const objective = (zero.json() as { changes: Change[] }).changes.find((c) => c.code === 'A.1.2');
    // K3 = 80 and K4 missing counted as 0: (80 + 0) / 2.
    expect(objective).toMatchObject({ before: { score: 80 }, after: { score: 40, band: { key: 'non_raggiunto' } }, delta: -40, statusChanged: true });
  });

  it('scores a monitoring period with interim bands and leaves the cards out', async () => {
    const scene = await buildPolicyScene(t);
    const response = await whatIf(scene, { year: SCENE_YEAR, period: 'Q1', policy: { missingData: 'exclude' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ period: 'Q1', interim: true, cardsCompared: false });
    expect(response.json().summary.card.compared).toBe(0);
  });

  it('rejects an invalid proposal, a year outside the plan and an unknown period', async () => {
    const scene = await buildPolicyScene(t);
    const invalid = await whatIf(scene, { year: SCENE_YEAR, policy: { tolerance: { threshold: 'novanta' } } });
    expect(invalid.statusCode).toBe(400);
    expect(problemOf(invalid).errors!.map((e) => e.path)).toEqual(['policy.tolerance.threshold']);
    const outside = await whatIf(scene, { year: SCENE_YEAR + 5, policy: {} });
    expect([outside.statusCode, problemOf(outside).code]).toEqual([400, 'year_outside_plan']);
    const period = await whatIf(scene, { year: SCENE_YEAR, period: 'Q9', policy: {} });
    expect([period.statusCode, problemOf(period).code]).toEqual([404, 'period_not_found']);
  });
});
