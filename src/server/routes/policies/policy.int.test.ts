import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { defaultScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { auditLog, scoringPolicies } from '../../db/schema.js';
import { countAudit, problemOf, startTestApp, type TestApp } from '../test-support.js';
import { buildPolicyScene, SCENE_YEAR, type PolicyScene } from './policy-test-scene.js';

describe('scoring policies of an entity\'s year', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  const url = (scene: PolicyScene, suffix = '') => `/api/entities/${scene.entity.code}/policies/${SCENE_YEAR}${suffix}`;

  it('gives the default policy as revision 0 before anything is saved, with the caller\'s abilities', async () => {
    const scene = await buildPolicyScene(t);
    const asStp = await t.app.inject({ method: 'GET', url: url(scene), cookies: scene.stp.cookies });
    expect(asStp.statusCode).toBe(200);
    const body = asStp.json();
    expect(body).toMatchObject({ entityCode: scene.entity.code, year: SCENE_YEAR, revision: 0, isDefault: true, savedAt: null, savedBy: null });
    expect(body.policy).toEqual(defaultScoringPolicy(scene.entity.code, SCENE_YEAR));
    expect(body.abilities).toEqual(['policy.read', 'policy.update']);
    const asReader = await t.app.inject({ method: 'GET', url: url(scene), cookies: scene.lettore.cookies });
    expect(asReader.json().abilities).toEqual(['policy.read']);
    const revisions = await t.app.inject({ method: 'GET', url: url(scene, '/revisions'), cookies: scene.lettore.cookies });
    expect(revisions.json()).toEqual({ items: [] });
  });

  it('saves every change as a new revision, audited, keeping the earlier ones; a stale base revision gets 409', async () => {
    const scene = await buildPolicyScene(t);
    const first = await t.app.inject({
      method: 'PUT', url: url(scene), headers: scene.stp.headers,
      payload: { baseRevision: 0, note: 'Tolleranza del 90% (SMVP 2026)', policy: { tolerance: { threshold: 90 }, outputs: { nodes: 'adjusted' } } },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      revision: 1, isDefault: false, note: 'Tolleranza del 90% (SMVP 2026)', savedBy: { username: scene.stpUsername },
      policy: { meta: { entity: scene.entity.code, year: SCENE_YEAR, revision: 1 }, tolerance: { threshold: 90 }, outputs: { nodes: 'adjusted' } },
    });
    expect(Date.parse(first.json().savedAt)).not.toBeNaN();

    const stale = await t.app.inject({
      method: 'PUT', url: url(scene), headers: scene.stp.headers, payload: { baseRevision: 0, policy: { cap: 120 } },
    });
    expect(stale.statusCode).toBe(409);
    expect(problemOf(stale)).toMatchObject({ code: 'version_conflict', current: { revision: 1, policy: { tolerance: { threshold: 90 } } } });

    const second = await t.app.inject({
      method: 'PUT', url: url(scene), headers: scene.stp.headers,
      payload: { baseRevision: 1, policy: { ...first.json().policy, cap: 120, meta: { entity: 'IGNORED', year: 1999, revision: 77, title: 'SMVP' } } },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().policy).toMatchObject({ cap: 120, tolerance: { threshold: 90 }, meta: { entity: scene.entity.code, year: SCENE_YEAR, revision: 2, title: 'SMVP' } });

    const current = await t.app.inject({ method: 'GET', url: url(scene), cookies: scene.lettore.cookies });
    expect(current.json()).toMatchObject({ revision: 2, policy: { cap: 120 } });
    const list = await t.app.inject({ method: 'GET', url: url(scene, '/revisions'), cookies: scene.lettore.cookies });
    expect(list.json().items.map((item: { revision: number; savedBy: { username: string } }) => [item.revision, item.savedBy.username]))
      .toEqual([[2, scene.stpUsername], [1, scene.stpUsername]]);
    const old = await t.app.inject({ method: 'GET', url: url(scene, '/revisions/1'), cookies: scene.lettore.cookies });
    expect(old.json()).toMatchObject({ revision: 1, policy: { cap: 100, tolerance: { threshold: 90 } } });
    const missing = await t.app.inject({ method: 'GET', url: url(scene, '/revisions/9'), cookies: scene.lettore.cookies });
    expect(missing.statusCode).toBe(404);

    const rows = await t.db.select().from(scoringPolicies).where(eq(scoringPolicies.entityId, scene.entity.id));
    expect(rows.map((row) => row.revision).sort()).toEqual([1, 2]);
    const trail = await t.db.select().from(auditLog)
      .where(and(eq(auditLog.entityId, scene.entity.id), eq(auditLog.objectType, 'scoring_policy')));
    expect(trail.map((entry) => [entry.action, (entry.after as { revision: number }).revision])).toEqual([['create', 1], ['create', 2]]);
    expect((trail[1]!.before as { revision: number }).revision).toBe(1);
  });

  it('lets only the stp (and system admins) save, writing nothing otherwise', async () => {
    const scene = await buildPolicyScene(t);
    const before = await countAudit(t.db);
    const denied = await t.app.inject({ method: 'PUT', url: url(scene), headers: scene.lettore.headers, payload: { baseRevision: 0, policy: { cap: 120 } } });
    expect(denied.statusCode).toBe(403);
    expect(problemOf(denied).code).toBe('forbidden');
    expect(await countAudit(t.db)).toBe(before);
    expect(await t.db.select().from(scoringPolicies).where(eq(scoringPolicies.entityId, scene.entity.id))).toEqual([]);
  });

  it('answers an invalid policy with field errors at their paths, writing nothing', async () => {
    const scene = await buildPolicyScene(t);
    const before = await countAudit(t.db);
    const response = await t.app.inject({
      method: 'PUT', url: url(scene), headers: scene.stp.headers,
      payload: { baseRevision: 0, policy: { cap: 50, tolerance: { threshold: -5 }, rules: { nonPositiveTarget: { mode: 'tolerance_band' } }, missingData: 'sometimes' } },
    });
    expect(response.statusCode).toBe(400);
    const problem = problemOf(response);
    expect(problem.code).toBe('validation_failed');
    const paths = problem.errors!.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['policy.cap', 'policy.tolerance.threshold', 'policy.missingData']));
    for (const error of problem.errors!) {
      expect(error.messages.it.length).toBeGreaterThan(0);
      expect(error.messages.en.length).toBeGreaterThan(0);
    }
    expect(await countAudit(t.db)).toBe(before);
  });

  it('reports a refinement of the policy schema (a tolerance band without its width) at the field path', async () => {
    const scene = await buildPolicyScene(t);
    const response = await t.app.inject({
      method: 'PUT', url: url(scene), headers: scene.stp.headers,
      payload: { baseRevision: 0, policy: { rules: { nonPositiveTarget: { mode: 'tolerance_band' } } } },
    });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).errors!.map((error) => error.path)).toContain('policy.rules.nonPositiveTarget.band');
  });

  it('hides the policies of another entity', async () => {
    const scene = await buildPolicyScene(t);
    const other = await buildPolicyScene(t);
    const response = await t.app.inject({ method: 'GET', url: url(other), cookies: scene.stp.cookies });
    expect(response.statusCode).toBe(404);
  });
});
