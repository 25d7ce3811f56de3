/**
 * A card objective's achievement: the weighted mean of the plan indicators and nodes it links to and
 * of its own indicators (suspended ones excluded, weights re-normalised), or the achievement given for
 * it when the source carries objective results. The card's tolerance may then lift it to 100.
 */
import { issuePath } from '../plan/plan-issue.js';
import {
  cardRules, explainParts, sameInBoth,
  type CardExplanation, type CardProblem, type ExplainedPart,
} from './card-explanation.js';
import type { CardPolicy } from './card-policy.schema.js';
import { cardProblems } from './card-problems.js';
import { linkParts, type CardLink, type CardObjective, type CardOwnIndicator } from './card.schema.js';
import type { CardSource, LinkedResult, OrganisationalResults } from './card-source.js';
import { applyTolerance, combineParts, type Combination, type CombinationState } from './card-weighting.js';

export interface ObjectiveScore {
  code: string;
  title: string;
  weight: number;
  state: CombinationState;
  raw: number | null;
  adjusted: number | null;
  explanation: CardExplanation;
  problems: CardProblem[];
}

/** State, values and the problem to report of an organisational result used on a card. */
export function linkedPartFields(
  result: LinkedResult, path: string, what: { it: string; en: string },
): Pick<ExplainedPart, 'state' | 'raw' | 'adjusted' | 'problem'> {
  if (result.state === 'error') return { state: 'blocked', raw: null, adjusted: null, problem: cardProblems.resultError(path, what) };
  const problem = result.state === 'missing' ? cardProblems.resultMissing(path, what) : undefined;
  return { state: result.state, raw: result.raw, adjusted: result.adjusted, ...(problem === undefined ? {} : { problem }) };
}

function linkedPart(
  result: LinkedResult | undefined,
  base: Omit<ExplainedPart, 'state' | 'raw' | 'adjusted'>,
  unknown: CardProblem,
  what: { it: string; en: string },
): ExplainedPart {
  if (result === undefined) return { ...base, state: 'blocked', raw: null, adjusted: null, problem: unknown };
  // The card applies its own tolerance: linked items enter with their raw achievement.
  return { ...base, ...linkedPartFields(result, unknown.path, what), adjusted: result.raw };
}

function planLinkParts(objective: CardObjective, position: number, source: OrganisationalResults): ExplainedPart[] {
  const fromLinks = (links: readonly CardLink[], kind: 'indicator' | 'node'): ExplainedPart[] =>
    links.map((link, i) => {
      const { code, weight } = linkParts(link);
      const path = issuePath('objectives', position, kind === 'indicator' ? 'indicators' : 'nodes', i);
      const results = kind === 'indicator' ? source.indicators : source.nodes;
      const unknown = kind === 'indicator' ? cardProblems.unknownIndicator(path, code) : cardProblems.unknownNode(path, code);
      const what = kind === 'indicator'
        ? { it: `l'indicatore ${code}`, en: `indicator ${code}` }
        : { it: `il nodo ${code}`, en: `node ${code}` };
      const rule = kind === 'indicator' ? cardRules.linkedIndicator() : cardRules.linkedNode();
      return linkedPart(results.get(code), { kind, code, label: sameInBoth(code), rule, weight }, unknown, what);
    });
  return [...fromLinks(objective.indicators, 'indicator'), ...fromLinks(objective.nodes, 'node')];
}

function ownIndicatorPart(indicator: CardOwnIndicator, path: string): ExplainedPart {
  const base = {
    kind: 'own_indicator' as const,
    code: indicator.code,
    label: sameInBoth(indicator.name),
    rule: cardRules.ownIndicator(),
    weight: indicator.weight,
    inputs: { target: indicator.target ?? null, justification: indicator.justification ?? null },
  };
  if (indicator.suspended !== undefined) return { ...base, state: 'suspended', raw: null, adjusted: null };
  if (indicator.achievement === undefined) {
    return { ...base, state: 'missing', raw: null, adjusted: null, problem: cardProblems.ownIndicatorNotAssessed(path, indicator.code) };
  }
  return { ...base, state: 'scored', raw: indicator.achievement, adjusted: indicator.achievement };
}

function objectiveParts(objective: CardObjective, position: number, source: CardSource): ExplainedPart[] {
  const path = issuePath('objectives', position);
  if (source.kind === 'objectives') {
    const given = source.objectives.get(objective.code) ?? { state: 'missing', raw: null, adjusted: null };
    const what = { it: `l'obiettivo ${objective.code}`, en: `objective ${objective.code}` };
    return [{
      kind: 'objective_result', code: objective.code, label: sameInBoth(objective.title), rule: cardRules.objectiveResult(),
      ...linkedPartFields(given, path, what), adjusted: given.raw,
    }];
  }
  const own = objective.ownIndicators.map((indicator, i) =>
    ownIndicatorPart(indicator, issuePath('objectives', position, 'ownIndicators', i)));
  return [...planLinkParts(objective, position, source), ...own];
}

/** Problems of a combination that no single part explains. */
export function combinationProblems(combination: Combination, path: string): CardProblem[] {
  if (combination.incompleteReason === 'zero_weights') return [cardProblems.zeroWeights(path)];
  return [];
}

export function scoreObjective(objective: CardObjective, position: number, source: CardSource, policy: CardPolicy): ObjectiveScore {
  const path = issuePath('objectives', position);
  const parts = objectiveParts(objective, position, source);
  const combination = combineParts(parts, policy.missing);
  const { children, problems } = explainParts(parts, combination);
  if (parts.length === 0) problems.push(cardProblems.objectiveWithoutLinks(path, objective.code));
  problems.push(...combinationProblems(combination, path));
  const threshold = policy.tolerance?.appliesTo === 'objectives' ? policy.tolerance.threshold : undefined;
  const adjusted = applyTolerance(combination.adjusted, threshold);
  return {
    code: objective.code,
    title: objective.title,
    weight: objective.weight,
    state: combination.state,
    raw: combination.raw,
    adjusted,
    problems,
    explanation: {
      kind: 'objective', code: objective.code, label: sameInBoth(objective.title), state: combination.state,
      raw: combination.raw, adjusted, rule: cardRules.objective(threshold), children,
    },
  };
}
