/**
 * Reads a plan workbook (docs/formats/xlsx.md) safely: the zip archive is checked before the
 * spreadsheet library opens it (size, entries, declared and real uncompressed sizes, rows, cells,
 * ranges that would expand), formulas are read as their saved results and never evaluated, external
 * links and macros are ignored. Every problem is located by sheet, row and column; the plan is null
 * when there is any error (imports are all-or-nothing).
 */
import ExcelJS from 'exceljs';
import { validatePlan } from '../../core/plan/plan-validation.js';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { describeSchemaIssues } from '../plan-file-issues.js';
import { assemblePlan } from './xlsx-assembly.js';
import type { SheetInput } from './xlsx-assembly-support.js';
import { CellMap, XlsxIssues, type SheetLocation, type XlsxIssue } from './xlsx-issues.js';
import { DATA_SHEETS, INSTRUCTIONS_SHEET_NAME, type SheetSpec } from './xlsx-layout.js';
import { normaliseHeader, readFieldSheet, readTableSheet } from './xlsx-sheet-reader.js';
import { checkZipArchive, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.js';

export interface XlsxReadOptions {
  fileName?: string;
  limits?: ZipLimits;
}

export interface XlsxReadResult {
  plan: Plan | null;
  warnings: XlsxIssue[];
  errors: XlsxIssue[];
  /** The cell a plan field path came from (for lint findings on the imported plan). */
  locate(path: string): SheetLocation | undefined;
}

const IGNORED_SHEETS = new Set([normaliseHeader(INSTRUCTIONS_SHEET_NAME), 'instructions']);

function specByName(): Map<string, SheetSpec> {
  const byName = new Map<string, SheetSpec>();
  for (const spec of DATA_SHEETS) {
    byName.set(normaliseHeader(spec.name), spec);
    byName.set(normaliseHeader(spec.nameEn), spec);
  }
  return byName;
}

async function loadWorkbook(bytes: Buffer, issues: XlsxIssues): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    issues.error('xlsx_unreadable', {}, {
      it: `il file non è una cartella di lavoro Excel leggibile (${reason}).`,
      en: `the file is not a readable Excel workbook (${reason}).`,
    });
    return undefined;
  }
}

function readSheets(workbook: ExcelJS.Workbook, issues: XlsxIssues): SheetInput {
  const byName = specByName();
  const sheets: SheetInput = new Map();
  for (const sheet of workbook.worksheets) {
    const name = normaliseHeader(sheet.name);
    if (IGNORED_SHEETS.has(name)) continue;
    const spec = byName.get(name);
    if (!spec) {
      issues.warn('xlsx_unknown_sheet', { sheet: sheet.name }, { it: 'foglio sconosciuto: ignorato.', en: 'unknown sheet: ignored.' });
      continue;
    }
    if (sheets.has(spec.name)) {
      issues.error('xlsx_duplicate_sheet', { sheet: sheet.name }, { it: `il foglio ${spec.name} compare due volte.`, en: `the ${spec.name} sheet appears twice.` });
      continue;
    }
    sheets.set(spec.name, spec.fields ? [readFieldSheet(sheet, spec, issues)] : readTableSheet(sheet, spec, issues));
  }
  if (!sheets.has('Piano')) {
    issues.error('xlsx_missing_plan_sheet', {}, {
      it: 'manca il foglio "Piano": il file non è un modello di piano di Traguardo (scaricalo con Esporta → XLSX).',
      en: 'the "Piano" (Plan) sheet is missing: the file is not a Traguardo plan workbook (download one with Export → XLSX).',
    });
  }
  return sheets;
}

function checkAssembled(data: unknown, cells: CellMap, issues: XlsxIssues): Plan | null {
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) {
    for (const problem of describeSchemaIssues(parsed.error.issues, data)) {
      const path = problem.path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, '');
      issues.error('schema', cells.locate(path) ?? { path }, problem.message);
    }
    return null;
  }
  for (const issue of validatePlan(parsed.data)) {
    if (issue.severity === 'error') issues.error(issue.code, cells.locate(issue.location.path) ?? { path: issue.location.path }, issue.message);
  }
  return issues.errors.length > 0 ? null : parsed.data;
}

export async function readPlanWorkbook(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<XlsxReadResult> {
  const issues = new XlsxIssues(options.fileName);
  const cells = new CellMap();
  const result = (plan: Plan | null): XlsxReadResult => ({
    plan: issues.errors.length > 0 ? null : plan, warnings: issues.warnings, errors: issues.errors, locate: (path) => cells.locate(path),
  });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const archive = checkZipArchive(buffer, options.limits ?? DEFAULT_ZIP_LIMITS);
  if (!archive.ok) {
    issues.error(archive.code, {}, archive.message);
    return result(null);
  }
  if (archive.entries.some((entry) => /vbaProject\.bin$/i.test(entry.name))) {
    issues.warn('xlsx_macros_ignored', {}, { it: 'il file contiene macro: sono ignorate e mai eseguite.', en: 'the file contains macros: they are ignored and never run.' });
  }
  if (archive.entries.some((entry) => /externalLinks\//i.test(entry.name))) {
    issues.warn('xlsx_external_links_ignored', {}, { it: 'il file contiene collegamenti ad altri file: sono ignorati; si leggono i valori salvati.', en: 'the file links to other files: the links are ignored and the saved values are read.' });
  }
  const workbook = await loadWorkbook(buffer, issues);
  if (!workbook) return result(null);
  const sheets = readSheets(workbook, issues);
  // Cell errors do not stop the assembly (references are checked too), but they do stop the schema
  // check, which would only repeat them.
  const data = assemblePlan({ sheets, cells, issues });
  if (issues.errors.length > 0) return result(null);
  return result(checkAssembled(data, cells, issues));
}
