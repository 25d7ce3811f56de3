/**
 * The write of an import: one transaction that creates the entity if asked, removes the plan of the
 * same code (its content is kept in the audit log, so nothing is lost), and saves the imported plan.
 * Any failure — a plan the repository refuses, a constraint of the database — rolls everything back
 * and comes back as located, bilingual report errors.
 */
import { and, eq } from 'drizzle-orm';
import type { Plan } from '../../core/plan/plan.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Tx } from '../db/database.js';
import { entities, planYears, plans } from '../db/schema.js';
import { savePlan, type SavePlanResult } from '../repositories/plan-repository.js';
import { reportIssue, type ReportIssue } from './import-read.js';

export interface ExistingPlan { id: string; before: Plan }

export interface WriteInput {
  /** The entity when it exists; otherwise `owner` is created. */
  entity: { id: string } | undefined;
  owner: { code: string; name: string };
  plan: Plan;
  actor: AuditActor;
  existing?: ExistingPlan;
  fileName: string;
}

export type WriteOutcome = { ok: true; planId: string } | { ok: false; errors: ReportIssue[] };

/** Thrown inside the transaction to roll it back with errors to report. */
class WriteRefused extends Error {
  constructor(readonly errors: ReportIssue[]) {
    super('import refused');
  }
}

async function createEntity(tx: Tx, owner: { code: string; name: string }, actor: AuditActor): Promise<string> {
  const [row] = await tx.insert(entities).values({ code: owner.code, name: owner.name }).returning({ id: entities.id });
  await appendAudit(tx, { actor, entityId: row!.id, objectType: 'entity', objectId: row!.id, action: 'create', after: owner });
  return row!.id;
}

/** Removes the plan being replaced, after checking under a row lock that it is still only being planned. */
async function removeReplaced(tx: Tx, entityId: string, existing: ExistingPlan, input: WriteInput): Promise<void> {
  const [locked] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.id, existing.id), eq(plans.entityId, entityId))).for('update');
  if (!locked) return;
  const years = await tx.select({ status: planYears.status }).from(planYears).where(eq(planYears.planId, existing.id));
  if (years.some((year) => year.status !== 'planning')) {
    throw new WriteRefused([reportIssue('plan_not_replaceable', 'error', { file: input.fileName, path: 'plan.code' }, {
      it: 'Nel frattempo il piano è passato al monitoraggio: non può più essere sostituito da un’importazione.',
      en: 'Meanwhile the plan moved on to monitoring: an import can no longer replace it.',
    })]);
  }
  await tx.delete(plans).where(and(eq(plans.id, existing.id), eq(plans.entityId, entityId)));
  await appendAudit(tx, {
    actor: input.actor, entityId, objectType: 'plan', objectId: existing.id, action: 'replace',
    before: { code: existing.before.plan.code ?? null, plan: existing.before }, after: { replacedBy: 'import', file: input.fileName },
  });
}

function refusalErrors(result: Exclude<SavePlanResult, { ok: true }>, fileName: string): ReportIssue[] {
  if (result.code === 'invalid_plan') {
    return result.issues.map((issue) => reportIssue(issue.code, 'error', { file: fileName, path: issue.location.path }, issue.message));
  }
  const messages = {
    entity_not_found: { it: 'L’ente non esiste più.', en: 'The entity no longer exists.' },
    plan_exists: { it: 'Un piano con lo stesso codice è stato creato nel frattempo: riprova.', en: 'A plan with the same code was created meanwhile: try again.' },
  };
  return [reportIssue(result.code, 'error', { file: fileName }, messages[result.code])];
}

export async function writeImportedPlan(db: Db, input: WriteInput): Promise<WriteOutcome> {
  try {
    const planId = await db.transaction(async (tx) => {
      const entityId = input.entity?.id ?? await createEntity(tx, input.owner, input.actor);
      if (input.existing) await removeReplaced(tx, entityId, input.existing, input);
      const saved = await savePlan(tx, entityId, input.plan, input.actor, { action: 'import' });
      if (!saved.ok) throw new WriteRefused(refusalErrors(saved, input.fileName));
      return saved.value.planId;
    });
    return { ok: true, planId };
  } catch (error) {
    if (error instanceof WriteRefused) return { ok: false, errors: error.errors };
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      errors: [reportIssue('write_failed', 'error', { file: input.fileName }, {
        it: `Il salvataggio non è riuscito e nulla è stato scritto (errore del database: ${reason}).`,
        en: `Saving failed and nothing was written (database error: ${reason}).`,
      })],
    };
  }
}
