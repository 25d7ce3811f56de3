/**
 * Importing a plan file into an entity (the use case behind `traguardo import` and the import page):
 * read the file with its reader, check and lint the plan, compare it with the plan of the same code
 * already there, and — unless it is a dry run or something blocks it — replace or create that plan in
 * one transaction: all of it is written, or nothing. The report says what was read (counts), what is
 * wrong or doubtful (located warnings and errors), and what would change (diff).
 */
import { and, eq } from 'drizzle-orm';
import type { Plan } from '../../core/plan/plan.schema.js';
import type { ImportFormat, ImportFormatChoice } from '../../formats/import-format.js';
import type { AuditActor } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { entities, orgUnits, planYears, plans } from '../db/schema.js';
import { loadPlan, planCodeOf } from '../repositories/plan-repository.js';
import { readImportFile, reportIssue, type ImportFile, type ReportIssue } from './import-read.js';
import {
  countPlan, diffPlans, lintIssues, nulCharacterIssues, yearIssue, type ImportCounts, type PlanDiff,
} from './import-report.js';
import { writeImportedPlan, type ExistingPlan } from './import-write.js';
import { fail, ok, type Result } from './result.js';

export interface ImportRequest {
  entityCode: string;
  file: ImportFile;
  format: ImportFormatChoice;
  dryRun: boolean;
  actor: AuditActor;
  /** When given, the plan must cover this year. */
  year?: number;
  /** Creates the entity when it does not exist (the CLI's --entity-name); otherwise a missing entity fails. */
  createEntityName?: string;
  onProgress?: (fraction: number, message: string) => Promise<void> | void;
}

export interface ImportReport {
  fileName: string;
  format: ImportFormat | null;
  entityCode: string;
  planCode: string | null;
  dryRun: boolean;
  /** True when the plan was written. */
  imported: boolean;
  /** True when a plan with the same code existed (and, if imported, was replaced). */
  replaces: boolean;
  counts: ImportCounts | null;
  /** Reader warnings and lint findings (lint keeps its severity; they do not block the import). */
  warnings: ReportIssue[];
  /** What blocks the import. */
  errors: ReportIssue[];
  diff?: PlanDiff;
}

type EntityRow = typeof entities.$inferSelect;

const STEPS = {
  reading: { it: 'Lettura del file', en: 'Reading the file' },
  checking: { it: 'Controllo del piano', en: 'Checking the plan' },
  comparing: { it: 'Confronto con il piano esistente', en: 'Comparing with the existing plan' },
  writing: { it: 'Scrittura nel database', en: 'Writing to the database' },
  done: { it: 'Fatto', en: 'Done' },
};

async function progress(request: ImportRequest, fraction: number, step: keyof typeof STEPS): Promise<void> {
  await request.onProgress?.(fraction, `${STEPS[step].it} / ${STEPS[step].en}`);
}

/** The plan as it will belong to the entity: the entity's code and name, whatever the file said. */
function ownedBy(plan: Plan, entity: { code: string; name: string; kind?: string | null }, fileName: string): { plan: Plan; issues: ReportIssue[] } {
  const owned: Plan = { ...plan, entity: { code: entity.code, name: entity.name, ...(entity.kind ? { kind: entity.kind } : {}) } };
  if (plan.entity.code === entity.code) return { plan: owned, issues: [] };
  return {
    plan: owned,
    issues: [reportIssue('entity_replaced', 'warning', { file: fileName, path: 'entity.code' }, {
      it: `Il file è dell’ente "${plan.entity.code}": il piano è importato nell’ente "${entity.code}".`,
      en: `The file belongs to entity "${plan.entity.code}": the plan is imported into entity "${entity.code}".`,
    })],
  };
}

/** Org units of the file that differ from the entity's: the entity's are kept. */
async function unitIssues(db: Db, entity: EntityRow | undefined, plan: Plan, fileName: string): Promise<ReportIssue[]> {
  if (!entity) return [];
  const rows = await db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.entityId, entity.id));
  const names = new Map(rows.map((row) => [row.code, row.name]));
  return plan.orgUnits.flatMap((unit, i) => {
    const existing = names.get(unit.code);
    if (existing === undefined || existing === unit.name) return [];
    return [reportIssue('org_unit_kept', 'warning', { file: fileName, path: `orgUnits[${i}].name` }, {
      it: `L’unità "${unit.code}" esiste già come "${existing}": resta così (il file dice "${unit.name}").`,
      en: `Unit "${unit.code}" already exists as "${existing}": it stays so (the file says "${unit.name}").`,
    })];
  });
}

async function findExisting(db: Db, entity: EntityRow | undefined, code: string, fileName: string): Promise<{ existing?: ExistingPlan; issues: ReportIssue[] }> {
  if (!entity) return { issues: [] };
  const [row] = await db.select({ id: plans.id }).from(plans).where(and(eq(plans.entityId, entity.id), eq(plans.code, code)));
  if (!row) return { issues: [] };
  const before = await loadPlan(db, entity.id, code);
  const years = await db.select({ year: planYears.year, status: planYears.status }).from(planYears).where(eq(planYears.planId, row.id));
  const busy = years.filter((year) => year.status !== 'planning').map((year) => year.year);
  const issues = busy.length === 0 ? [] : [reportIssue('plan_not_replaceable', 'error', { file: fileName, path: 'plan.code' }, {
    it: `Il piano ${code} è già in monitoraggio o chiuso (anni ${busy.join(', ')}): non può essere sostituito da un’importazione; usa una revisione del piano.`,
    en: `Plan ${code} is already in monitoring or closed (years ${busy.join(', ')}): an import cannot replace it; use a plan revision.`,
  })];
  return { existing: before ? { id: row.id, before } : undefined, issues };
}

function emptyReport(request: ImportRequest): ImportReport {
  return {
    fileName: request.file.name, format: null, entityCode: request.entityCode, planCode: null, dryRun: request.dryRun,
    imported: false, replaces: false, counts: null, warnings: [], errors: [],
  };
}

export async function importPlan(db: Db, request: ImportRequest): Promise<Result<ImportReport, 'entity_not_found'>> {
  const [entity] = await db.select().from(entities).where(eq(entities.code, request.entityCode));
  if (!entity && request.createEntityName === undefined) return fail('entity_not_found', { detail: `entity ${request.entityCode}` });
  const owner = entity ?? { code: request.entityCode, name: request.createEntityName as string, kind: null };
  const report = emptyReport(request);
  await progress(request, 0.05, 'reading');
  const read = await readImportFile(request.file, { format: request.format, entityCode: owner.code, entityName: owner.name });
  report.format = read.format;
  report.warnings.push(...read.warnings);
  report.errors.push(...read.errors);
  if (!read.plan) return ok(report);

  await progress(request, 0.3, 'checking');
  const { plan, issues } = ownedBy(read.plan, owner, request.file.name);
  report.planCode = planCodeOf(plan);
  report.counts = countPlan(plan);
  report.warnings.push(...issues, ...await unitIssues(db, entity, plan, request.file.name), ...lintIssues(plan, read.locate, request.file.name));
  report.errors.push(...yearIssue(plan, request.year, request.file.name), ...nulCharacterIssues(plan, read.locate, request.file.name));

  await progress(request, 0.5, 'comparing');
  const found = await findExisting(db, entity, report.planCode, request.file.name);
  report.errors.push(...found.issues);
  if (found.existing) {
    report.replaces = true;
    report.diff = diffPlans(found.existing.before, plan);
  }
  if (report.errors.length > 0 || request.dryRun) return ok(report);

  await progress(request, 0.6, 'writing');
  const written = await writeImportedPlan(db, { entity, owner, plan, actor: request.actor, existing: found.existing, fileName: request.file.name });
  if (!written.ok) report.errors.push(...written.errors);
  report.imported = written.ok;
  await progress(request, 1, 'done');
  return ok(report);
}
