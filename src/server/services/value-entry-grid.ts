/**
 * The data entry grid of a period: one row per measure the period collects, with the current value
 * (state, provenance, evidence count, version), the values of the earlier periods and of the previous
 * year, the indicators using the measure with their target and interim achievement and status (a
 * provisional score that counts drafts too), and what the caller may do with the row. Referenti see
 * the rows of their units (`mine`).
 */
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import {
  VALUE_MACHINE, collectionItems, interimStatusOf, interimThresholdsOf, isAssessable, isStoredValueState, listTransitions,
  type InterimStatus, type ValueSlotState, type ValueTransition,
} from '../../core/cycle/index.js';
import type { Plan } from '../../core/plan/plan.schema.js';
import type { ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import type { ScoredIndicator } from '../../core/scoring/scored-plan.js';
import type { Db } from '../db/database.js';
import { measureValues, valueAttachments } from '../db/schema.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { listPeriods, slotPeriodCodes, type PeriodRow } from './cycle-period.js';
import type { CyclePlan, CycleEntity } from './cycle-year.js';
import { findScoringPolicy } from './plan-scoring-policy.js';
import { fail, ok, type Result } from './result.js';
import { loadAssignments } from './value-entry-scope.js';
import { loadSlotContext, valueFactsOf, type CampaignRow, type SlotContext, type ValueRow } from './value-entry-slot.js';
import type { UnitAbility } from './value-entry.js';
import { loadUnitIndex, unitIdsWithAncestors } from './unit-scope.js';

export interface GridIndicator {
  code: string; name: string; node: string; target: string | null;
  state: ScoredIndicator['state']; value: ScoredIndicator['value']; achievement: number | null; status: InterimStatus | null;
}

export interface GridRow {
  measure: { code: string; name: string; unit: string; source: string | null };
  units: string[];
  current: (ValueRow & { attachments: number }) | null;
  previous: { year: number; period: string | null; value: unknown; state: string }[];
  indicators: GridIndicator[];
  /** Transitions the caller may apply now (`enter` included). */
  can: ValueTransition[];
}

export interface Grid { period: PeriodRow; campaign: CampaignRow | null; provisional: true; rows: GridRow[] }

/** The latest entered row per (measure, year, period code). */
function latestRows(rows: readonly ValueRow[]): Map<string, ValueRow> {
  const out = new Map<string, ValueRow>();
  for (const row of rows) {
    const key = `${row.measureCode}|${row.year}|${row.periodCode}`;
    const held = out.get(key);
    if (!held || row.enteredAt > held.enteredAt || (row.enteredAt.getTime() === held.enteredAt.getTime() && row.id > held.id)) out.set(key, row);
  }
  return out;
}

function scoreIndicators(plan: Plan, policy: ScoringPolicy, period: PeriodRow): Map<string, GridIndicator> {
  const provisional: ScoringPolicy = { ...policy, acceptedValueStates: ['draft', 'submitted', 'validated'] };
  const scored = scorePlan(plan, provisional, { year: period.year, period: period.code });
  const thresholds = interimThresholdsOf(policy);
  return new Map(scored.indicators.map((item) => [item.code, {
    code: item.code, name: item.name, node: item.node, target: item.target?.text ?? null, state: item.state, value: item.value,
    achievement: item.rounded, status: isAssessable(item.state) ? interimStatusOf(item.score, thresholds) : null,
  }]));
}

async function loadRows(db: Db, plan: CyclePlan, year: number, measureCodes: string[]): Promise<ValueRow[]> {
  if (measureCodes.length === 0) return [];
  return db.select().from(measureValues).where(and(eq(measureValues.planId, plan.id), eq(measureValues.entityId, plan.entityId),
    inArray(measureValues.year, [year - 1, year]), inArray(measureValues.measureCode, measureCodes)));
}

async function attachmentCounts(db: Db, valueIds: string[]): Promise<Map<string, number>> {
  if (valueIds.length === 0) return new Map();
  const rows = await db.select({ valueId: valueAttachments.valueId, n: count() }).from(valueAttachments)
    .where(and(inArray(valueAttachments.valueId, valueIds), isNull(valueAttachments.deletedAt))).groupBy(valueAttachments.valueId);
  return new Map(rows.map((row) => [row.valueId, row.n]));
}

function currentOf(latest: Map<string, ValueRow>, measure: string, period: PeriodRow): ValueRow | undefined {
  const candidates = slotPeriodCodes(period).map((code) => latest.get(`${measure}|${period.year}|${code}`)).filter((row): row is ValueRow => row !== undefined);
  return candidates.sort((a, b) => b.enteredAt.getTime() - a.enteredAt.getTime())[0];
}

function previousOf(latest: Map<string, ValueRow>, measure: string, period: PeriodRow, earlier: PeriodRow[]): GridRow['previous'] {
  const out: GridRow['previous'] = [];
  const lastYear = latest.get(`${measure}|${period.year - 1}|`);
  if (lastYear) out.push({ year: lastYear.year, period: null, value: lastYear.value, state: lastYear.state });
  for (const before of earlier) {
    const row = latest.get(`${measure}|${before.year}|${before.code}`);
    if (row) out.push({ year: row.year, period: before.code, value: row.value, state: row.state });
  }
  return out;
}

export interface GridInput { entity: CycleEntity; plan: CyclePlan; period: PeriodRow; can: UnitAbility; mine: boolean }

export async function buildGrid(db: Db, input: GridInput): Promise<Result<Grid, 'not_found' | 'policy_invalid'>> {
  const { plan, period } = input;
  const [model, policy, context, assignments, periodRows, unitIndex] = await Promise.all([
    loadPlan(db, plan.entityId, plan.code), findScoringPolicy(db, input.entity, period.year), loadSlotContext(db, plan, period, ''),
    loadAssignments(db, plan, period.code), listPeriods(db, plan, period.year), loadUnitIndex(db, plan.entityId),
  ]);
  if (!model || !context) return fail('not_found', { detail: `plan ${plan.code} year ${period.year}` });
  if (!policy.ok) return policy;
  const items = collectionItems(model, period, assignments);
  const indicators = scoreIndicators(model, policy.value, period);
  const latest = latestRows(await loadRows(db, plan, period.year, items.map((item) => item.measure)));
  const earlier = periodRows.filter((row) => !row.final && row.endDate < period.endDate);
  const currents = new Map(items.map((item) => [item.measure, currentOf(latest, item.measure, period)]));
  const counts = await attachmentCounts(db, [...currents.values()].filter((row): row is ValueRow => row !== undefined).map((row) => row.id));
  const measureOf = new Map(model.measures.map((measure) => [measure.code, measure]));
  const rows: GridRow[] = [];
  for (const item of items) {
    const unitIds = unitIdsWithAncestors(unitIndex, item.units);
    const allows = (action: Action) => input.can(action, unitIds);
    if (input.mine && !allows('value.enter') && !allows('value.validate')) continue;
    const current = currents.get(item.measure);
    const measure = measureOf.get(item.measure)!;
    rows.push({
      measure: { code: measure.code, name: measure.name, unit: measure.unit, source: measure.source ?? null },
      units: item.units,
      current: current ? { ...current, attachments: counts.get(current.id) ?? 0 } : null,
      previous: previousOf(latest, item.measure, period, earlier),
      indicators: item.indicators.map((code) => indicators.get(code)).filter((entry): entry is GridIndicator => entry !== undefined),
      can: allowedTransitions(current, { ...context, unitIds }, allows),
    });
  }
  return ok({ period, campaign: context.campaign, provisional: true, rows });
}

export function allowedTransitions(current: ValueRow | undefined, context: SlotContext, allows: (action: Action) => boolean): ValueTransition[] {
  const state: ValueSlotState = current && isStoredValueState(current.state) ? current.state : 'none';
  const facts = valueFactsOf(context, allows('campaign.manage'), 'reason given with the request');
  return listTransitions(VALUE_MACHINE, state, { allows, facts }).filter((option) => option.allowed).map((option) => option.transition);
}
