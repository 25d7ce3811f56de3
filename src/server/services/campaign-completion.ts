/**
 * Where a campaign stands: for every org unit the measures it has to provide at the period, the state
 * of each (missing, draft, submitted, validated, rejected), and who its referenti are — who has not
 * entered what. Reminders ("deadline near") go to the referenti of the units with work left.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { collectionItems, daysBetween } from '../../core/cycle/index.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { measureValues, measures, orgUnits, roleAssignments, users } from '../db/schema.js';
import { listAssignments } from './campaign.js';
import { findPeriod, slotPeriodCodes } from './cycle-period.js';
import type { CyclePlan } from './cycle-year.js';
import { notify } from './notification.js';
import { fail, ok, type Result } from './result.js';
import { loadUnitIndex, unitIdsWithAncestors } from './unit-scope.js';
import { loadOwnershipPlan } from './value-entry-scope.js';
import type { CampaignRow } from './value-entry-slot.js';

export type ItemState = 'missing' | 'draft' | 'submitted' | 'validated' | 'rejected';
const ITEM_STATES: ItemState[] = ['missing', 'draft', 'submitted', 'validated', 'rejected'];

export interface UnitCompletion {
  unit: { code: string; name: string };
  referents: { userId: string; username: string; displayName: string }[];
  items: { measure: string; name: string; state: ItemState; valueId: string | null }[];
  /** Measures not yet submitted (missing, draft or rejected). */
  pending: number;
}

export interface CampaignCompletion {
  units: UnitCompletion[];
  /** Measures nobody is responsible for (no unit): the STP should assign them. */
  unassigned: { measure: string; name: string; state: ItemState }[];
  totals: Record<ItemState, number> & { measures: number };
}

/** The current state of each measure's slot at the period (the latest entered value). */
async function slotStates(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number, codes: string[], measureCodes: string[]) {
  if (measureCodes.length === 0) return new Map<string, { state: ItemState; id: string }>();
  const rows = await db.select({ id: measureValues.id, measure: measureValues.measureCode, state: measureValues.state, enteredAt: measureValues.enteredAt })
    .from(measureValues).where(and(eq(measureValues.planId, plan.id), eq(measureValues.entityId, plan.entityId), eq(measureValues.year, year),
      inArray(measureValues.periodCode, codes), inArray(measureValues.measureCode, measureCodes)));
  const latest = new Map<string, { state: ItemState; id: string; at: number }>();
  for (const row of rows) {
    const at = row.enteredAt.getTime();
    const held = latest.get(row.measure);
    if (!held || at > held.at || (at === held.at && row.id > held.id)) latest.set(row.measure, { state: row.state as ItemState, id: row.id, at });
  }
  return latest;
}

async function referentsByUnit(db: Queryable, plan: Pick<CyclePlan, 'entityId'>, unitCodes: string[]) {
  const index = await loadUnitIndex(db as Db, plan.entityId);
  const holders = await db.select({ userId: users.id, username: users.username, displayName: users.displayName, scope: roleAssignments.scopeUnitIds })
    .from(roleAssignments).innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.entityId, plan.entityId), eq(roleAssignments.role, 'referente'), eq(users.disabled, false)));
  return new Map(unitCodes.map((code) => {
    const ids = unitIdsWithAncestors(index, [code]);
    return [code, holders.filter((holder) => holder.scope.some((id) => ids.includes(id))).map(({ scope: _scope, ...user }) => user)];
  }));
}

export async function computeCompletion(db: Queryable, plan: CyclePlan, campaign: CampaignRow): Promise<Result<CampaignCompletion, 'not_found'>> {
  const period = await findPeriod(db, plan, campaign.year, campaign.periodCode);
  if (!period.ok) return period;
  const [ownershipPlan, assignments] = await Promise.all([loadOwnershipPlan(db, plan), listAssignments(db, campaign.id)]);
  const items = collectionItems(ownershipPlan, { year: campaign.year, final: period.value.final }, assignments);
  const measureCodes = items.map((item) => item.measure);
  const unitCodes = [...new Set(items.flatMap((item) => item.units))].sort();
  const [states, names, unitRows, referents] = await Promise.all([
    slotStates(db, plan, campaign.year, slotPeriodCodes(period.value), measureCodes),
    measureCodes.length ? db.select({ code: measures.code, name: measures.name }).from(measures).where(and(eq(measures.planId, plan.id), inArray(measures.code, measureCodes))) : [],
    unitCodes.length ? db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.entityId, plan.entityId), inArray(orgUnits.code, unitCodes))) : [],
    referentsByUnit(db, plan, unitCodes),
  ]);
  const nameOf = new Map(names.map((row) => [row.code, row.name]));
  const unitName = new Map(unitRows.map((row) => [row.code, row.name]));
  const itemOf = (measure: string) => ({ measure, name: nameOf.get(measure) ?? measure, state: states.get(measure)?.state ?? 'missing', valueId: states.get(measure)?.id ?? null });
  const units = unitCodes.map((code): UnitCompletion => {
    const unitItems = items.filter((item) => item.units.includes(code)).map((item) => itemOf(item.measure));
    return {
      unit: { code, name: unitName.get(code) ?? code }, referents: referents.get(code) ?? [], items: unitItems,
      pending: unitItems.filter((item) => item.state === 'missing' || item.state === 'draft' || item.state === 'rejected').length,
    };
  });
  const unassigned = items.filter((item) => item.units.length === 0).map((item) => {
    const { valueId: _valueId, ...rest } = itemOf(item.measure);
    return rest;
  });
  const totals = Object.fromEntries(ITEM_STATES.map((state) => [state, 0])) as Record<ItemState, number>;
  for (const measure of measureCodes) totals[states.get(measure)?.state ?? 'missing'] += 1;
  return ok({ units, unassigned, totals: { ...totals, measures: measureCodes.length } });
}

/** Notifies the referenti of every unit with pending measures that the deadline is near; audited. */
export async function sendReminders(
  db: Db, input: { plan: CyclePlan; entityCode: string; campaign: CampaignRow; today: string; actor: AuditActor },
): Promise<Result<{ notified: number; units: string[] }, 'not_found' | 'campaign_not_open'>> {
  if (input.campaign.status !== 'open') return fail('campaign_not_open');
  return db.transaction(async (tx) => {
    const completion = await computeCompletion(tx, input.plan, input.campaign);
    if (!completion.ok) return completion;
    const days = daysBetween(input.today, input.campaign.entryDeadline);
    let notified = 0;
    const units: string[] = [];
    for (const unit of completion.value.units.filter((u) => u.pending > 0 && u.referents.length > 0)) {
      units.push(unit.unit.code);
      const missing = unit.items.filter((item) => item.state === 'missing' || item.state === 'draft' || item.state === 'rejected').map((item) => item.measure).join(', ');
      notified += await notify(tx, {
        entityId: input.plan.entityId, kind: 'deadline_near', subjectType: 'campaign', subjectId: input.campaign.id,
        title: { it: `Scadenza vicina (${input.campaign.entryDeadline}): ${unit.unit.name}`, en: `Deadline near (${input.campaign.entryDeadline}): ${unit.unit.name}` },
        body: { it: `Giorni rimasti: ${days}. Da inviare: ${missing}.`, en: `Days left: ${days}. Still to submit: ${missing}.` },
        link: { entityCode: input.entityCode, planCode: input.plan.code, year: input.campaign.year, period: input.campaign.periodCode, campaignId: input.campaign.id, unit: unit.unit.code },
      }, unit.referents.map((referent) => referent.userId));
    }
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'campaign', objectId: input.campaign.id, action: 'remind', after: { notified, units, daysLeft: days },
    });
    return ok({ notified, units });
  });
}
