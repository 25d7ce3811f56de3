/**
 * Formulas: they parse (the message gives the character position), every measure they name exists,
 * every parameter they use is set for the plan years, and rollup() is used on nodes with children.
 */
import { referencedMeasures } from '../formula/formula-parser.js';
import { formatMeasureRef } from '../formula/formula-format.js';
import { planYears } from '../plan/plan-index.js';
import { buildIssue } from '../plan/plan-issue.js';
import type { IndicatorFacts, LintContext } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';
import { formulaNodes } from './formula-shape.js';

export const checkFormulas: LintCheck = (context) =>
  context.indicators.flatMap((facts) => checkIndicatorFormula(context, facts));

function checkIndicatorFormula(context: LintContext, facts: IndicatorFacts): LintFinding[] {
  const { indicator, formula } = facts;
  if (formula === undefined || indicator.formula === undefined) return [];
  const location = { kind: 'indicator' as const, code: indicator.code, path: `${facts.path}.formula` };
  if (!formula.ok) {
    return formula.errors.map((error) => buildIssue('formula_syntax', 'error', location, {
      it: `La formula dell'indicatore "${indicator.code}" («${indicator.formula}») non è valida: ${error.message.it}.`,
      en: `The formula of indicator "${indicator.code}" ("${indicator.formula}") is not valid: ${error.message.en}.`,
    }));
  }
  const findings: LintFinding[] = [];
  const unknown = referencedMeasures(formula.value)
    .map(({ ref }) => ref)
    .filter((ref) => !(ref.by === 'code' ? context.index.measures.has(ref.key) : context.index.measuresByName.has(ref.key)));
  const names = [...new Set(unknown.map(formatMeasureRef))];
  if (names.length > 0) {
    findings.push(buildIssue('formula_unknown_measure', 'error', location, {
      it: `La formula dell'indicatore "${indicator.code}" usa misure che non esistono nel piano: ${names.join(', ')}.`,
      en: `The formula of indicator "${indicator.code}" uses measures that do not exist in the plan: ${names.join(', ')}.`,
    }));
  }
  findings.push(...checkParameters(context, facts), ...checkRollup(context, facts));
  return findings;
}

function checkParameters(context: LintContext, facts: IndicatorFacts): LintFinding[] {
  const { indicator } = facts;
  if (!facts.formula?.ok) return [];
  const used = new Set(formulaNodes(facts.formula.value).flatMap((node) => (node.kind === 'parameter' ? [node.name] : [])));
  const years = planYears(context.plan).filter((year) => indicator.firstYear === undefined || year >= indicator.firstYear);
  return [...used].flatMap((name) => {
    const missing = years.filter((year) => indicator.parameters?.[name]?.[String(year)] === undefined);
    if (missing.length === 0) return [];
    return [buildIssue('formula_parameter_missing', 'error', { kind: 'indicator', code: indicator.code, path: `${facts.path}.parameters` }, {
      it: `La formula dell'indicatore "${indicator.code}" usa il parametro $${name}, che non ha un valore per ${missing.join(', ')}.`,
      en: `The formula of indicator "${indicator.code}" uses parameter $${name}, which has no value for ${missing.join(', ')}.`,
    })];
  });
}

function checkRollup(context: LintContext, facts: IndicatorFacts): LintFinding[] {
  const { indicator } = facts;
  if (!facts.formula?.ok || !formulaNodes(facts.formula.value).some((node) => node.kind === 'rollup')) return [];
  if (!context.index.nodes.has(indicator.node) || context.index.childrenOf(indicator.node).length > 0) return [];
  return [buildIssue('rollup_without_children', 'error', { kind: 'indicator', code: indicator.code, path: `${facts.path}.formula` }, {
    it: `L'indicatore "${indicator.code}" usa rollup(), ma il nodo "${indicator.node}" non ha nodi figli di cui fare la media.`,
    en: `Indicator "${indicator.code}" uses rollup(), but node "${indicator.node}" has no child nodes to average.`,
  })];
}
