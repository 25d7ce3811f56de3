/**
 * Data collection campaigns (rilevazioni), one per monitoring period: created with their dates (the
 * entry deadline 15 days after the period's close unless given), explicit measure → unit assignments,
 * and the transitions open / close / reopen through the pure campaign machine. Opening tells the
 * referenti and dirigenti of the units concerned; closing closes the period's data collection.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import {
  CAMPAIGN_MACHINE, collectionItems, entryDeadlineOf, evaluateTransition, isCampaignState, isValueWorkOpen, isYearLocked,
  type CampaignTransition, type MeasureAssignment,
} from '../../core/cycle/index.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable, Tx } from '../db/database.js';
import { campaignAssignments, campaigns, measures, orgUnits, periods } from '../db/schema.js';
import { findPeriod } from './cycle-period.js';
import { findPlanYear, refusalOf, yearStateOf, type CyclePlan, type RefusalCode } from './cycle-year.js';
import { findRecipients, notify } from './notification.js';
import { fail, ok, type FieldIssue, type Result } from './result.js';
import { loadOwnershipPlan } from './value-entry-scope.js';
import { unitIdsWithAncestors, loadUnitIndex } from './unit-scope.js';
import type { CampaignRow } from './value-entry-slot.js';

export type AssignmentRow = typeof campaignAssignments.$inferSelect;

export async function listCampaigns(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number): Promise<CampaignRow[]> {
  return db.select().from(campaigns).where(and(eq(campaigns.planId, plan.id), eq(campaigns.entityId, plan.entityId), eq(campaigns.year, year)))
    .orderBy(asc(campaigns.opensOn), asc(campaigns.periodCode));
}

export async function findCampaign(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, id: string, lock = false): Promise<Result<CampaignRow, 'not_found'>> {
  const query = db.select().from(campaigns).where(and(eq(campaigns.id, id), eq(campaigns.planId, plan.id), eq(campaigns.entityId, plan.entityId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ? ok(row) : fail('not_found', { detail: `campaign ${id}` });
}

export async function listAssignments(db: Queryable, campaignId: string): Promise<MeasureAssignment[]> {
  return db.select({ measure: campaignAssignments.measureCode, unit: campaignAssignments.unitCode }).from(campaignAssignments)
    .where(eq(campaignAssignments.campaignId, campaignId)).orderBy(asc(campaignAssignments.measureCode), asc(campaignAssignments.unitCode));
}

/** Unknown measure or unit codes in assignments, as field issues. */
async function assignmentIssues(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, assignments: readonly MeasureAssignment[]): Promise<FieldIssue[]> {
  if (assignments.length === 0) return [];
  const [measureRows, unitRows] = await Promise.all([
    db.select({ code: measures.code }).from(measures).where(and(eq(measures.planId, plan.id), inArray(measures.code, assignments.map((a) => a.measure)))),
    db.select({ code: orgUnits.code }).from(orgUnits).where(and(eq(orgUnits.entityId, plan.entityId), inArray(orgUnits.code, assignments.map((a) => a.unit)))),
  ]);
  const knownMeasures = new Set(measureRows.map((row) => row.code));
  const knownUnits = new Set(unitRows.map((row) => row.code));
  return assignments.flatMap((assignment, i): FieldIssue[] => [
    ...(knownMeasures.has(assignment.measure) ? [] : [{ path: `assignments.${i}.measure`, code: 'unknown_measure', messages: { it: `Misura sconosciuta: ${assignment.measure}.`, en: `Unknown measure: ${assignment.measure}.` } }]),
    ...(knownUnits.has(assignment.unit) ? [] : [{ path: `assignments.${i}.unit`, code: 'unknown_unit', messages: { it: `Unità organizzativa sconosciuta: ${assignment.unit}.`, en: `Unknown org unit: ${assignment.unit}.` } }]),
  ]);
}

export interface CampaignDates { opensOn?: string | undefined; closesOn?: string | undefined; entryDeadline?: string | undefined }

export async function createCampaign(
  db: Db, input: { plan: CyclePlan; year: number; periodCode: string; dates: CampaignDates; note?: string | undefined; assignments: MeasureAssignment[]; actor: AuditActor },
): Promise<Result<CampaignRow, 'not_found' | 'year_locked' | 'campaign_exists' | 'campaign_dates_invalid' | 'invalid_references'>> {
  return db.transaction(async (tx) => {
    const yearRow = await findPlanYear(tx, input.plan, input.year, true);
    if (!yearRow) return fail('not_found', { detail: `plan year ${input.year}` });
    const state = yearStateOf(yearRow);
    if (isYearLocked(state) || state === 'closed') return fail('year_locked', { detail: `year ${input.year} is ${state}` });
    const period = await findPeriod(tx, input.plan, input.year, input.periodCode);
    if (!period.ok) return period;
    const entryDeadline = input.dates.entryDeadline ?? entryDeadlineOf(period.value.endDate);
    const opensOn = input.dates.opensOn ?? period.value.endDate;
    const closesOn = input.dates.closesOn ?? entryDeadline;
    if (!(opensOn <= entryDeadline && entryDeadline <= closesOn)) {
      return fail('campaign_dates_invalid', { detail: `opens ${opensOn}, entry deadline ${entryDeadline}, closes ${closesOn}` });
    }
    const issues = await assignmentIssues(tx, input.plan, input.assignments);
    if (issues.length > 0) return fail('invalid_references', { errors: issues });
    const [row] = await tx.insert(campaigns).values({
      entityId: input.plan.entityId, planId: input.plan.id, year: input.year, periodCode: period.value.code,
      opensOn, closesOn, entryDeadline, note: input.note ?? null,
    }).onConflictDoNothing().returning();
    if (!row) return fail('campaign_exists', { detail: `period ${period.value.code}` });
    await insertAssignments(tx, row, input.assignments);
    await appendAudit(tx, { actor: input.actor, entityId: input.plan.entityId, objectType: 'campaign', objectId: row.id, action: 'create', after: { ...row, assignments: input.assignments } });
    return ok(row);
  });
}

async function insertAssignments(tx: Tx, campaign: CampaignRow, assignments: readonly MeasureAssignment[]): Promise<void> {
  if (assignments.length === 0) return;
  await tx.insert(campaignAssignments).values(assignments.map((a) => ({ entityId: campaign.entityId, campaignId: campaign.id, measureCode: a.measure, unitCode: a.unit })))
    .onConflictDoNothing();
}

/** Replaces the explicit assignments of a campaign not yet closed (versioned, audited). */
export async function setAssignments(
  db: Db, input: { plan: CyclePlan; campaignId: string; version: number; assignments: MeasureAssignment[]; actor: AuditActor },
): Promise<Result<CampaignRow, 'not_found' | 'version_conflict' | 'campaign_closed' | 'invalid_references'>> {
  return db.transaction(async (tx) => {
    const found = await findCampaign(tx, input.plan, input.campaignId, true);
    if (!found.ok) return found;
    const before = found.value;
    if (before.version !== input.version) return fail('version_conflict', { current: before });
    if (before.status === 'closed') return fail('campaign_closed');
    const issues = await assignmentIssues(tx, input.plan, input.assignments);
    if (issues.length > 0) return fail('invalid_references', { errors: issues });
    const previous = await listAssignments(tx, before.id);
    await tx.delete(campaignAssignments).where(eq(campaignAssignments.campaignId, before.id));
    await insertAssignments(tx, before, input.assignments);
    const [after] = await tx.update(campaigns).set({ version: before.version + 1, updatedAt: new Date() }).where(eq(campaigns.id, before.id)).returning();
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'campaign', objectId: before.id, action: 'assign',
      before: { version: before.version, assignments: previous }, after: { version: after!.version, assignments: input.assignments },
    });
    return ok(after!);
  });
}

export interface CampaignTransitionInput {
  plan: CyclePlan;
  entityCode: string;
  campaignId: string;
  transition: CampaignTransition;
  version: number;
  reason?: string | undefined;
  allows: (action: Action) => boolean;
  actor: AuditActor;
}

export async function transitionCampaign(db: Db, input: CampaignTransitionInput): Promise<Result<CampaignRow, 'not_found' | 'version_conflict' | RefusalCode>> {
  return db.transaction(async (tx) => {
    const found = await findCampaign(tx, input.plan, input.campaignId, true);
    if (!found.ok) return found;
    const before = found.value;
    const yearRow = await findPlanYear(tx, input.plan, before.year);
    if (!yearRow || !isCampaignState(before.status)) return fail('not_found', { detail: `plan year ${before.year}` });
    const verdict = evaluateTransition(CAMPAIGN_MACHINE, before.status, input.transition, {
      allows: input.allows, facts: { yearOpen: isValueWorkOpen(yearStateOf(yearRow)), reason: input.reason },
    });
    if (!verdict.allowed && verdict.reasons.some((reason) => reason.kind === 'forbidden')) return fail('forbidden');
    if (before.version !== input.version) return fail('version_conflict', { current: before });
    if (!verdict.allowed) return refusalOf(verdict.reasons);
    const [after] = await tx.update(campaigns).set({ status: verdict.to, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(campaigns.id, before.id), eq(campaigns.entityId, input.plan.entityId))).returning();
    await tx.update(periods).set({ status: verdict.to === 'closed' ? 'closed' : 'open' })
      .where(and(eq(periods.planId, input.plan.id), eq(periods.code, before.periodCode)));
    const notified = input.transition === 'close' ? 0 : await notifyCampaignOpened(tx, input, after!);
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'campaign', objectId: before.id, action: input.transition,
      before: { status: before.status, version: before.version }, after: { status: after!.status, version: after!.version, reason: input.reason ?? null, notified },
    });
    return ok(after!);
  });
}

/** Tells the referenti and dirigenti of the units the campaign collects from that it is open. */
async function notifyCampaignOpened(tx: Tx, input: CampaignTransitionInput, campaign: CampaignRow): Promise<number> {
  const period = await findPeriod(tx, input.plan, campaign.year, campaign.periodCode);
  if (!period.ok) return 0;
  const [ownershipPlan, assignments, unitIndex] = await Promise.all([
    loadOwnershipPlan(tx, input.plan), listAssignments(tx, campaign.id), loadUnitIndex(tx as unknown as Db, input.plan.entityId),
  ]);
  const units = [...new Set(collectionItems(ownershipPlan, { year: campaign.year, final: period.value.final }, assignments).flatMap((item) => item.units))];
  const recipients = await findRecipients(tx, { entityId: input.plan.entityId, roles: ['referente', 'dirigente'], unitIds: unitIdsWithAncestors(unitIndex, units) });
  return notify(tx, {
    entityId: input.plan.entityId, kind: 'campaign_opened', subjectType: 'campaign', subjectId: campaign.id,
    title: { it: `Rilevazione aperta: periodo ${campaign.periodCode}`, en: `Data collection open: period ${campaign.periodCode}` },
    body: { it: `Inserire i valori entro il ${campaign.entryDeadline}.`, en: `Enter the values by ${campaign.entryDeadline}.` },
    link: { entityCode: input.entityCode, planCode: input.plan.code, year: campaign.year, period: campaign.periodCode, campaignId: campaign.id },
  }, recipients);
}
