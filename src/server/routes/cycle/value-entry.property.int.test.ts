/**
 * Random sequences of value operations by random callers over the API, on a fresh measure each run
 * (fast-check, bounded). After every request: the answer is the one the pure value machine predicts
 * for the caller's role (403 / 409 / 200); a refused request changes neither the row nor the audit log;
 * the stored state is always a valid one. At the end: one audit entry per successful request, and a
 * validated value never changed except through a `reopen` entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asc, eq } from 'drizzle-orm';
import type { Action } from '../../../core/authorization/index.js';
import { VALUE_MACHINE, evaluateTransition, type ValueSlotState, type ValueTransition } from '../../../core/cycle/index.js';
import { auditLog, measureValues } from '../../db/schema.js';
import { buildIndicator, buildMeasure, countAudit, startTestApp, type Session, type TestApp } from '../test-support.js';
import { buildCycleScene, type CycleScene } from './cycle-test-support.js';

const CALLERS = ['stp', 'sg', 'dirigente', 'referente', 'validatore', 'lettore', 'referenteU2'] as const;
type CallerName = (typeof CALLERS)[number];

/** What each caller holds on a measure of office U1 (the scene's scopes). */
const HOLDS: Record<CallerName, Action[]> = {
  stp: ['value.enter', 'value.validate', 'value.reopen', 'campaign.manage'],
  sg: ['value.validate', 'value.reopen'],
  dirigente: ['value.enter', 'value.validate'],
  referente: ['value.enter'],
  validatore: ['value.validate'],
  lettore: [],
  referenteU2: [],
};

interface Step { caller: CallerName; transition: ValueTransition; value: number; stale: boolean }

const step: fc.Arbitrary<Step> = fc.record({
  caller: fc.constantFrom(...CALLERS),
  transition: fc.constantFrom<ValueTransition>('enter', 'enter', 'submit', 'withdraw', 'validate', 'reject', 'reopen'),
  value: fc.integer({ min: 0, max: 500 }),
  stale: fc.boolean(),
});

/** The status the API must answer with, from the pure machine and the caller's role. */
function expectedStatus(state: ValueSlotState, s: Step): number {
  const allows = (action: Action) => HOLDS[s.caller].includes(action);
  const verdict = evaluateTransition(VALUE_MACHINE, state, s.transition, {
    allows, facts: { yearOpen: true, campaignOpen: true, managesCampaigns: allows('campaign.manage'), reason: 'Motivo di prova' },
  });
  if (!verdict.allowed && verdict.reasons.some((reason) => reason.kind === 'forbidden')) return 403;
  if (s.stale && state !== 'none') return 409;
  return verdict.allowed ? 200 : 409;
}

describe('value operations in random order (property, over the API)', () => {
  let t: TestApp;
  let scene: CycleScene;
  let runs = 0;
  /** States the runs reached and requests answered 200, to show the property exercised the machine. */
  const reached = new Set<string>();
  let requests = 0;
  beforeAll(async () => {
    t = await startTestApp();
    scene = await buildCycleScene(t, { openCampaign: true });
  });
  afterAll(async () => { await t?.close(); });

  async function apply(measure: string, s: Step, row: { id: string; version: number } | undefined) {
    const session: Session = scene.sessions[s.caller];
    const version = row ? row.version + (s.stale ? 1 : 0) : undefined;
    if (s.transition === 'enter') {
      return t.app.inject({ method: 'PUT', url: `${scene.year}/periods/2026-1/values/${measure}`, headers: session.headers, payload: { value: s.value, ...(version !== undefined ? { version } : {}) } });
    }
    const reason = s.transition === 'reject' || s.transition === 'reopen' ? { reason: 'Motivo di prova' } : {};
    return t.app.inject({ method: 'POST', url: `${scene.base}/values/${row!.id}/${s.transition}`, headers: session.headers, payload: { version: version ?? 1, ...reason } });
  }

  it('keeps states valid, answers as the machine says, audits each success once, never changes a validated value without a reopen', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 16 }), async (steps) => {
      const measure = `PM${++runs}`;
      const sequence: Step[] = [{ caller: 'referente', transition: 'enter', value: 1, stale: false }, ...steps];
      await buildMeasure(t.db, scene.plan, { code: measure, name: `Misura ${measure}` });
      await buildIndicator(t.db, { planId: scene.plan.id, entityId: scene.entity.id, code: '1.1' }, { code: `k${measure}`, data: { unit: 'number', formula: measure, targets: { 2026: '>= 10' } } });
      let successes = 0;
      for (const s of sequence) {
        const [row] = await t.db.select().from(measureValues).where(eq(measureValues.measureCode, measure));
        if (!row && s.transition !== 'enter') continue;
        const state = (row?.state ?? 'none') as ValueSlotState;
        const auditBefore = await countAudit(t.db);
        const response = await apply(measure, s, row);
        expect(response.statusCode, `${s.caller} ${s.transition} from ${state}: ${response.body.slice(0, 200)}`).toBe(expectedStatus(state, s));
        const [after] = await t.db.select().from(measureValues).where(eq(measureValues.measureCode, measure));
        if (response.statusCode === 200) {
          successes += 1;
          expect(await countAudit(t.db)).toBe(auditBefore + 1);
          expect(after!.version).toBe((row?.version ?? 0) + 1);
        } else {
          expect(await countAudit(t.db)).toBe(auditBefore);
          expect(after).toEqual(row);
        }
        if (after) expect(['draft', 'submitted', 'validated', 'rejected']).toContain(after.state);
        if (after) reached.add(after.state);
        requests += 1;
      }
      const [row] = await t.db.select().from(measureValues).where(eq(measureValues.measureCode, measure));
      const trail = row ? await t.db.select().from(auditLog).where(eq(auditLog.objectId, row.id)).orderBy(asc(auditLog.id)) : [];
      expect(trail.length).toBe(successes);
      for (const entry of trail) {
        if ((entry.before as { state?: string } | null)?.state === 'validated') expect(entry.action).toBe('reopen');
      }
    }), { numRuns: 20, endOnFailure: true });
    expect(requests).toBeGreaterThan(40);
    expect([...reached].sort()).toEqual(expect.arrayContaining(['draft', 'submitted']));
  });
});
