/**
 * `traguardo lint <plan-file>`: lists the defects of a plan (integrity and DOMAIN.md §9), each with
 * its file line where it can be found. Exit 0 when there are no errors (warnings allowed), 1 when
 * errors are found, 2 on bad input (unreadable file, syntax or schema errors).
 */
import { Option, type Command } from 'commander';
import { lintPlan, type LintFinding } from '../../core/lint/lint-plan.js';
import type { ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { readPlanSource, readPolicyFile, type PlanSource } from '../../formats/plan-file.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, parseLocale, printFileErrors, readTextFile, type Locale } from './plan-input.js';
import { renderTable } from './text-table.js';

interface LintOptions {
  format: 'table' | 'json';
  locale: Locale;
  policy?: string;
}

interface LocatedFinding extends LintFinding {
  line?: number;
  column?: number;
}

function locateFindings(source: PlanSource, findings: readonly LintFinding[]): LocatedFinding[] {
  return findings.map((finding) => ({ ...finding, ...source.locate(finding.location.path) }));
}

function renderFindings(file: string, findings: readonly LocatedFinding[], locale: Locale): string {
  const it = locale === 'it';
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const summary = it
    ? `${file}: ${errors} ${errors === 1 ? 'errore' : 'errori'}, ${findings.length - errors} ${findings.length - errors === 1 ? 'avviso' : 'avvisi'}`
    : `${file}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${findings.length - errors} ${findings.length - errors === 1 ? 'warning' : 'warnings'}`;
  if (findings.length === 0) return `${summary}\n`;
  const severity = (finding: LintFinding) => finding.severity === 'error' ? (it ? '✘ errore' : '✘ error') : (it ? '! avviso' : '! warning');
  const table = renderTable(
    (it ? ['Gravità', 'Riga', 'Posizione', 'Codice', 'Messaggio'] : ['Severity', 'Line', 'Location', 'Code', 'Message']).map((header) => ({ header })),
    findings.map((finding) => [
      severity(finding),
      finding.line === undefined ? '' : `${finding.line}:${finding.column ?? 1}`,
      finding.location.path,
      finding.code,
      finding.message[locale],
    ]),
  );
  return `${table}\n\n${summary}\n`;
}

async function loadPolicy(path: string | undefined, locale: Locale): Promise<ScoringPolicy | undefined | false> {
  if (path === undefined) return undefined;
  const text = await readTextFile(path);
  const policy = text.ok ? readPolicyFile(text.value, path) : text;
  if (policy.ok) return policy.value;
  printFileErrors(policy.errors, locale);
  return false;
}

async function runLint(file: string, options: LintOptions): Promise<void> {
  const { locale } = options;
  const text = await readTextFile(file);
  const read = text.ok ? readPlanSource(text.value, file) : text;
  const policy = read.ok ? await loadPolicy(options.policy, locale) : undefined;
  if (!read.ok || policy === false) {
    if (!read.ok) printFileErrors(read.errors, locale);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const findings = locateFindings(read.value, lintPlan(read.value.plan, policy === undefined ? {} : { policy }));
  if (options.format === 'json') {
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    process.stdout.write(`${JSON.stringify({ format: 'traguardo.lint/v1', file, errors, warnings: findings.length - errors, findings }, null, 2)}\n`);
  } else {
    process.stdout.write(renderFindings(file, findings, locale));
  }
  if (findings.some((finding) => finding.severity === 'error')) process.exitCode = EXIT_FINDINGS;
}

export function registerLintCommand(program: Command): void {
  program
    .command('lint')
    .description('Controlla un piano e segnala i difetti / check a plan and report its defects')
    .argument('<plan-file>', 'file del piano (JSON o YAML) / plan file (JSON or YAML)')
    .option('--policy <file>', 'politica di misurazione con cui sarà calcolato / scoring policy it will be scored with')
    .addOption(new Option('--format <format>', 'formato di uscita / output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--locale <locale>', 'lingua / language').argParser(parseLocale).default('it'))
    .action(async (file: string, options: LintOptions) => runLint(file, options));
}
