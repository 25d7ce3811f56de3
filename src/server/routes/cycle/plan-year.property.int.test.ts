/**
 * Random sequences of plan year operations by random callers over the API, on a fresh plan each run
 * (fast-check, bounded). After every request: the answer is the one the pure plan year machine predicts
 * for the caller's role, the year's state and its facts (403 / 409 / 200); a refused request changes
 * neither the year's row nor the audit log; a successful one writes exactly one audit entry with the
 * acting user. The stored status is always one of the machine's states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { and, desc, eq } from 'drizzle-orm';
import type { Action } from '../../../core/authorization/index.js';
import {
  CHECKLIST_ITEMS, PLAN_YEAR_MACHINE, PLAN_YEAR_STATES, buildPeriods, canOpenRevision, evaluateTransition,
  type PlanYearState, type PlanYearTransition,
} from '../../../core/cycle/index.js';
import { auditLog, periods, planRevisions, planYears } from '../../db/schema.js';
import { buildIndicator, buildNode, buildPlan, countAudit, startTestApp, type TestApp } from '../test-support.js';
import { buildCycleScene, YEAR, type CycleScene } from './cycle-test-support.js';

const CALLERS = ['stp', 'sg', 'dirigente', 'oiv', 'lettore'] as const;
type CallerName = (typeof CALLERS)[number];

/** The plan year actions each caller holds (src/core/authorization). */
const HOLDS: Record<CallerName, Action[]> = {
  stp: ['plan_year.approve', 'plan_year.manage', 'plan_year.revise', 'plan_year.freeze'],
  sg: [],
  dirigente: [],
  oiv: ['plan_year.validate'],
  lettore: [],
};

type Operation = PlanYearTransition | 'open_revision';
interface Step { caller: CallerName; operation: Operation; stale: boolean }

const OPERATIONS: Operation[] = ['approve', 'start_monitoring', 'open_revision', 'approve_revision', 'close', 'reopen', 'validate', 'freeze'];

const step: fc.Arbitrary<Step> = fc.record({
  caller: fc.constantFrom(...CALLERS, 'stp', 'stp'),
  operation: fc.constantFrom(...OPERATIONS),
  stale: fc.constantFrom(false, false, true),
});

/** The happy path; each run first takes a random number of its steps, so every state gets explored. */
const HAPPY_PATH: Operation[] = ['approve', 'start_monitoring', 'open_revision', 'approve_revision', 'close', 'validate', 'freeze'];

const ACT = { kind: 'determinazione' as const, number: '9', date: '2026-01-29', body: 'Commissario straordinario' };
const CHECKLIST = CHECKLIST_ITEMS.map((item) => ({ item, answer: 'yes' }));

interface YearFacts { state: PlanYearState; openRevision: boolean; hasApprovedRevision: boolean; revisions: number }

/** The status the API must answer with, from the pure machine, the caller's role and the facts. */
function expectedStatus(facts: YearFacts, s: Step): number {
  const allows = (action: Action) => HOLDS[s.caller].includes(action);
  if (s.operation === 'open_revision') {
    if (!allows('plan_year.revise')) return 403;
    return canOpenRevision(facts.state, facts.openRevision).length === 0 ? 201 : 409;
  }
  if (s.operation === 'approve_revision') {
    if (!allows('plan_year.revise')) return 403;
    if (facts.revisions === 0) return 404;
    if (!facts.openRevision) return 409; // the latest revision is already approved
  }
  const verdict = evaluateTransition(PLAN_YEAR_MACHINE, facts.state, s.operation, {
    allows,
    facts: {
      act: ACT, reason: 'Motivo di prova', checklistComplete: true, periodCount: 3, openCampaigns: 0,
      openRevision: facts.openRevision, hasApprovedRevision: facts.hasApprovedRevision,
    },
  });
  if (!verdict.allowed && verdict.reasons.some((reason) => reason.kind === 'forbidden')) return 403;
  if (s.stale) return 409;
  return verdict.allowed ? 200 : 409;
}

describe('plan year operations in random order (property, over the API)', () => {
  let t: TestApp;
  let scene: CycleScene;
  let runs = 0;
  let requests = 0;
  const reached = new Set<string>();
  beforeAll(async () => {
    t = await startTestApp();
    scene = await buildCycleScene(t, { periods: false });
  });
  afterAll(async () => { await t?.close(); });

  /** A plan of the scene's entity, its 2026 year in planning with four-monthly periods. */
  async function freshPlan() {
    runs += 1;
    const plan = await buildPlan(t.db, scene.entity.id, { code: `PP${runs}` });
    const node = await buildNode(t.db, plan, { code: '1', units: { responsible: [], involved: [] } });
    await buildIndicator(t.db, node, { code: 'k1', data: { unit: 'number', formula: '1', targets: { [YEAR]: '>= 1' } } });
    await t.db.insert(periods).values(buildPeriods(YEAR).map((p) => ({ entityId: plan.entityId, planId: plan.id, code: p.code, year: p.year, endDate: p.end, final: p.final })));
    return plan;
  }

  async function yearRow(planId: string) {
    const [row] = await t.db.select().from(planYears).where(and(eq(planYears.planId, planId), eq(planYears.year, YEAR)));
    return row!;
  }

  async function factsOf(planId: string): Promise<YearFacts> {
    const row = await yearRow(planId);
    const revisions = await t.db.select({ status: planRevisions.status }).from(planRevisions).where(and(eq(planRevisions.planId, planId), eq(planRevisions.year, YEAR)));
    return {
      state: row.status as PlanYearState, revisions: revisions.length,
      openRevision: revisions.some((revision) => revision.status === 'draft'), hasApprovedRevision: revisions.some((revision) => revision.status === 'approved'),
    };
  }

  function request(planCode: string, s: Step, version: number, revisions: number) {
    const url = `/api/entities/${scene.entity.code}/plans/${planCode}/years/${YEAR}`;
    const headers = scene.sessions[s.caller].headers;
    const v = version + (s.stale ? 1 : 0);
    const post = (path: string, payload: object) => t.app.inject({ method: 'POST', url: `${url}/${path}`, headers, payload });
    switch (s.operation) {
      case 'approve': return post('approve', { version: v, act: ACT });
      case 'start_monitoring': return post('start-monitoring', { version: v });
      case 'open_revision': return post('revisions', { reason: 'Rimodulazione di prova' });
      case 'approve_revision': return post(`revisions/${Math.max(revisions, 1)}/approve`, { version: v, act: ACT });
      case 'close': return post('close', { version: v });
      case 'reopen': return post('reopen', { version: v, reason: 'Motivo di prova' });
      case 'validate': return post('validate', { version: v, notes: 'Dati attendibili.', checklist: CHECKLIST });
      case 'freeze': return post('freeze', { version: v });
    }
  }

  it('answers as the machine says, refusals change nothing, each success is audited once with the acting user', async () => {
    const prefix = fc.integer({ min: 0, max: HAPPY_PATH.length });
    await fc.assert(fc.asyncProperty(prefix, fc.array(step, { minLength: 3, maxLength: 12 }), async (length, steps) => {
      const plan = await freshPlan();
      const happy = HAPPY_PATH.slice(0, length).map((operation): Step => ({ caller: operation === 'validate' ? 'oiv' : 'stp', operation, stale: false }));
      const sequence: Step[] = [...happy, ...steps];
      for (const s of sequence) {
        const facts = await factsOf(plan.id);
        const before = await yearRow(plan.id);
        const auditBefore = await countAudit(t.db);
        const response = await request(plan.code, s, before.version, facts.revisions);
        const expected = expectedStatus(facts, s);
        expect(response.statusCode, `${s.caller} ${s.operation}${s.stale ? ' (stale)' : ''} from ${facts.state}: ${response.body.slice(0, 300)}`).toBe(expected);
        const after = await yearRow(plan.id);
        expect(PLAN_YEAR_STATES).toContain(after.status);
        if (response.statusCode < 300) {
          expect(await countAudit(t.db)).toBe(auditBefore + 1);
          const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
          expect(entry!.username).toBe(scene.usernames[s.caller]);
          if (s.operation !== 'open_revision') {
            expect(entry).toMatchObject({ objectType: 'plan_year', objectId: before.id, action: s.operation });
            expect(after.version).toBe(before.version + 1);
          }
        } else {
          expect(await countAudit(t.db)).toBe(auditBefore);
          expect(after).toEqual(before);
          expect(await factsOf(plan.id)).toEqual(facts);
        }
        reached.add(after.status);
        requests += 1;
      }
    }), { numRuns: 20, endOnFailure: true });
    expect(requests).toBeGreaterThan(100);
    expect([...reached]).toEqual(expect.arrayContaining(['monitoring', 'revised', 'closed']));
  });
});
