/**
 * The scale of targets against the scale of the value: a `*100` formula with a target that is not a
 * percentage and vice versa; an index ×100 (100 = unchanged) with a target far below 100, met even
 * after a collapse; a target 100 times the value it is compared with (140 for a value near 1,4).
 * At most one scale finding per target: the most specific one.
 */
import type { FormulaAst } from '../formula/formula-ast.js';
import { formatNumber } from '../numbers/format-number.js';
import { buildIssue } from '../plan/plan-issue.js';
import type { Target } from '../target/target-ast.js';
import { parsedFormula, type IndicatorFacts, type LintContext, type TargetFact } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';
import { isIndexOfItself, isRatio, isTimes100 } from './formula-shape.js';
import { referenceValue } from './indicator-value.js';

/** A target this many times larger or smaller than the value it measures is on another scale. */
const SCALE_FACTOR = 30;

type ScaledTarget = Extract<Target, { kind: 'compare' | 'range' }>;

export const checkScales: LintCheck = (context) => context.indicators.flatMap((facts) => {
  const ast = parsedFormula(facts);
  const reference = referenceValue(context, facts, ast);
  return facts.targets.flatMap((fact) => {
    const target = fact.result.ok ? fact.result.target : undefined;
    if (target?.kind !== 'compare' && target?.kind !== 'range') return [];
    const finding = checkIndexTarget(facts, fact, target, ast)
      ?? checkPercentMatch(context, facts, fact, target, ast)
      ?? checkMagnitude(facts, fact, target, reference);
    return finding === undefined ? [] : [finding];
  });
});

const number = (value: number, locale: 'it' | 'en') => formatNumber(value, locale);
const targetValue = (target: ScaledTarget) => (target.kind === 'compare' ? target.value : target.min);

function checkIndexTarget(facts: IndicatorFacts, fact: TargetFact, target: ScaledTarget, ast: FormulaAst | undefined): LintFinding | undefined {
  if (ast === undefined || !isTimes100(ast) || !isIndexOfItself(ast)) return undefined;
  if (target.kind !== 'compare' || (target.op !== '>=' && target.op !== '>') || target.value >= 50) return undefined;
  const fall = 100 - target.value;
  return buildIssue('index_target_low', 'warning', { kind: 'indicator', code: facts.indicator.code, path: fact.path }, {
    it: `L'indicatore "${facts.indicator.code}" è un indice ×100 (100 = invariato) ma il target ${fact.year} è ${target.op} ${number(target.value, 'it')}%: è raggiunto anche dopo un calo del ${number(fall, 'it')}%.`,
    en: `Indicator "${facts.indicator.code}" is an index ×100 (100 = unchanged) but its ${fact.year} target is ${target.op} ${number(target.value, 'en')}%: it is met even after a ${number(fall, 'en')}% fall.`,
  });
}

/** Does the formula already yield percentage points without a `*100` (a lone measure in percent)? */
function formulaInPercent(context: LintContext, ast: FormulaAst): boolean {
  if (ast.kind !== 'measure') return false;
  const measure = ast.ref.by === 'code' ? context.index.measures.get(ast.ref.key) : context.index.measuresByName.get(ast.ref.key);
  return measure?.item.unit === 'percent';
}

function checkPercentMatch(context: LintContext, facts: IndicatorFacts, fact: TargetFact, target: ScaledTarget, ast: FormulaAst | undefined): LintFinding | undefined {
  if (ast === undefined) return undefined;
  const location = { kind: 'indicator' as const, code: facts.indicator.code, path: fact.path };
  const percentTarget = target.unit === 'percent';
  if (isTimes100(ast) && !percentTarget && facts.indicator.unit !== 'percent') {
    return buildIssue('percent_target_missing', 'warning', location, {
      it: `La formula dell'indicatore "${facts.indicator.code}" moltiplica per 100 (dà punti percentuali) ma il target ${fact.year} «${fact.text}» non è una percentuale.`,
      en: `The formula of indicator "${facts.indicator.code}" multiplies by 100 (it yields percentage points) but its ${fact.year} target "${fact.text}" is not a percentage.`,
    });
  }
  if (percentTarget && !isTimes100(ast) && isRatio(ast) && !formulaInPercent(context, ast)) {
    return buildIssue('percent_formula_missing', 'warning', location, {
      it: `Il target ${fact.year} dell'indicatore "${facts.indicator.code}" è una percentuale («${fact.text}») ma la formula dà un rapporto (es. 0,8 per 80%): manca "*100"?`,
      en: `The ${fact.year} target of indicator "${facts.indicator.code}" is a percentage ("${fact.text}") but the formula yields a ratio (e.g. 0.8 for 80%): is "*100" missing?`,
    });
  }
  return undefined;
}

function checkMagnitude(facts: IndicatorFacts, fact: TargetFact, target: ScaledTarget, reference: ReturnType<typeof referenceValue>): LintFinding | undefined {
  const value = targetValue(target);
  if (reference === undefined || value === 0 || reference.value === 0 || Math.sign(value) !== Math.sign(reference.value)) return undefined;
  const factor = value / reference.value;
  if (factor < SCALE_FACTOR && factor > 1 / SCALE_FACTOR) return undefined;
  const near100 = (factor >= 50 && factor <= 200) || (1 / factor >= 50 && 1 / factor <= 200);
  const source = (locale: 'it' | 'en') => reference.source === 'baseline'
    ? (locale === 'it' ? 'il valore di partenza' : 'the baseline')
    : (locale === 'it' ? `il valore ${reference.source}` : `the ${reference.source} value`);
  return buildIssue('target_scale_mismatch', 'warning', { kind: 'indicator', code: facts.indicator.code, path: fact.path }, {
    it: `Il target ${fact.year} dell'indicatore "${facts.indicator.code}" (${number(value, 'it')}) è su una scala diversa da ${source('it')} (${number(reference.value, 'it')})${near100 ? ': differiscono di un fattore 100, forse un rapporto scritto come percentuale o viceversa' : ''}.`,
    en: `The ${fact.year} target of indicator "${facts.indicator.code}" (${number(value, 'en')}) is on another scale than ${source('en')} (${number(reference.value, 'en')})${near100 ? ': they differ by a factor of 100, perhaps a ratio written as a percentage or the reverse' : ''}.`,
  });
}
