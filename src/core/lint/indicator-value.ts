/**
 * The value of an indicator's formula in a year, from the plan's final values: what lint compares
 * targets with to judge their scale. Missing inputs, dates, yes/no and roll-ups give no value.
 */
import type { FormulaAst, FormulaEnv } from '../formula/formula-ast.js';
import { evaluateFormula } from '../formula/formula-evaluator.js';
import type { IndicatorFacts, LintContext } from './lint-context.js';

export function indicatorValue(context: LintContext, facts: IndicatorFacts, ast: FormulaAst, year: number): number | undefined {
  const env: FormulaEnv = {
    year,
    measure: (ref, at) => {
      const measure = ref.by === 'code' ? context.index.measures.get(ref.key) : context.index.measuresByName.get(ref.key);
      if (measure === undefined) return undefined;
      return context.finalValues.get(measure.item.code)?.get(at) ?? null;
    },
    parameter: (name) => facts.indicator.parameters?.[name]?.[String(year)],
    rollup: () => ({ kind: 'missing', missing: [] }),
  };
  const result = evaluateFormula(ast, env);
  return result.kind === 'value' && Number.isFinite(result.value) ? result.value : undefined;
}

/**
 * A value to judge a target's scale by: the numeric baseline, else the formula's value in the latest
 * year that has one (plan years and the year before).
 */
export function referenceValue(context: LintContext, facts: IndicatorFacts, ast: FormulaAst | undefined): { value: number; source: 'baseline' | number } | undefined {
  const baseline = facts.indicator.baseline?.value;
  if (typeof baseline === 'number') return { value: baseline, source: 'baseline' };
  if (ast === undefined) return undefined;
  for (let year = context.plan.plan.lastYear; year >= context.plan.plan.firstYear - 1; year--) {
    const value = indicatorValue(context, facts, ast, year);
    if (value !== undefined) return { value, source: year };
  }
  return undefined;
}
