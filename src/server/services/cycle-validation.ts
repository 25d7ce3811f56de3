/**
 * The OIV's validation of a closed year: notes, the data-reliability checklist (every item answered,
 * negative answers explained) and, optionally, the sample of values it checked; stored with the
 * transition to `validated` in one transaction and one audit entry. The sample is drawn reproducibly
 * (seeded) from the year's submitted and validated values, each with its evidence list, so the OIV can
 * download what it checks.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import { checklistProblems, drawSample, type ChecklistEntry } from '../../core/cycle/index.js';
import type { AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { measureValues, planYearValidations } from '../db/schema.js';
import { listAttachments, type AttachmentMeta } from './attachment.js';
import { applyYearTransition, type CyclePlan } from './cycle-year.js';
import { fail, ok, type FieldIssue, type Result } from './result.js';
import type { ValueRow } from './value-entry-slot.js';

export type ValidationRow = typeof planYearValidations.$inferSelect;

export interface ValidationInput {
  plan: CyclePlan;
  year: number;
  version: number;
  notes: string;
  checklist: ChecklistEntry[];
  sample?: { seed: number; valueIds: string[] } | undefined;
  allows: (action: Action) => boolean;
  actor: AuditActor;
}

export async function validateYear(db: Db, input: ValidationInput) {
  if (!input.allows('plan_year.validate')) return fail('forbidden');
  const problems = checklistProblems(input.checklist);
  if (problems.length > 0) {
    return fail('checklist_invalid', {
      errors: problems.map((problem): FieldIssue => ({ path: `checklist.${problem.item}`, code: problem.code, messages: problem.messages })),
    });
  }
  return db.transaction(async (tx) => {
    const result = await applyYearTransition(tx, {
      plan: input.plan, year: input.year, transition: 'validate', version: input.version, allows: input.allows, actor: input.actor,
      facts: { checklistComplete: true },
      work: async (inner) => {
        const [row] = await inner.insert(planYearValidations).values({
          entityId: input.plan.entityId, planId: input.plan.id, year: input.year, notes: input.notes, checklist: input.checklist,
          sample: input.sample ?? null, validatedBy: input.actor.username,
        }).returning();
        return ok({ validation: row! });
      },
    });
    return result.ok ? ok(result.value.row) : result;
  });
}

export async function findValidation(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number): Promise<ValidationRow | null> {
  const [row] = await db.select().from(planYearValidations)
    .where(and(eq(planYearValidations.planId, plan.id), eq(planYearValidations.entityId, plan.entityId), eq(planYearValidations.year, year)));
  return row ?? null;
}

export interface ValueSample {
  seed: number;
  population: number;
  items: { value: ValueRow; attachments: AttachmentMeta[] }[];
}

/** A reproducible sample of the year's submitted and validated values, with their evidence. */
export async function sampleValues(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number, size: number, seed: number): Promise<Result<ValueSample, never>> {
  const population = await db.select().from(measureValues)
    .where(and(eq(measureValues.planId, plan.id), eq(measureValues.entityId, plan.entityId), eq(measureValues.year, year), inArray(measureValues.state, ['submitted', 'validated'])))
    .orderBy(asc(measureValues.measureCode), asc(measureValues.periodCode), asc(measureValues.id));
  const drawn = drawSample(population, size, seed);
  const items = await Promise.all(drawn.map(async (value) => ({ value, attachments: await listAttachments(db, plan, value.id) })));
  return ok({ seed, population: population.length, items });
}
