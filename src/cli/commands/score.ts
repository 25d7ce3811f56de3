/**
 * `traguardo score <plan-file>`: scores a plan for a year (or a monitoring period) under a policy and
 * prints a table or one JSON document. Exit 0 on success, 2 on bad input.
 */
import { defaultScoringYear } from '../../core/scoring/default-year.js';
import { Option, type Command } from 'commander';
import type { Plan } from '../../core/plan/plan.schema.js';
import { defaultScoringPolicy, type ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import { readPlanFile, readPolicyFile } from '../../formats/plan-file.js';
import { EXIT_BAD_INPUT, parseLocale, parseYear, printFileErrors, printUsageError, readTextFile, type Locale } from './plan-input.js';
import { renderScoreTable } from './score-table.js';

interface ScoreOptions {
  year?: number;
  period?: string;
  policy?: string;
  format: 'table' | 'json';
  locale: Locale;
}

export { defaultScoringYear };

async function loadPolicy(path: string | undefined, plan: Plan, year: number, locale: Locale): Promise<ScoringPolicy | undefined> {
  if (path === undefined) return defaultScoringPolicy(plan.entity.code, year);
  const text = await readTextFile(path);
  const policy = text.ok ? readPolicyFile(text.value, path) : text;
  if (!policy.ok) {
    printFileErrors(policy.errors, locale);
    return undefined;
  }
  const { entity, year: policyYear } = policy.value.meta;
  if (entity !== plan.entity.code || policyYear !== year) {
    process.stderr.write(locale === 'it'
      ? `attenzione: la politica è dell'ente ${entity} per il ${policyYear}, il calcolo riguarda ${plan.entity.code} per il ${year}\n`
      : `warning: the policy is for entity ${entity}, year ${policyYear}; scoring ${plan.entity.code} for ${year}\n`);
  }
  return policy.value;
}

/** The year and period to score, or a message when the plan does not have them. */
function checkScope(plan: Plan, year: number, period: string | undefined): { it: string; en: string } | undefined {
  const { firstYear, lastYear } = plan.plan;
  if (year < firstYear || year > lastYear) {
    return { it: `L'anno ${year} è fuori dal piano (${firstYear}–${lastYear}).`, en: `Year ${year} is outside the plan (${firstYear}–${lastYear}).` };
  }
  if (period === undefined) return undefined;
  const found = plan.periods.find((candidate) => candidate.code === period);
  const known = plan.periods.filter((candidate) => candidate.year === year).map((candidate) => candidate.code).join(', ') || '—';
  if (found === undefined || found.year !== year) {
    return { it: `Il periodo "${period}" non esiste per il ${year} (periodi: ${known}).`, en: `Period "${period}" does not exist for ${year} (periods: ${known}).` };
  }
  return undefined;
}

async function runScore(file: string, options: ScoreOptions): Promise<void> {
  const { locale } = options;
  const text = await readTextFile(file);
  const read = text.ok ? readPlanFile(text.value, file) : text;
  if (!read.ok) {
    printFileErrors(read.errors, locale);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const plan = read.value;
  const year = options.year ?? defaultScoringYear(plan);
  const scopeError = checkScope(plan, year, options.period);
  if (scopeError) {
    printUsageError(scopeError, locale);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const policy = await loadPolicy(options.policy, plan, year, locale);
  if (policy === undefined) {
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const scored = scorePlan(plan, policy, options.period === undefined ? { year } : { year, period: options.period });
  if (options.format === 'json') {
    const document = { format: 'traguardo.scores/v1', plan: { entity: plan.entity, code: plan.plan.code, title: plan.plan.title }, ...scored };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    process.stdout.write(renderScoreTable(plan, scored, policy, locale));
  }
}

export function registerScoreCommand(program: Command): void {
  program
    .command('score')
    .description('Calcola i punteggi di un piano / score a plan')
    .argument('<plan-file>', 'file del piano (JSON o YAML) / plan file (JSON or YAML)')
    .option('--year <year>', "anno da calcolare (predefinito: l'ultimo con valori finali) / year to score", parseYear)
    .option('--period <period>', 'periodo di monitoraggio / monitoring period code')
    .option('--policy <file>', 'politica di misurazione (JSON o YAML) / scoring policy file')
    .addOption(new Option('--format <format>', 'formato di uscita / output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--locale <locale>', 'lingua / language').argParser(parseLocale).default('it'))
    .action(async (file: string, options: ScoreOptions) => runScore(file, options));
}
