/**
 * Targets against the scoring rules that will score them: a target ≤ 0 under a ratio rule (the ratio
 * would divide by zero or flip sign, so the policy's rule for such targets applies instead), a linear
 * rule whose target equals the baseline, and an indicator's rule override that does not exist.
 */
import { formatNumber } from '../numbers/format-number.js';
import { buildIssue } from '../plan/plan-issue.js';
import { defaultScoringPolicy, type ScoringPolicy } from '../scoring/policy.schema.js';
import { RULE_KEYS } from '../scoring/rule-outcome.js';
import type { IndicatorFacts, TargetFact } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';

export const checkScoringRules: LintCheck = (context) => {
  const policy = context.policy ?? defaultScoringPolicy(context.plan.entity.code, context.plan.plan.firstYear);
  return context.indicators.flatMap((facts) => [
    ...checkOverride(facts),
    ...facts.targets.flatMap((fact) => checkTargetRule(policy, facts, fact)),
  ]);
};

function checkOverride({ indicator, path }: IndicatorFacts): LintFinding[] {
  const rule = indicator.scoringRule;
  if (rule === undefined || (RULE_KEYS as readonly string[]).includes(rule)) return [];
  return [buildIssue('scoring_rule_unknown', 'error', { kind: 'indicator', code: indicator.code, path: `${path}.scoringRule` }, {
    it: `L'indicatore "${indicator.code}" indica la regola di calcolo "${rule}", che non esiste (ammesse: ${RULE_KEYS.join(', ')}).`,
    en: `Indicator "${indicator.code}" names scoring rule "${rule}", which does not exist (allowed: ${RULE_KEYS.join(', ')}).`,
  })];
}

function ruleFor(policy: ScoringPolicy, facts: IndicatorFacts, op: string): string {
  return facts.indicator.scoringRule ?? (op === '>=' || op === '>' ? policy.rules.atLeast : policy.rules.atMost);
}

function checkTargetRule(policy: ScoringPolicy, facts: IndicatorFacts, fact: TargetFact): LintFinding[] {
  const target = fact.result.ok ? fact.result.target : undefined;
  if (target?.kind !== 'compare' || target.op === '=') return [];
  const rule = ruleFor(policy, facts, target.op);
  const location = { kind: 'indicator' as const, code: facts.indicator.code, path: fact.path };
  const shown = (locale: 'it' | 'en') => `${target.op} ${formatNumber(target.value, locale)}`;
  if (target.value <= 0 && (rule === 'ratio' || rule === 'inverse_ratio' || rule === 'linear_decrease')) {
    const fallback = policy.rules.nonPositiveTarget.mode === 'binary'
      ? { it: 'binaria (100 se il confronto è soddisfatto, altrimenti 0)', en: 'binary (100 when the comparison holds, else 0)' }
      : { it: 'a fascia di tolleranza', en: 'tolerance band' };
    return [buildIssue('ratio_nonpositive_target', 'warning', location, {
      it: `Il target ${fact.year} dell'indicatore "${facts.indicator.code}" è «${shown('it')}»: la regola a rapporto (${rule}) dividerebbe per zero o per un numero negativo, quindi si applica la regola per i target ≤ 0 della politica, ${fallback.it}. Verificare che sia la valutazione voluta.`,
      en: `The ${fact.year} target of indicator "${facts.indicator.code}" is "${shown('en')}": the ratio rule (${rule}) would divide by zero or by a negative number, so the policy's rule for targets <= 0 applies instead, ${fallback.en}. Check that this is the intended scoring.`,
    })];
  }
  const baseline = facts.indicator.baseline?.value;
  if (rule === 'linear_baseline' && typeof baseline === 'number' && baseline === target.value) {
    return [buildIssue('linear_baseline_zero_span', 'error', location, {
      it: `Il target ${fact.year} dell'indicatore "${facts.indicator.code}" coincide con il valore di partenza (${formatNumber(baseline, 'it')}): la regola lineare dal valore di partenza al target dividerebbe per zero.`,
      en: `The ${fact.year} target of indicator "${facts.indicator.code}" equals the baseline (${formatNumber(baseline, 'en')}): the linear rule from baseline to target would divide by zero.`,
    })];
  }
  return [];
}
