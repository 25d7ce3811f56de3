/**
 * `traguardo export --entity CODE --year Y --format xlsx|json|yaml|csv|open-data [--plan CODE] [-o file]`:
 * writes a stored plan as the plan workbook, the canonical plan file, or the open data of the year's
 * results (JSON, or a CSV table: --table results|indicators|nodes|values|policy, --csv-locale it for
 * `;` and decimal commas). Without -o, text goes to standard output and a workbook to a file named
 * after the plan. Exit 0 on success, 2 on bad input (unknown entity, plan, year or period).
 */
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { OPEN_DATA_TABLES, type OpenDataTable } from '../../formats/open-data/open-data-csv.js';
import { EXPORT_FORMATS, exportPlan, type ExportFailure, type ExportFormat } from '../../server/services/export.js';
import { withConfiguredDatabase } from './database-session.js';
import { EXIT_BAD_INPUT, parseLocale, parseYear, printUsageError, type Locale } from './plan-input.js';

interface ExportOptions {
  entity: string;
  year: number;
  format: ExportFormat;
  plan?: string;
  period?: string;
  table?: OpenDataTable;
  csvLocale: 'en' | 'it';
  output?: string;
  locale: Locale;
}

const FAILURES: Record<ExportFailure, (options: ExportOptions) => { it: string; en: string }> = {
  entity_not_found: (o) => ({ it: `Ente non trovato: ${o.entity}`, en: `Entity not found: ${o.entity}` }),
  plan_not_found: (o) => (o.plan !== undefined
    ? { it: `Piano ${o.plan} non trovato per l’ente ${o.entity}`, en: `Plan ${o.plan} not found for entity ${o.entity}` }
    : { it: `Nessun piano dell’ente ${o.entity} copre il ${o.year}`, en: `No plan of entity ${o.entity} covers ${o.year}` }),
  year_outside_plan: (o) => ({ it: `Il ${o.year} non rientra negli anni del piano ${o.plan ?? ''}`, en: `${o.year} is outside the years of plan ${o.plan ?? ''}` }),
  period_not_found: (o) => ({ it: `Il piano non ha il periodo ${o.period ?? ''} nel ${o.year}`, en: `The plan has no period ${o.period ?? ''} in ${o.year}` }),
  policy_invalid: (o) => ({ it: `La politica di misurazione salvata per il ${o.year} non è leggibile`, en: `The scoring policy saved for ${o.year} cannot be read` }),
};

async function runExport(options: ExportOptions): Promise<void> {
  await withConfiguredDatabase(async (database) => {
    const result = await exportPlan(database.db, {
      entityCode: options.entity, planCode: options.plan, year: options.year, format: options.format,
      period: options.period, table: options.table, locale: options.csvLocale,
    });
    if (!result.ok) {
      printUsageError(FAILURES[result.code](options), options.locale);
      return EXIT_BAD_INPUT;
    }
    const { fileName, body } = result.value;
    const target = options.output ?? (options.format === 'xlsx' ? fileName : '-');
    if (target === '-') {
      process.stdout.write(body);
    } else {
      await writeFile(target, body);
      process.stderr.write(`${options.locale === 'it' ? 'Scritto' : 'Written'}: ${target} (${body.length} byte)\n`);
    }
    return 0;
  });
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Esporta un piano o i suoi dati aperti / export a plan or its open data')
    .requiredOption('--entity <code>', 'codice dell’ente / entity code')
    .requiredOption('--year <year>', 'anno (sceglie il piano e l’anno dei risultati) / year (chooses the plan and the results year)', parseYear)
    .addOption(new Option('--format <format>', 'formato / format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--plan <code>', 'codice del piano / plan code (default: the plan covering the year)')
    .option('--period <code>', 'dati aperti di un periodo di monitoraggio / open data of a monitoring period')
    .addOption(new Option('--table <table>', 'tabella CSV / CSV table').choices([...OPEN_DATA_TABLES]))
    .addOption(new Option('--csv-locale <locale>', 'it: separatore ; e decimali con la virgola / it: ; separator and decimal commas').argParser(parseLocale).default('en'))
    .option('-o, --output <file>', 'file di uscita, - per lo standard output / output file, - for standard output')
    .addOption(new Option('--locale <locale>', 'lingua dei messaggi / language of messages').argParser(parseLocale).default('it'))
    .action(async (options: ExportOptions) => runExport(options));
}
