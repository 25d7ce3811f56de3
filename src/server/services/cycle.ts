/**
 * The plan year's cycle as commands: approve (with the act), start monitoring, close (the OIV is asked
 * to validate), reopen (with a reason); and the overview a page needs: status, what the caller may do
 * next and what blocks it, periods with their campaigns, revisions, the validation and the snapshot.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import { PLAN_YEAR_MACHINE, PLAN_YEAR_STATE_LABELS, listTransitions, type PlanYearState } from '../../core/cycle/index.js';
import type { Act } from '../../core/plan/plan.schema.js';
import type { AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { campaigns, periods, planRevisions, planYearSnapshots, planYearValidations } from '../db/schema.js';
import { applyYearTransition, findPlanYear, planYearFacts, yearStateOf, type CyclePlan, type PlanYearRow, type YearTransitionFailure } from './cycle-year.js';
import { findRecipients, notify } from './notification.js';
import { fail, ok, type Result } from './result.js';

export interface YearCommand {
  plan: CyclePlan;
  entityCode: string;
  year: number;
  version: number;
  allows: (action: Action) => boolean;
  actor: AuditActor;
}

type YearResult = Promise<Result<PlanYearRow, YearTransitionFailure | string>>;

async function simpleTransition(db: Db, command: YearCommand, transition: 'approve' | 'start_monitoring', act?: Act): YearResult {
  return db.transaction(async (tx) => {
    const result = await applyYearTransition(tx, { ...command, transition, facts: { act }, ...(act ? { approvalAct: act } : {}) });
    return result.ok ? ok(result.value.row) : result;
  });
}

export function approvePlanYear(db: Db, command: YearCommand & { act: Act }): YearResult {
  return simpleTransition(db, command, 'approve', command.act);
}

export function startMonitoring(db: Db, command: YearCommand): YearResult {
  return simpleTransition(db, command, 'start_monitoring');
}

/** Closes the year; the OIV members are asked to validate it. */
export async function closePlanYear(db: Db, command: YearCommand): YearResult {
  return db.transaction(async (tx) => {
    const result = await applyYearTransition(tx, {
      ...command, transition: 'close',
      work: async (inner) => {
        const recipients = await findRecipients(inner, { entityId: command.plan.entityId, roles: ['oiv'] });
        const notified = await notify(inner, {
          entityId: command.plan.entityId, kind: 'validation_requested', subjectType: 'plan_year', subjectId: `${command.plan.code}/${command.year}`,
          title: { it: `Anno ${command.year} chiuso: validazione richiesta`, en: `Year ${command.year} closed: validation requested` },
          body: { it: `Il piano ${command.plan.code} per il ${command.year} è chiuso e attende la validazione dell'OIV.`, en: `Plan ${command.plan.code} for ${command.year} is closed and awaits the OIV's validation.` },
          link: { entityCode: command.entityCode, planCode: command.plan.code, year: command.year },
        }, recipients);
        return ok({ notified });
      },
    });
    return result.ok ? ok(result.value.row) : result;
  });
}

export async function reopenPlanYear(db: Db, command: YearCommand & { reason: string }): YearResult {
  return db.transaction(async (tx) => {
    const result = await applyYearTransition(tx, {
      ...command, transition: 'reopen', facts: { reason: command.reason },
      work: async () => ok({ reason: command.reason }),
    });
    return result.ok ? ok(result.value.row) : result;
  });
}

export async function getCycleOverview(db: Db, plan: CyclePlan, year: number, allows: (action: Action) => boolean) {
  const row = await findPlanYear(db, plan, year);
  if (!row) return fail('not_found', { detail: `plan year ${year}` });
  const state: PlanYearState = yearStateOf(row);
  const facts = await planYearFacts(db, plan, year, { checklistComplete: true, act: { kind: 'other', number: '-', date: '1970-01-01' }, reason: '-' });
  const inYear = { plan: eq(periods.planId, plan.id), year: eq(periods.year, year) };
  const [periodRows, campaignRows, revisionRows, [validation], [snapshot]] = await Promise.all([
    db.select().from(periods).where(and(inYear.plan, inYear.year)).orderBy(asc(periods.endDate)),
    db.select().from(campaigns).where(and(eq(campaigns.planId, plan.id), eq(campaigns.year, year))),
    db.select({ number: planRevisions.number, status: planRevisions.status, reason: planRevisions.reason, act: planRevisions.act, approvedAt: planRevisions.approvedAt })
      .from(planRevisions).where(and(eq(planRevisions.planId, plan.id), eq(planRevisions.year, year))).orderBy(asc(planRevisions.number)),
    db.select().from(planYearValidations).where(and(eq(planYearValidations.planId, plan.id), eq(planYearValidations.year, year))),
    db.select({ id: planYearSnapshots.id, scoredHash: planYearSnapshots.scoredHash, planHash: planYearSnapshots.planHash, createdAt: planYearSnapshots.createdAt, createdBy: planYearSnapshots.createdBy })
      .from(planYearSnapshots).where(and(eq(planYearSnapshots.planId, plan.id), eq(planYearSnapshots.year, year))),
  ]);
  // Acts, reasons and checklists are given with each request: the listing shows the other blockers.
  const transitions = listTransitions(PLAN_YEAR_MACHINE, state, { allows, facts });
  return ok({
    row, state, label: PLAN_YEAR_STATE_LABELS[state], transitions,
    periods: periodRows.map((period) => ({ period, campaign: campaignRows.find((campaign) => campaign.periodCode === period.code) ?? null })),
    revisions: revisionRows, validation: validation ?? null, snapshot: snapshot ?? null,
  });
}
