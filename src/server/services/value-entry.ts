/**
 * Data entry and validation of measured values, as commands over the value state machine: enter (or
 * correct) a draft, submit, withdraw, validate, reject (with a reason), reopen a validated value (with
 * a reason). Each command runs in one transaction: the slot is locked, the pure machine decides (role on
 * the measure's units, state, year and campaign), the row changes and exactly one audit entry records
 * the acting user, before and after. Submitting asks the validators; rejecting tells whoever entered it.
 */
import { and, eq } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import { VALUE_MACHINE, evaluateTransition, isStoredValueState, type ValueSlotState, type ValueTransition } from '../../core/cycle/index.js';
import type { IndicatorUnit } from '../../core/plan/plan.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { measureValues, measures } from '../db/schema.js';
import { storedPeriodCode, type PeriodRow } from './cycle-period.js';
import { refusalOf, type CyclePlan, type RefusalCode } from './cycle-year.js';
import { fail, ok, type Result } from './result.js';
import { currentSlotRow, loadSlotContext, loadValueContext, lockSlot, valueFactsOf, type SlotContext, type ValueRow } from './value-entry-slot.js';
import { notifyValueTransition } from './value-entry-notices.js';

/** Whether the caller holds an action on resources of these units (the route builds it from `can`). */
export type UnitAbility = (action: Action, unitIds: readonly string[]) => boolean;

export type ValueFailure = 'not_found' | 'version_conflict' | RefusalCode | 'value_locked' | 'value_submitted' | 'value_type_mismatch';
export type MeasuredValue = number | boolean | string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value fits its measure's unit: yes/no for boolean, an ISO date for date, a finite number otherwise. */
export function valueFitsUnit(unit: IndicatorUnit, value: MeasuredValue): boolean {
  if (unit === 'boolean') return typeof value === 'boolean';
  if (unit === 'date') return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
  return typeof value === 'number' && Number.isFinite(value);
}

/** Refuses by the pure machine's reasons, with the version compared after the role (403 before 409). */
export function decideValueTransition(state: ValueSlotState, transition: ValueTransition, context: SlotContext, input: { can: UnitAbility; reason?: string | undefined }, stale: boolean) {
  const allows = (action: Action) => input.can(action, context.unitIds);
  const verdict = evaluateTransition(VALUE_MACHINE, state, transition, { allows, facts: valueFactsOf(context, allows('campaign.manage'), input.reason) });
  if (verdict.allowed) return stale ? fail('version_conflict') : ok(verdict.to);
  if (verdict.reasons.some((reason) => reason.kind === 'forbidden')) return fail('forbidden');
  if (stale) return fail('version_conflict');
  if (transition === 'enter' && state === 'validated') return fail('value_locked', { detail: 'validated values change only after a reopen' });
  if (transition === 'enter' && state === 'submitted') return fail('value_submitted', { detail: 'withdraw the submission first' });
  return refusalOf(verdict.reasons);
}

export interface EnterValueInput {
  plan: CyclePlan;
  entityCode: string;
  period: PeriodRow;
  measureCode: string;
  value: MeasuredValue;
  note?: string | null | undefined;
  source?: string | null | undefined;
  /** The version of the current value read by the caller (absent when there was none). */
  version?: number | undefined;
  actor: AuditActor;
  can: UnitAbility;
}

export async function enterValue(db: Db, input: EnterValueInput): Promise<Result<ValueRow, ValueFailure>> {
  return db.transaction(async (tx) => {
    const [measure] = await tx.select().from(measures)
      .where(and(eq(measures.planId, input.plan.id), eq(measures.entityId, input.plan.entityId), eq(measures.code, input.measureCode)));
    if (!measure) return fail('not_found', { detail: `measure ${input.measureCode}` });
    const context = await loadSlotContext(tx, input.plan, input.period, measure.code);
    if (!context) return fail('not_found', { detail: `plan year ${input.period.year}` });
    await lockSlot(tx, input.plan, measure.code, input.period.year, storedPeriodCode(input.period));
    const current = await currentSlotRow(tx, input.plan, measure.code, input.period);
    const state: ValueSlotState = current && isStoredValueState(current.state) ? current.state : 'none';
    const decided = decideValueTransition(state, 'enter', context, input, current !== undefined && input.version !== current.version);
    if (!decided.ok) return decided.code === 'version_conflict' ? fail('version_conflict', { current }) : decided;
    const unit = ((measure.data ?? {}) as { unit?: IndicatorUnit }).unit ?? 'number';
    if (!valueFitsUnit(unit, input.value)) return fail('value_type_mismatch', { detail: `unit ${unit}` });
    const fields = { value: input.value, note: input.note ?? null, source: input.source ?? null, state: 'draft', enteredBy: input.actor.username, enteredAt: new Date() };
    const [row] = current
      ? await tx.update(measureValues).set({ ...fields, version: current.version + 1 })
        .where(and(eq(measureValues.id, current.id), eq(measureValues.entityId, input.plan.entityId))).returning()
      : await tx.insert(measureValues).values({
        ...fields, entityId: input.plan.entityId, planId: input.plan.id, measureCode: measure.code, year: input.period.year, periodCode: storedPeriodCode(input.period),
      }).returning();
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'measure_value', objectId: row!.id, action: 'enter', before: current ?? null, after: row,
    });
    return ok(row!);
  });
}

export interface ValueTransitionInput {
  plan: CyclePlan;
  entityCode: string;
  valueId: string;
  transition: Exclude<ValueTransition, 'enter'>;
  version: number;
  reason?: string | undefined;
  actor: AuditActor;
  can: UnitAbility;
}

export async function transitionValue(db: Db, input: ValueTransitionInput): Promise<Result<ValueRow, ValueFailure>> {
  return db.transaction(async (tx) => {
    const loaded = await loadValueContext(tx, input.plan, input.valueId, true);
    if (!loaded.ok) return loaded;
    const { row: before, context } = loaded.value;
    const state = isStoredValueState(before.state) ? before.state : 'none';
    const decided = decideValueTransition(state, input.transition, context, input, before.version !== input.version);
    if (!decided.ok) return decided.code === 'version_conflict' ? fail('version_conflict', { current: before }) : decided;
    const reviewed = input.transition === 'validate' || input.transition === 'reject' || input.transition === 'reopen';
    const changes: Partial<ValueRow> = { state: decided.value, version: before.version + 1 };
    if (reviewed) Object.assign(changes, { reviewedBy: input.actor.username, reviewedAt: new Date(), reviewNote: input.reason ?? null });
    const [after] = await tx.update(measureValues).set(changes)
      .where(and(eq(measureValues.id, before.id), eq(measureValues.entityId, input.plan.entityId))).returning();
    await appendAudit(tx, {
      actor: input.actor, entityId: input.plan.entityId, objectType: 'measure_value', objectId: before.id, action: input.transition,
      before, after: { ...after, ...(input.reason ? { reason: input.reason } : {}) },
    });
    await notifyValueTransition(tx, { plan: input.plan, entityCode: input.entityCode, transition: input.transition, row: after!, context, actor: input.actor });
    return ok(after!);
  });
}
