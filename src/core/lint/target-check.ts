/**
 * Targets: they parse, every plan year has one (from the indicator's first year; the first year only
 * for annual objectives), deadlines fall in their own year, and `>=` targets do not fall year on year
 * (never rising and falling at least once, as in seed 004's `>= 90%`, `>= 85%`, `>= 85%` on a cost
 * index: an inverted polarity).
 */
import { formatNumber } from '../numbers/format-number.js';
import { planYears } from '../plan/plan-index.js';
import { buildIssue } from '../plan/plan-issue.js';
import type { Target } from '../target/target-ast.js';
import type { IndicatorFacts, LintContext, TargetFact } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';

export const checkTargets: LintCheck = (context) => context.indicators.flatMap((facts) => [
  ...facts.targets.flatMap((fact) => checkTargetSyntax(facts, fact)),
  ...checkMissingTargets(context, facts),
  ...facts.targets.flatMap((fact) => checkDeadlineYear(facts, fact)),
  ...checkFallingTargets(facts),
]);

function checkTargetSyntax({ indicator }: IndicatorFacts, fact: TargetFact): LintFinding[] {
  const location = { kind: 'indicator' as const, code: indicator.code, path: fact.path };
  if (!fact.result.ok) {
    return fact.result.errors.map((error) => buildIssue('target_syntax', 'error', location, {
      it: `Il target ${fact.year} dell'indicatore "${indicator.code}" («${fact.text}») non è valido: ${error.message.it}.`,
      en: `The ${fact.year} target of indicator "${indicator.code}" ("${fact.text}") is not valid: ${error.message.en}.`,
    }));
  }
  return fact.result.warnings.map((warning) => buildIssue(warning.code, 'warning', location, {
    it: `Target ${fact.year} dell'indicatore "${indicator.code}" («${fact.text}»): ${warning.message.it}`,
    en: `The ${fact.year} target of indicator "${indicator.code}" ("${fact.text}"): ${warning.message.en}`,
  }));
}

/** Levels whose objectives are annual: their indicators need a target for the plan's first year only. */
const ANNUAL_LEVELS = new Set(['operational_objective', 'action']);

/**
 * Plan years from the indicator's (or its node's) first year, up to its elimination, if any; only the
 * first plan year for operational objectives and actions, which are annual (DOMAIN.md §4).
 */
function requiredYears(context: LintContext, facts: IndicatorFacts): number[] {
  const node = context.index.nodes.get(facts.indicator.node)?.item;
  const from = Math.max(facts.indicator.firstYear ?? 0, node?.firstYear ?? 0);
  const eliminated = node?.history.find((event) => event.change === 'eliminated')?.year;
  const annual = node?.section === 'tree' && node.level !== undefined && ANNUAL_LEVELS.has(node.level);
  const years = annual ? [context.plan.plan.firstYear] : planYears(context.plan);
  return years.filter((year) => year >= from && (eliminated === undefined || year < eliminated));
}

function checkMissingTargets(context: LintContext, facts: IndicatorFacts): LintFinding[] {
  const { indicator } = facts;
  const manual = new Set(context.plan.manualAchievements
    .filter((entry) => entry.target.kind === 'indicator' && entry.target.code === indicator.code)
    .map((entry) => entry.year));
  const missing = requiredYears(context, facts).filter((year) => indicator.targets[String(year)] === undefined && !manual.has(year));
  if (missing.length === 0) return [];
  return [buildIssue('target_missing', 'warning', { kind: 'indicator', code: indicator.code, path: `${facts.path}.targets` }, {
    it: `L'indicatore "${indicator.code}" non ha un target per ${missing.join(', ')} (scrivere "---" se non è previsto).`,
    en: `Indicator "${indicator.code}" has no target for ${missing.join(', ')} (write "---" when none is planned).`,
  })];
}

const toItalianDate = (iso: string) => iso.split('-').reverse().join('/');

function checkDeadlineYear({ indicator }: IndicatorFacts, fact: TargetFact): LintFinding[] {
  if (!fact.result.ok || fact.result.target.kind !== 'deadline') return [];
  const { date } = fact.result.target;
  if (Number(date.slice(0, 4)) === fact.year) return [];
  return [buildIssue('deadline_outside_year', 'error', { kind: 'indicator', code: indicator.code, path: fact.path }, {
    it: `Il target ${fact.year} dell'indicatore "${indicator.code}" ha scadenza ${toItalianDate(date)}, fuori dall'anno ${fact.year}: forse è stato copiato da un altro anno.`,
    en: `The ${fact.year} target of indicator "${indicator.code}" has deadline ${date}, outside ${fact.year}: perhaps it was copied from another year.`,
  })];
}

type CompareTarget = Extract<Target, { kind: 'compare' }>;

function higherIsBetterTargets(facts: IndicatorFacts): { year: number; target: CompareTarget }[] {
  return facts.targets.flatMap((fact) => {
    const target = fact.result.ok ? fact.result.target : undefined;
    return target?.kind === 'compare' && (target.op === '>=' || target.op === '>') ? [{ year: fact.year, target }] : [];
  });
}

function checkFallingTargets(facts: IndicatorFacts): LintFinding[] {
  const { indicator } = facts;
  const series = higherIsBetterTargets(facts);
  if (series.length === 0) return [];
  const list = (locale: 'it' | 'en') => series.map((entry) => `${entry.year}: ${entry.target.op} ${formatNumber(entry.target.value, locale)}`).join('; ');
  if (indicator.polarity === 'lower') {
    return [buildIssue('polarity_conflict', 'warning', { kind: 'indicator', code: indicator.code, path: `${facts.path}.polarity` }, {
      it: `L'indicatore "${indicator.code}" dichiara "più basso è meglio" ma i target sono del tipo "almeno" (${list('it')}).`,
      en: `Indicator "${indicator.code}" declares "lower is better" but its targets are "at least" (${list('en')}).`,
    })];
  }
  const scored = facts.targets.filter((fact) => fact.result.ok && fact.result.target.kind !== 'none').length;
  if (series.length < 2 || series.length !== scored) return [];
  const steps = series.slice(1).map((entry, i) => entry.target.value - (series[i] as typeof entry).target.value);
  if (steps.some((step) => step > 0) || !steps.some((step) => step < 0)) return [];
  return [buildIssue('polarity_inverted', 'warning', { kind: 'indicator', code: indicator.code, path: `${facts.path}.targets` }, {
    it: `I target "almeno" dell'indicatore "${indicator.code}" scendono negli anni (${list('it')}): se il valore deve diminuire, il target va scritto con "<=".`,
    en: `The "at least" targets of indicator "${indicator.code}" fall over the years (${list('en')}): if the value is meant to go down, write the target with "<=".`,
  })];
}
