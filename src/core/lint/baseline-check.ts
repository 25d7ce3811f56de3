/**
 * Trend indicators need a starting point: a growth target (`>= +15%`), a target relative to an earlier
 * year (`<= anno n-1`, `< 2019`) or a formula reading t-1 or a past year cannot be scored in the plan's
 * first year without a baseline or the earlier year's values.
 */
import type { FormulaAst } from '../formula/formula-ast.js';
import { formatMeasureRef } from '../formula/formula-format.js';
import { referencedMeasures } from '../formula/formula-parser.js';
import { buildIssue } from '../plan/plan-issue.js';
import { parsedFormula, type IndicatorFacts, type LintContext } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';
import { indicatorValue } from './indicator-value.js';

export const checkBaselines: LintCheck = (context) => context.indicators.flatMap((facts) => {
  const ast = parsedFormula(facts);
  const targetFinding = checkTargetReferences(context, facts, ast);
  if (targetFinding !== undefined) return [targetFinding];
  if (hasBaseline(facts)) return [];
  return ast === undefined ? [] : checkFormulaHistory(context, facts, ast);
});

/** A numeric baseline, for the given year when it says its year. */
function hasBaseline({ indicator }: IndicatorFacts, year?: number): boolean {
  const baseline = indicator.baseline;
  return typeof baseline?.value === 'number' && (year === undefined || baseline.year === undefined || baseline.year === year);
}

/** The earliest year before the plan that a growth or relative target needs a value for. */
function earlierYearNeeded(context: LintContext, facts: IndicatorFacts): { year: number; text: string; growth: boolean } | undefined {
  for (const fact of facts.targets) {
    if (!fact.result.ok) continue;
    const target = fact.result.target;
    let year: number | undefined;
    if (target.kind === 'growth') year = fact.year - 1;
    if (target.kind === 'relative') year = target.ref.kind === 'offset' ? fact.year + target.ref.offset : target.ref.year;
    if (year !== undefined && year < context.plan.plan.firstYear) return { year, text: fact.text, growth: target.kind === 'growth' };
  }
  return undefined;
}

function checkTargetReferences(context: LintContext, facts: IndicatorFacts, ast: FormulaAst | undefined): LintFinding | undefined {
  const needed = earlierYearNeeded(context, facts);
  if (needed === undefined || hasBaseline(facts, needed.year)) return undefined;
  if (ast !== undefined && indicatorValue(context, facts, ast, needed.year) !== undefined) return undefined;
  const { indicator } = facts;
  return buildIssue(needed.growth ? 'growth_without_baseline' : 'trend_without_baseline', 'error', { kind: 'indicator', code: indicator.code, path: `${facts.path}.baseline` }, {
    it: `L'indicatore "${indicator.code}" ha il target «${needed.text}», che si misura rispetto al ${needed.year}, ma non ha un valore di partenza né i valori del ${needed.year}.`,
    en: `Indicator "${indicator.code}" has the target "${needed.text}", measured against ${needed.year}, but has neither a baseline nor the ${needed.year} values.`,
  });
}

function hasFinalValue(context: LintContext, ref: Parameters<typeof formatMeasureRef>[0], year: number): boolean {
  const measure = ref.by === 'code' ? context.index.measures.get(ref.key) : context.index.measuresByName.get(ref.key);
  return measure !== undefined && context.finalValues.get(measure.item.code)?.has(year) === true;
}

function checkFormulaHistory(context: LintContext, facts: IndicatorFacts, ast: FormulaAst): LintFinding[] {
  const firstTargetYear = facts.targets.find((fact) => fact.result.ok && fact.result.target.kind !== 'none')?.year;
  if (firstTargetYear === undefined) return [];
  const missing = referencedMeasures(ast).flatMap(({ ref, time }) => {
    const year = time.kind === 'absolute' ? time.year : firstTargetYear + time.offset;
    const isPast = year < context.plan.plan.firstYear;
    return isPast && !hasFinalValue(context, ref, year) ? [`${formatMeasureRef(ref)} ${year}`] : [];
  });
  if (missing.length === 0) return [];
  const { indicator } = facts;
  return [buildIssue('trend_without_baseline', 'error', { kind: 'indicator', code: indicator.code, path: `${facts.path}.baseline` }, {
    it: `La formula dell'indicatore "${indicator.code}" legge anni precedenti al piano ma mancano sia il valore di partenza sia i valori: ${missing.join(', ')}.`,
    en: `The formula of indicator "${indicator.code}" reads years before the plan but both the baseline and these values are missing: ${missing.join(', ')}.`,
  })];
}
