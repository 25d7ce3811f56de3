/**
 * Scores and lint of a stored plan through the API. The expected values come from calling the engine
 * (scorePlan, buildExplanation, lintPlan) on the plan read back from the database, never typed by hand.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintPlan } from '../../../core/lint/lint-plan.js';
import { buildExplanation } from '../../../core/scoring/explanation.js';
import { defaultScoringPolicy, scoringPolicySchema } from '../../../core/scoring/policy.schema.js';
import { scorePlan } from '../../../core/scoring/score-plan.js';
import { readPlanFile } from '../../../formats/plan-file.js';
import { SYSTEM_ACTOR } from '../../audit/audit-log.js';
import { scoringPolicies } from '../../db/schema.js';
import { loadPlan, savePlan } from '../../repositories/plan-repository.js';
import { buildEntity, buildUser, login, problemOf, startTestApp, type TestApp } from '../test-support.js';
import { SCORES_PROBLEMS } from './scores.routes.js';

const EXAMPLE = join(resolve(import.meta.dirname, '..', '..', '..', '..'), 'docs', 'formats', 'example-plan.json');

interface ItemBody {
  code: string; state: string; rounded: number | null; score: number | null;
  achievement: { raw: number; adjusted: number } | null;
  band: { key: string; label: { it: string; en: string }; icon: string } | null;
  explanation?: { code: string; children: { code: string; children: unknown[] }[] };
}

describe('plan scores and lint', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  /** An entity with the documented example plan stored in it, and a reader (lettore) of it. */
  async function buildScene() {
    const entity = await buildEntity(t.db);
    const file = readPlanFile(readFileSync(EXAMPLE, 'utf8'), 'example-plan.json');
    if (!file.ok) throw new Error('example plan does not read');
    const saved = await t.db.transaction((tx) => savePlan(tx, entity.id, { ...file.value, entity: { ...file.value.entity, code: entity.code } }, SYSTEM_ACTOR));
    if (!saved.ok) throw new Error(`example plan not saved: ${saved.code}`);
    const reader = await buildUser(t.db, { entityId: entity.id, role: 'lettore' });
    const session = await login(t.app, reader.username);
    const plan = (await loadPlan(t.db, entity.id, saved.value.code))!;
    return { entity, plan, planCode: saved.value.code, session, base: `/api/entities/${entity.code}/plans/${saved.value.code}` };
  }

  it('gives a reader the engine\'s scores of every node and indicator, with bands and explanations', async () => {
    const scene = await buildScene();
    const response = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2026`, cookies: scene.session.cookies });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { year: number; interim: boolean; policy: { revision: number }; nodes: ItemBody[]; indicators: ItemBody[]; entity: ItemBody };
    const expected = scorePlan(scene.plan, defaultScoringPolicy(scene.entity.code, 2026), { year: 2026 });
    expect(body.year).toBe(2026);
    expect(body.interim).toBe(false);
    expect(body.policy.revision).toBe(1);
    expect(body.nodes.map((n) => [n.code, n.state, n.rounded, n.achievement?.raw ?? null, n.band?.key ?? null]))
      .toEqual(expected.nodes.map((n) => [n.code, n.state, n.rounded, n.achievement?.raw ?? null, n.band?.key ?? null]));
    expect(body.indicators.map((i) => [i.code, i.state, i.rounded, i.achievement?.adjusted ?? null, i.band?.icon ?? null]))
      .toEqual(expected.indicators.map((i) => [i.code, i.state, i.rounded, i.achievement?.adjusted ?? null, i.band?.icon ?? null]));
    expect(body.entity.rounded).toBe(expected.entity.rounded);
    // The plan has scored items in more than one band, so the comparison above is not vacuous.
    expect(new Set(body.indicators.map((i) => i.band?.key)).size).toBeGreaterThan(1);
    const scored = body.nodes.find((n) => n.band !== null)!;
    expect(scored.band!.label.it).not.toBe('');
    // Default explanations go one level down: the node and its direct members.
    const explanation = buildExplanation(expected, { kind: 'node', code: scored.code }, 1)!;
    expect(scored.explanation).toEqual(JSON.parse(JSON.stringify(explanation)));
  });

  it('explains the whole tree on request, or not at all', async () => {
    const scene = await buildScene();
    const full = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2026&explain=full`, cookies: scene.session.cookies });
    const expected = scorePlan(scene.plan, defaultScoringPolicy(scene.entity.code, 2026), { year: 2026 });
    const root = scene.plan.nodes.find((n) => !n.parent)!.code;
    const rootBody = (full.json().nodes as ItemBody[]).find((n) => n.code === root)!;
    expect(rootBody.explanation).toEqual(JSON.parse(JSON.stringify(buildExplanation(expected, { kind: 'node', code: root }))));
    const none = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2026&explain=none`, cookies: scene.session.cookies });
    expect((none.json().nodes as ItemBody[]).every((n) => n.explanation === undefined)).toBe(true);
  });

  it('scores a monitoring period with interim bands, and uses the latest saved policy revision', async () => {
    const scene = await buildScene();
    const policy = (revision: number, threshold: number | null) => scoringPolicySchema.parse({
      meta: { entity: scene.entity.code, year: 2026, revision }, tolerance: { threshold }, outputs: { indicators: 'adjusted', nodes: 'adjusted' },
    });
    await t.db.insert(scoringPolicies).values([
      { entityId: scene.entity.id, year: 2026, revision: 1, policy: policy(1, null) },
      { entityId: scene.entity.id, year: 2026, revision: 2, policy: policy(2, 90) },
    ]);
    const response = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2026&explain=none`, cookies: scene.session.cookies });
    const expected = scorePlan(scene.plan, policy(2, 90), { year: 2026 });
    expect(response.json().policy).toMatchObject({ revision: 2, toleranceThreshold: 90 });
    expect((response.json().indicators as ItemBody[]).map((i) => i.score)).toEqual(expected.indicators.map((i) => i.score));

    const interim = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2026&period=2026-1&explain=none`, cookies: scene.session.cookies });
    expect(interim.statusCode).toBe(200);
    const interimExpected = scorePlan(scene.plan, policy(2, 90), { year: 2026, period: '2026-1' });
    expect(interim.json()).toMatchObject({ period: '2026-1', interim: true });
    expect((interim.json().nodes as ItemBody[]).map((n) => n.band?.key ?? null)).toEqual(interimExpected.nodes.map((n) => n.band?.key ?? null));
  });

  it('answers a year outside the plan, an unknown period and a stranger with problems', async () => {
    const scene = await buildScene();
    const outside = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2031`, cookies: scene.session.cookies });
    expect(outside.statusCode).toBe(400);
    expect(problemOf(outside).messages).toEqual(SCORES_PROBLEMS.year_outside_plan.messages);
    const period = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2027&period=2026-1`, cookies: scene.session.cookies });
    expect(period.statusCode).toBe(404);
    expect(problemOf(period).code).toBe('period_not_found');
    const missingYear = await t.app.inject({ method: 'GET', url: `${scene.base}/scores`, cookies: scene.session.cookies });
    expect(missingYear.statusCode).toBe(400);
    const other = await buildEntity(t.db);
    const stranger = await login(t.app, (await buildUser(t.db, { entityId: other.id, role: 'stp' })).username);
    const hidden = await t.app.inject({ method: 'GET', url: `${scene.base}/scores?year=2026`, cookies: stranger.cookies });
    expect(hidden.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `${scene.base}/lint` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lists the lint findings the engine finds, after a change that breaks a weight sum', async () => {
    const scene = await buildScene();
    const clean = await t.app.inject({ method: 'GET', url: `${scene.base}/lint`, cookies: scene.session.cookies });
    expect(clean.statusCode).toBe(200);
    expect(clean.json().items).toEqual(lintPlan(scene.plan, { policy: defaultScoringPolicy(scene.entity.code, 2026) }));
    const stp = await login(t.app, (await buildUser(t.db, { entityId: scene.entity.id, role: 'stp' })).username);
    const weighted = scene.plan.indicators.find((i) => i.weight !== undefined)!;
    const patch = await t.app.inject({
      method: 'PATCH', url: `${scene.base}/indicators/${weighted.code}`, headers: stp.headers, payload: { version: 1, weight: weighted.weight! + 7 },
    });
    expect(patch.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: `${scene.base}/lint`, cookies: scene.session.cookies });
    const changed = (await loadPlan(t.db, scene.entity.id, scene.planCode))!;
    const findings = lintPlan(changed, { policy: defaultScoringPolicy(scene.entity.code, 2026) });
    expect(findings.length).toBeGreaterThan(0);
    expect(after.json().items).toEqual(findings);
  });
});
