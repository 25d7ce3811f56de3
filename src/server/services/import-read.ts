/**
 * Reading an uploaded file into a plan, whatever its format: the format is detected (or given), the
 * right reader runs, and every problem becomes a report issue with a location a person can follow
 * (a line of a text file, a cell of a workbook, a field path) and a bilingual message. Nothing here
 * touches the database.
 */
import type { Plan } from '../../core/plan/plan.schema.js';
import { validatePlan } from '../../core/plan/plan-validation.js';
import { readCardExport } from '../../formats/card-export/card-export-reader.js';
import { detectImportFormat, textOf, type ImportFormat, type ImportFormatChoice } from '../../formats/import-format.js';
import { readPlanSource, type FileError } from '../../formats/plan-file.js';
import type { ImportWarning } from '../../formats/tree-export/import-warning.js';
import { readTreeExport } from '../../formats/tree-export/tree-export-reader.js';
import { describeSheetLocation, type XlsxIssue } from '../../formats/xlsx/xlsx-issues.js';
import { readPlanWorkbook } from '../../formats/xlsx/xlsx-reader.js';

/** Uploads and files above this size are refused (the HTTP route answers 413 before reading them). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface Bilingual { it: string; en: string }

export interface ReportLocation {
  file?: string;
  /** Line (and column) of a text file. */
  line?: number;
  column?: number;
  /** Sheet, row, column header and cell of a workbook. */
  sheet?: string;
  row?: number;
  columnName?: string;
  cell?: string;
  /** Field path in the plan, e.g. `indicators[3].targets.2026`. */
  path?: string;
  /** The plan item a lint finding is about. */
  item?: { kind: string; code?: string };
}

export interface ReportIssue {
  code: string;
  severity: 'error' | 'warning';
  location: ReportLocation;
  /** The location as words: "Foglio Target, riga 14, colonna Anno" / "Sheet Target, row 14, column Anno". */
  where: Bilingual;
  message: Bilingual;
}

export interface ReadOutcome {
  format: ImportFormat | null;
  plan: Plan | null;
  warnings: ReportIssue[];
  errors: ReportIssue[];
  /** Where a plan field path is in the file, when the format can tell. */
  locate(path: string): ReportLocation | undefined;
}

export interface ImportFile { name: string; bytes: Uint8Array }

export interface ReadOptions { format: ImportFormatChoice; entityCode: string; entityName: string }

const ITEM_KINDS: Record<string, Bilingual> = {
  plan: { it: 'Piano', en: 'Plan' }, level: { it: 'Livello', en: 'Level' }, org_unit: { it: 'Unità organizzativa', en: 'Org unit' },
  node: { it: 'Obiettivo', en: 'Objective' }, indicator: { it: 'Indicatore', en: 'Indicator' }, measure: { it: 'Misura', en: 'Measure' },
  period: { it: 'Periodo', en: 'Period' }, value: { it: 'Valore', en: 'Value' }, suspension: { it: 'Sospensione', en: 'Suspension' },
  manual_achievement: { it: 'Raggiungimento manuale', en: 'Manual achievement' }, card: { it: 'Scheda', en: 'Card' },
};

/** "Indicatore A.1-K5, campo baseline" / "Indicator A.1-K5, field baseline", from an item and its field path. */
function describeItem(item: NonNullable<ReportLocation['item']>, path: string | undefined): Bilingual | undefined {
  const kind = ITEM_KINDS[item.kind];
  if (!kind || item.code === undefined) return undefined;
  const field = path?.replace(/^[A-Za-z]+\[\d+\]\.?/, '') ?? '';
  return field === ''
    ? { it: `${kind.it} ${item.code}`, en: `${kind.en} ${item.code}` }
    : { it: `${kind.it} ${item.code}, campo ${field}`, en: `${kind.en} ${item.code}, field ${field}` };
}

/** "Riga 12, colonna 5" / "Foglio Target, riga 14, colonna Anno" / "Indicatore K1, campo weight" / "Campo nodes[2].weight". */
export function describeLocation(location: ReportLocation): Bilingual {
  if (location.sheet !== undefined) {
    return describeSheetLocation({ sheet: location.sheet, row: location.row, column: location.columnName });
  }
  if (location.line !== undefined && location.line > 0) {
    const column = location.column === undefined ? { it: '', en: '' } : { it: `, colonna ${location.column}`, en: `, column ${location.column}` };
    return { it: `Riga ${location.line}${column.it}`, en: `Line ${location.line}${column.en}` };
  }
  const item = location.item ? describeItem(location.item, location.path) : undefined;
  if (item) return item;
  if (location.path !== undefined) return { it: `Campo ${location.path}`, en: `Field ${location.path}` };
  return { it: location.file ?? '', en: location.file ?? '' };
}

export function reportIssue(code: string, severity: 'error' | 'warning', location: ReportLocation, message: Bilingual): ReportIssue {
  return { code, severity, location, where: describeLocation(location), message };
}

function fromImportWarning(issue: ImportWarning): ReportIssue {
  const { file, line, column, path } = issue.location;
  return reportIssue(issue.code, issue.severity, { file, ...(line > 0 ? { line } : {}), column, path }, issue.message);
}

function fromXlsxIssue(issue: XlsxIssue): ReportIssue {
  const { file, sheet, row, column, cell, path } = issue.location;
  return reportIssue(issue.code, issue.severity, { file, sheet, row, columnName: column, cell, path }, issue.message);
}

function fromFileError(error: FileError): ReportIssue {
  const { file, line, column, path } = error.location;
  return reportIssue(error.code, 'error', { file, line, column, path }, error.message);
}

function readPlanText(file: ImportFile): ReadOutcome {
  const read = readPlanSource(textOf(file.bytes), file.name);
  if (!read.ok) return { format: 'json', plan: null, warnings: [], errors: read.errors.map(fromFileError), locate: () => undefined };
  const { plan, locate } = read.value;
  const locateIn = (path: string): ReportLocation => ({ file: file.name, ...locate(path), path });
  const errors = validatePlan(plan).filter((issue) => issue.severity === 'error')
    .map((issue) => reportIssue(issue.code, 'error', locateIn(issue.location.path), issue.message));
  return { format: 'json', plan: errors.length > 0 ? null : plan, warnings: [], errors, locate: locateIn };
}

async function readWorkbook(file: ImportFile): Promise<ReadOutcome> {
  const result = await readPlanWorkbook(file.bytes, { fileName: file.name });
  return {
    format: 'xlsx', plan: result.plan, warnings: result.warnings.map(fromXlsxIssue), errors: result.errors.map(fromXlsxIssue),
    locate: (path) => {
      const found = result.locate(path);
      return found && { file: file.name, sheet: found.sheet, row: found.row, columnName: found.column, cell: found.cell, path };
    },
  };
}

function readExport(file: ImportFile, format: 'tree-export' | 'card-export', options: ReadOptions): ReadOutcome {
  const readerOptions = { entityCode: options.entityCode, entityName: options.entityName, fileName: file.name };
  const text = textOf(file.bytes);
  const result = format === 'tree-export' ? readTreeExport(text, readerOptions) : readCardExport(text, readerOptions);
  return {
    format, plan: result.plan, warnings: result.warnings.map(fromImportWarning), errors: result.errors.map(fromImportWarning),
    locate: () => undefined,
  };
}

function refused(format: ImportFormat | null, file: ImportFile, code: string, message: Bilingual): ReadOutcome {
  return { format, plan: null, warnings: [], errors: [reportIssue(code, 'error', { file: file.name }, message)], locate: () => undefined };
}

/** Reads the file with the reader its format needs; never throws on bad input. */
export async function readImportFile(file: ImportFile, options: ReadOptions): Promise<ReadOutcome> {
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    const size = (n: number) => (n / 1024 / 1024).toFixed(1);
    return refused(null, file, 'file_too_large', {
      it: `Il file è troppo grande (${size(file.bytes.length).replace('.', ',')} MB): il limite è ${size(MAX_IMPORT_BYTES).replace('.', ',')} MB.`,
      en: `The file is too large (${size(file.bytes.length)} MB): the limit is ${size(MAX_IMPORT_BYTES)} MB.`,
    });
  }
  let format: ImportFormat;
  if (options.format === 'auto') {
    const detected = detectImportFormat(file.name, file.bytes);
    if (!detected.ok) return refused(null, file, detected.code, detected.message);
    format = detected.format;
  } else {
    format = options.format;
  }
  if (format === 'xlsx') return readWorkbook(file);
  if (format === 'json') return readPlanText(file);
  return readExport(file, format, options);
}
