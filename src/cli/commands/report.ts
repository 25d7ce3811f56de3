/**
 * `traguardo report piano|relazione`: writes the Piano or the Relazione of an entity's plan as DOCX,
 * PDF or XLSX. The plan comes from the configured database (--entity, then --plan or the plan
 * covering --year; scored with the latest saved policy of the year unless --policy is given) or from
 * a plan file (--plan-file; default policy unless --policy). The plan's evaluation cards of the year
 * are scored with --card-policy (default: the card policy defaults). Exit 0 on success, 2 on bad input.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { cardPolicySchema, type CardPolicy } from '../../core/evaluation/card-policy.schema.js';
import type { Plan } from '../../core/plan/plan.schema.js';
import { defaultScoringPolicy, type ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { documentInputFromPlan } from '../../documents/document-input-from-plan.js';
import { documentTextsSchema, mergeDocumentTexts, narrativeOf, writeDocumentTexts, type DocumentTexts } from '../../documents/document-texts.js';
import type { DocumentInput, PlanRevision } from '../../documents/model/document-input.js';
import type { DocumentKind } from '../../documents/model/document-model.js';
import { buildPianoModel } from '../../documents/piano/piano-model.js';
import { buildRelazioneModel } from '../../documents/relazione/relazione-model.js';
import { DOCUMENT_FORMATS, renderDocument, type DocumentFormat } from '../../documents/render/render-document.js';
import { readPlanFile, readPolicyFile, readSchemaFile } from '../../formats/plan-file.js';
import type { Database } from '../../server/db/database.js';
import { findVisibleEntity } from '../../server/services/entity.js';
import { documentYear, loadDocumentSource, type DocumentSourceProblem } from '../../server/services/document-source.js';
import { withConfiguredDatabase } from './database-session.js';
import { EXIT_BAD_INPUT, parseLocale, parseYear, printFileErrors, printUsageError, readTextFile, type Locale } from './plan-input.js';

interface ReportOptions {
  entity?: string;
  year?: number;
  format?: DocumentFormat;
  output: string;
  plan?: string;
  planFile?: string;
  policy?: string;
  cardPolicy?: string;
  texts?: string;
  writeTexts?: string;
  locale: Locale;
}

type Message = { it: string; en: string };
class ReportError extends Error {
  constructor(readonly messages: Message) {
    super(messages.en);
  }
}

/** The system actor of the command line: whoever can open the database may read every entity. */
const CLI_ACTOR = { userId: 'cli', isSystemAdmin: true, memberships: [] };

async function planFromFile(path: string, locale: Locale): Promise<Plan> {
  const text = await readTextFile(path);
  const read = text.ok ? readPlanFile(text.value, path) : text;
  if (!read.ok) {
    printFileErrors(read.errors, locale);
    throw new ReportError({ it: `Il file del piano ${path} non è leggibile.`, en: `The plan file ${path} cannot be read.` });
  }
  return read.value;
}

interface LoadedPlan { plan: Plan; year: number; storedPolicy?: ScoringPolicy; storedCardPolicy?: CardPolicy; revisions?: PlanRevision[] }


const SOURCE_MESSAGES: Record<Exclude<DocumentSourceProblem, 'plan_not_found'>, (detail: string) => Message> = {
  year_outside_plan: (detail) => ({ it: `Anno fuori dal piano: ${detail}`, en: `Year outside the plan: ${detail}` }),
  policy_invalid: (detail) => ({ it: `La politica di misurazione salvata non è valida: ${detail}`, en: `The saved scoring policy is invalid: ${detail}` }),
  card_policy_invalid: (detail) => ({ it: `La politica delle schede salvata non è valida: ${detail}`, en: `The saved card policy is invalid: ${detail}` }),
  revision_unreadable: (detail) => ({ it: `Revisione non leggibile: ${detail}`, en: `Revision cannot be read: ${detail}` }),
};

async function planFromDatabase(database: Database, kind: DocumentKind, entityCode: string, options: ReportOptions): Promise<LoadedPlan> {
  const entity = await findVisibleEntity(database.db, CLI_ACTOR, entityCode);
  if (!entity.ok) throw new ReportError({ it: `Ente non trovato: ${entityCode}`, en: `Entity not found: ${entityCode}` });
  const source = await loadDocumentSource(database.db, entity.value, {
    kind, ...(options.plan !== undefined ? { planCode: options.plan } : {}), ...(options.year !== undefined ? { year: options.year } : {}),
  });
  if (source.ok) {
    const { plan, year, policy, cardPolicy, revisions } = source.value;
    return { plan, year, storedPolicy: policy, storedCardPolicy: cardPolicy, revisions };
  }
  if (source.code === 'plan_not_found') {
    const what = options.plan ?? String(options.year ?? '');
    throw new ReportError({ it: `Nessun piano ${what} per l'ente ${entityCode} (piani: ${source.detail ?? '—'})`, en: `No plan ${what} for entity ${entityCode} (plans: ${source.detail ?? '—'})` });
  }
  throw new ReportError(SOURCE_MESSAGES[source.code](source.detail ?? ''));
}

async function readPolicy(path: string | undefined, plan: Plan, year: number, locale: Locale): Promise<ScoringPolicy> {
  if (path === undefined) return defaultScoringPolicy(plan.entity.code, year);
  const text = await readTextFile(path);
  const read = text.ok ? readPolicyFile(text.value, path) : text;
  if (!read.ok) {
    printFileErrors(read.errors, locale);
    throw new ReportError({ it: `La politica ${path} non è leggibile.`, en: `The policy ${path} cannot be read.` });
  }
  return read.value;
}

async function readCardPolicy(path: string | undefined, policy: ScoringPolicy, locale: Locale): Promise<CardPolicy> {
  if (path === undefined) return cardPolicySchema.parse({ rounding: policy.rounding });
  const text = await readTextFile(path);
  const read = text.ok ? readSchemaFile(text.value, path, cardPolicySchema) : text;
  if (!read.ok) {
    printFileErrors(read.errors, locale);
    throw new ReportError({ it: `La politica delle schede ${path} non è leggibile.`, en: `The card policy ${path} cannot be read.` });
  }
  return read.value.data;
}

async function readTexts(path: string | undefined, locale: Locale): Promise<DocumentTexts> {
  if (path === undefined) return documentTextsSchema.parse({});
  const text = await readTextFile(path);
  const read = text.ok ? readSchemaFile(text.value, path, documentTextsSchema) : text;
  if (!read.ok) {
    printFileErrors(read.errors, locale);
    throw new ReportError({ it: `Il file dei testi ${path} non è leggibile.`, en: `The texts file ${path} cannot be read.` });
  }
  return read.value.data;
}

/** Writes the texts file with the drafted paragraphs merged in; user texts are kept and conflicts listed. */
async function writeTexts(path: string, texts: DocumentTexts, input: DocumentInput, kind: DocumentKind, locale: Locale): Promise<void> {
  const { texts: merged, conflicts } = mergeDocumentTexts(texts, input, kind);
  await writeFile(path, writeDocumentTexts(merged, path));
  for (const conflict of conflicts) {
    process.stderr.write(locale === 'it'
      ? `attenzione: sezione ${conflict.sectionKey}: i dati sono cambiati dal testo su cui è stato scritto il testo dell'utente, che resta invariato\n  nuovo testo generato: ${conflict.regenerated}\n`
      : `warning: section ${conflict.sectionKey}: the data changed since the user's text was written; the user's text is kept\n  new drafted text: ${conflict.regenerated}\n`);
  }
}

/** The format asked for, or the output file's extension. */
function formatOf(options: ReportOptions): DocumentFormat {
  if (options.format !== undefined) return options.format;
  const extension = extname(options.output).slice(1).toLowerCase();
  if ((DOCUMENT_FORMATS as readonly string[]).includes(extension)) return extension as DocumentFormat;
  throw new ReportError({
    it: `Formato non indicato: usa --format docx|pdf|xlsx o un file con una di queste estensioni (${options.output})`,
    en: `No format: use --format docx|pdf|xlsx or an output file with one of these extensions (${options.output})`,
  });
}

async function loadReportPlan(kind: DocumentKind, options: ReportOptions): Promise<LoadedPlan | undefined> {
  if (options.planFile !== undefined) {
    const plan = await planFromFile(options.planFile, options.locale);
    return { plan, year: documentYear(kind, plan, options.year) };
  }
  if (options.entity === undefined) {
    throw new ReportError({ it: 'Indica --entity CODICE (dal database) oppure --plan-file FILE.', en: 'Give --entity CODE (from the database) or --plan-file FILE.' });
  }
  const entity = options.entity;
  let loaded: LoadedPlan | undefined;
  // Opens (and migrates) the configured database; a configuration error is printed there, with exit code 2.
  await withConfiguredDatabase(async (database) => {
    loaded = await planFromDatabase(database, kind, entity, options);
    return 0;
  });
  return loaded;
}

async function runReport(kind: DocumentKind, options: ReportOptions): Promise<void> {
  const format = formatOf(options);
  const loaded = await loadReportPlan(kind, options);
  if (loaded === undefined) return;
  const { plan, year, storedPolicy, storedCardPolicy, revisions } = loaded;
  if (options.entity !== undefined && options.entity !== plan.entity.code) {
    throw new ReportError({ it: `Il piano è dell'ente ${plan.entity.code}, non di ${options.entity}`, en: `The plan belongs to ${plan.entity.code}, not ${options.entity}` });
  }
  const { firstYear, lastYear } = plan.plan;
  if (year < firstYear || year > lastYear) {
    throw new ReportError({ it: `L'anno ${year} è fuori dal piano (${firstYear}–${lastYear}).`, en: `Year ${year} is outside the plan (${firstYear}–${lastYear}).` });
  }
  const policy = options.policy === undefined && storedPolicy !== undefined ? storedPolicy : await readPolicy(options.policy, plan, year, options.locale);
  const cardPolicy = options.cardPolicy === undefined && storedCardPolicy !== undefined ? storedCardPolicy : await readCardPolicy(options.cardPolicy, policy, options.locale);
  const texts = await readTexts(options.texts, options.locale);
  const input = documentInputFromPlan({
    plan, policy, year, locale: options.locale, cardPolicy, narrative: narrativeOf(texts),
    ...(texts.profile ? { profile: texts.profile } : {}), ...(revisions ? { revisions } : {}),
  });
  if (options.writeTexts !== undefined) await writeTexts(options.writeTexts, texts, input, kind, options.locale);
  const model = kind === 'piano' ? buildPianoModel(input) : buildRelazioneModel(input);
  const bytes = await renderDocument(model, format);
  await writeFile(options.output, bytes);
  process.stderr.write(options.locale === 'it'
    ? `scritto ${options.output} (${model.title}, ${plan.entity.code}, ${format.toUpperCase()}, ${bytes.length} byte)\n`
    : `wrote ${options.output} (${model.title}, ${plan.entity.code}, ${format.toUpperCase()}, ${bytes.length} bytes)\n`);
}

function parseKind(value: string): DocumentKind {
  if (value === 'piano' || value === 'relazione') return value;
  throw new ReportError({ it: `Documento sconosciuto "${value}": piano o relazione`, en: `Unknown document "${value}": piano or relazione` });
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('Scrive il Piano o la Relazione sulla performance / writes the Performance Plan or Report')
    .argument('<document>', 'piano | relazione')
    .option('--entity <code>', "codice dell'ente nel database / entity code in the database")
    .option('--year <year>', "anno (predefinito: Piano il primo, Relazione l'ultimo con valori finali) / year (default: Piano the first, Relazione the latest with final values)", parseYear)
    .addOption(new Option('--format <format>', "formato (predefinito: dall'estensione) / format (default: from the extension)").choices([...DOCUMENT_FORMATS]))
    .requiredOption('-o, --output <file>', 'file da scrivere / output file')
    .option('--plan <code>', "codice del piano (predefinito: quello che copre l'anno) / plan code (default: the one covering the year)")
    .option('--plan-file <file>', 'file del piano invece del database / plan file instead of the database')
    .option('--policy <file>', 'politica di misurazione (JSON o YAML) / scoring policy file')
    .option('--card-policy <file>', 'politica delle schede (JSON o YAML) / card policy file')
    .option('--texts <file>', "testi dell'utente e profilo dell'ente (JSON o YAML) / user texts and entity profile")
    .option('--write-texts <file>', 'scrive i testi con i paragrafi generati, senza sovrascrivere quelli modificati / writes the texts with the drafted paragraphs, keeping edited ones')
    .addOption(new Option('--locale <locale>', 'lingua / language').argParser(parseLocale).default('it'))
    .action(async (document: string, options: ReportOptions) => {
      try {
        await runReport(parseKind(document), options);
      } catch (error) {
        if (!(error instanceof ReportError)) throw error;
        printUsageError(error.messages, options.locale);
        process.exitCode = EXIT_BAD_INPUT;
      }
    });
}
