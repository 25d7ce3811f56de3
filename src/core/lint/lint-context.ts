/**
 * Everything the lint checks share, prepared once: the plan's index, each indicator's parsed formula
 * and parsed targets per year (in year order), the policy, and the measured values by measure.
 */
import type { FormulaAst, ParseResult } from '../formula/formula-ast.js';
import { parseFormula } from '../formula/formula-parser.js';
import { buildPlanIndex, type PlanIndex } from '../plan/plan-index.js';
import { issuePath } from '../plan/plan-issue.js';
import type { Indicator, MeasureValue, Plan } from '../plan/plan.schema.js';
import type { ScoringPolicy } from '../scoring/policy.schema.js';
import type { TargetParseResult } from '../target/target-ast.js';
import { parseTarget } from '../target/target-parser.js';

export interface TargetFact {
  year: number;
  text: string;
  /** Field path of the target, e.g. `indicators[3].targets.2026`. */
  path: string;
  result: TargetParseResult;
}

export interface IndicatorFacts {
  indicator: Indicator;
  position: number;
  /** Field path of the indicator, e.g. `indicators[3]`. */
  path: string;
  formula: ParseResult<FormulaAst> | undefined;
  targets: TargetFact[];
}

export interface LintContext {
  plan: Plan;
  index: PlanIndex;
  policy: ScoringPolicy | undefined;
  indicators: IndicatorFacts[];
  /** Final (not period) values that are not rejected, by measure code then year. */
  finalValues: ReadonlyMap<string, ReadonlyMap<number, MeasureValue['value']>>;
}

function indicatorFacts(plan: Plan, indicator: Indicator, position: number): IndicatorFacts {
  const path = issuePath('indicators', position);
  const targets = Object.entries(indicator.targets)
    .map(([key, text]) => ({
      year: Number(key),
      text,
      path: issuePath('indicators', position, 'targets', key),
      result: parseTarget(text, { unit: indicator.unit, planYear: Number(key) }),
    }))
    .sort((a, b) => a.year - b.year);
  const formula = indicator.formula === undefined ? undefined : parseFormula(indicator.formula);
  return { indicator, position, path, formula, targets };
}

const STATE_RANK: Record<MeasureValue['state'], number> = { rejected: 0, draft: 1, submitted: 2, validated: 3 };

/** Per measure and year, the final value in the most advanced state (as the scorer picks it). */
function collectFinalValues(plan: Plan): Map<string, Map<number, MeasureValue['value']>> {
  const chosen = new Map<string, Map<number, MeasureValue>>();
  for (const entry of plan.values) {
    if (entry.period !== undefined || entry.state === 'rejected') continue;
    const byYear = chosen.get(entry.measure) ?? new Map<number, MeasureValue>();
    const holder = byYear.get(entry.year);
    if (holder === undefined || STATE_RANK[entry.state] > STATE_RANK[holder.state]) byYear.set(entry.year, entry);
    chosen.set(entry.measure, byYear);
  }
  return new Map([...chosen].map(([measure, byYear]) => [measure, new Map([...byYear].map(([year, entry]) => [year, entry.value]))]));
}

export function buildLintContext(plan: Plan, policy?: ScoringPolicy): LintContext {
  return {
    plan,
    index: buildPlanIndex(plan),
    policy,
    indicators: plan.indicators.map((indicator, position) => indicatorFacts(plan, indicator, position)),
    finalValues: collectFinalValues(plan),
  };
}

/** The parsed formula, when the indicator has one that parses. */
export function parsedFormula(facts: IndicatorFacts): FormulaAst | undefined {
  return facts.formula?.ok ? facts.formula.value : undefined;
}
