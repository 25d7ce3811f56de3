/**
 * `traguardo import <file>`: imports a plan into the configured database, synchronously — a chambers'
 * export (tree or card layout), the plan workbook (XLSX) or the canonical plan file (JSON/YAML). With
 * --dry-run nothing is written. Prints the report (counts, located warnings, diff) as text, or as one
 * JSON document with --json. Exit 0 when imported (or a clean dry run), 1 when errors block the import,
 * 2 on bad input (unreadable file, unknown entity, bad options).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import { IMPORT_FORMATS, type ImportFormatChoice } from '../../formats/import-format.js';
import { importPlan, type ImportReport } from '../../server/services/import.js';
import { MAX_IMPORT_BYTES, readImportFile, type ReportIssue } from '../../server/services/import-read.js';
import { DIFF_KINDS } from '../../server/services/import-report.js';
import { withConfiguredDatabase } from './database-session.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, parseLocale, parseYear, printUsageError, type Locale } from './plan-input.js';

interface ImportOptions {
  format: ImportFormatChoice;
  entity?: string;
  entityName?: string;
  year?: number;
  dryRun?: boolean;
  json?: boolean;
  locale: Locale;
}

const LEVELS: Record<string, { it: string; en: string }> = {
  strategic_area: { it: 'aree strategiche', en: 'strategic areas' },
  strategic_objective: { it: 'obiettivi strategici', en: 'strategic objectives' },
  program: { it: 'programmi', en: 'programs' },
  operational_objective: { it: 'obiettivi operativi', en: 'operational objectives' },
  action: { it: 'azioni', en: 'actions' },
};

function issueLine(issue: ReportIssue, locale: Locale): string {
  const mark = issue.severity === 'error' ? '✘' : '!';
  const where = issue.where[locale];
  return `  ${mark} ${where === '' ? '' : `${where}: `}${issue.message[locale]} [${issue.code}]\n`;
}

function diffLines(report: ImportReport, locale: Locale): string {
  if (!report.diff) return '';
  const it = locale === 'it';
  const parts = (['added', 'changed', 'removed'] as const).map((change) => {
    const counts = DIFF_KINDS.map((kind) => [kind, report.diff![change][kind].length] as const).filter(([, n]) => n > 0);
    const label = { added: it ? 'aggiunti' : 'added', changed: it ? 'modificati' : 'changed', removed: it ? 'rimossi' : 'removed' }[change];
    return `${label}: ${counts.map(([kind, n]) => `${kind} ${n}`).join(', ') || '—'}`;
  });
  return `${it ? 'Differenze con il piano esistente' : 'Differences from the existing plan'}: ${parts.join('; ')}\n`;
}

/** The report as text in the chosen language: outcome, counts, diff, errors, warnings. */
export function renderImportReport(report: ImportReport, locale: Locale): string {
  const it = locale === 'it';
  const outcome = report.errors.length > 0
    ? (it ? 'Importazione bloccata dagli errori: nulla è stato scritto.' : 'Import blocked by errors: nothing was written.')
    : report.imported
      ? (it ? `Piano ${report.planCode} importato${report.replaces ? ' (sostituito)' : ''}.` : `Plan ${report.planCode} imported${report.replaces ? ' (replaced)' : ''}.`)
      : (it ? 'Prova senza scrittura: nessun errore bloccante.' : 'Dry run: no blocking errors.');
  let text = `${report.fileName} (${report.format ?? '?'}) → ${report.entityCode}: ${outcome}\n`;
  if (report.counts) {
    const levels = Object.entries(report.counts.byLevel).map(([key, n]) => `${n} ${LEVELS[key]?.[locale] ?? key}`).join(', ');
    const { indicators, measures, orgUnits, cards } = report.counts;
    text += it
      ? `Contenuto: ${levels}; ${indicators} indicatori, ${measures} misure, ${orgUnits} unità organizzative, ${cards} schede.\n`
      : `Content: ${levels}; ${indicators} indicators, ${measures} measures, ${orgUnits} org units, ${cards} cards.\n`;
  }
  text += diffLines(report, locale);
  if (report.errors.length > 0) text += `${it ? 'Errori' : 'Errors'} (${report.errors.length}):\n${report.errors.map((issue) => issueLine(issue, locale)).join('')}`;
  if (report.warnings.length > 0) text += `${it ? 'Avvisi' : 'Warnings'} (${report.warnings.length}):\n${report.warnings.map((issue) => issueLine(issue, locale)).join('')}`;
  return text;
}

async function readInput(path: string, locale: Locale): Promise<Uint8Array | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Error('directory');
    if (info.size > MAX_IMPORT_BYTES) {
      printUsageError({ it: `Il file ${path} supera il limite di 20 MB.`, en: `The file ${path} exceeds the 20 MB limit.` }, locale);
      return undefined;
    }
    return await readFile(path);
  } catch {
    printUsageError({ it: `File non trovato o non leggibile: ${path}`, en: `File not found or unreadable: ${path}` }, locale);
    return undefined;
  }
}

/** The entity code: --entity, or the one a plan file or workbook names. */
async function entityCodeOf(file: { name: string; bytes: Uint8Array }, options: ImportOptions): Promise<string | undefined> {
  if (options.entity !== undefined) return options.entity;
  const read = await readImportFile(file, { format: options.format, entityCode: '-', entityName: '-' });
  if (read.format === 'json' || read.format === 'xlsx') return read.plan?.entity.code;
  return undefined;
}

async function runImport(path: string, options: ImportOptions): Promise<void> {
  const { locale } = options;
  const bytes = await readInput(path, locale);
  if (!bytes) return void (process.exitCode = EXIT_BAD_INPUT);
  const file = { name: basename(path), bytes };
  const entityCode = await entityCodeOf(file, options);
  if (entityCode === undefined) {
    printUsageError({
      it: 'Indica l’ente con --entity CODICE (obbligatorio per gli export delle camere e per i file illeggibili).',
      en: 'Name the entity with --entity CODE (required for the chambers’ exports and for unreadable files).',
    }, locale);
    return void (process.exitCode = EXIT_BAD_INPUT);
  }
  await withConfiguredDatabase(async (database) => {
    const result = await importPlan(database.db, {
      entityCode, file, format: options.format, dryRun: options.dryRun ?? false, year: options.year,
      createEntityName: options.entityName, actor: { userId: null, username: `cli:${userInfo().username}` },
    });
    if (!result.ok) {
      printUsageError({
        it: `L’ente ${entityCode} non esiste: crealo con --entity-name "Nome dell’ente".`,
        en: `Entity ${entityCode} does not exist: create it with --entity-name "Entity name".`,
      }, locale);
      return EXIT_BAD_INPUT;
    }
    const report = result.value;
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderImportReport(report, locale));
    return report.errors.length > 0 ? EXIT_FINDINGS : 0;
  });
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Importa un piano nel database / import a plan into the database')
    .argument('<file>', 'export delle camere (testo), modello XLSX o file del piano JSON/YAML / chambers’ export (text), XLSX workbook or JSON/YAML plan file')
    .addOption(new Option('--format <format>', 'formato del file / file format').choices(['auto', ...IMPORT_FORMATS]).default('auto'))
    .option('--entity <code>', 'codice dell’ente / entity code (default: the one in a JSON/XLSX file)')
    .option('--entity-name <name>', 'crea l’ente se non esiste, con questo nome / create the entity if missing, with this name')
    .option('--year <year>', 'anno che il piano deve coprire / year the plan must cover', parseYear)
    .option('--dry-run', 'controlla senza scrivere / check without writing')
    .option('--json', 'stampa il rapporto come JSON / print the report as JSON')
    .addOption(new Option('--locale <locale>', 'lingua / language').argParser(parseLocale).default('it'))
    .action(async (file: string, options: ImportOptions) => runImport(file, options));
}
