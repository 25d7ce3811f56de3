/**
 * Scores an evaluation card: each component (entity performance, unit performance, the card's
 * objectives, behaviours), then the final score as their weighted mean, raw and tolerance-adjusted,
 * with the explanation tree and the problems that keep the card incomplete. Pure: data in, data out.
 */
import { roundScore } from '../numbers/rounding.js';
import type { BilingualMessage } from '../plan/plan-issue.js';
import { complexityCoefficient, scoreBehaviours } from './card-behaviours.js';
import { cardRules, explainParts, sameInBoth, type CardExplanation, type CardProblem, type ExplainedPart } from './card-explanation.js';
import { combinationProblems, linkedPartFields, scoreObjective, type ObjectiveScore } from './card-objective.js';
import type { CardPolicy } from './card-policy.schema.js';
import { cardProblems } from './card-problems.js';
import type { CardComponent, CardComponentKey, CardRole, EvaluationCard } from './card.schema.js';
import type { CardSource, LinkedResult } from './card-source.js';
import {
  applyTolerance, combineParts, type Combination, type CombinationState, type PartState, type PartWeighting,
} from './card-weighting.js';

export interface CardIdentity {
  code: string;
  person: { code: string; name: string };
  role: CardRole;
  roleLabel?: string;
  orgUnit?: string;
  year: number;
  evaluator?: { code: string; name?: string };
}

export interface ComponentScore {
  key: CardComponentKey;
  state: CombinationState | PartState;
  raw: number | null;
  adjusted: number | null;
  weight: PartWeighting;
}

export interface CardResult {
  card: CardIdentity;
  /** `suspended` only when every component is suspended. */
  state: CombinationState;
  raw: number | null;
  adjusted: number | null;
  /** The raw and adjusted scores rounded by the policy, for display and publication. */
  rounded: { raw: number | null; adjusted: number | null };
  components: ComponentScore[];
  objectives: ObjectiveScore[];
  complexityCoefficient: number | null;
  problems: CardProblem[];
  explanation: CardExplanation;
}

const componentLabels: Record<CardComponentKey, BilingualMessage> = {
  entity_performance: { it: "Performance organizzativa dell'ente", en: 'Entity performance' },
  unit_performance: { it: "Performance organizzativa dell'unità", en: 'Unit performance' },
  objectives: { it: 'Obiettivi individuali', en: 'Individual objectives' },
  behaviours: { it: 'Comportamenti organizzativi', en: 'Behaviours' },
};

/** The card's components, or the policy's for the role when the card gives none. */
export function cardComponents(card: EvaluationCard, policy: CardPolicy): CardComponent[] {
  return card.components.length > 0 ? card.components : policy.componentWeights[card.role] ?? [];
}

const NO_RESULT: LinkedResult = { state: 'missing', raw: null, adjusted: null };

function valuesOf(fields: Pick<ExplainedPart, 'state' | 'raw' | 'adjusted'>): Pick<CardExplanation, 'state' | 'raw' | 'adjusted'> {
  return { state: fields.state, raw: fields.raw, adjusted: fields.adjusted };
}

/** A sub-result that is incomplete blocks its parent; its own problems travel with it. */
function asPartState(state: CombinationState): PartState {
  return state === 'incomplete' ? 'blocked' : state;
}

function organisationalPart(component: CardComponent, card: EvaluationCard, source: CardSource): ExplainedPart {
  const label = componentLabels[component.key];
  const base = { kind: 'component' as const, code: component.key, label, weight: component.weight };
  if (component.key === 'entity_performance') {
    const what = { it: "la performance organizzativa dell'ente", en: "the entity's organisational performance" };
    const fields = linkedPartFields(source.entity ?? NO_RESULT, 'components', what);
    const child = { kind: 'entity' as const, code: 'entity', label, rule: cardRules.entity(), ...valuesOf(fields), children: [] };
    return { ...base, ...fields, rule: cardRules.entity(), children: [child] };
  }
  if (card.orgUnit === undefined) {
    return { ...base, state: 'blocked', raw: null, adjusted: null, rule: cardRules.unit('—'), problem: cardProblems.unitNotSet('orgUnit') };
  }
  const what = { it: `l'unità organizzativa ${card.orgUnit}`, en: `org unit ${card.orgUnit}` };
  const fields = linkedPartFields(source.units.get(card.orgUnit) ?? NO_RESULT, 'orgUnit', what);
  const child = { kind: 'unit' as const, code: card.orgUnit, label: sameInBoth(card.orgUnit), rule: cardRules.unit(card.orgUnit), ...valuesOf(fields), children: [] };
  return { ...base, ...fields, rule: cardRules.unit(card.orgUnit), children: [child] };
}

function objectivesPart(component: CardComponent, objectives: ObjectiveScore[], policy: CardPolicy): ExplainedPart {
  const parts: ExplainedPart[] = objectives.map((objective) => ({
    kind: 'objective', code: objective.code, label: sameInBoth(objective.title), rule: objective.explanation.rule,
    state: asPartState(objective.state), raw: objective.raw, adjusted: objective.adjusted, weight: objective.weight,
    children: objective.explanation.children, problems: objective.problems,
  }));
  const combination = combineParts(parts, policy.missing);
  const { children, problems } = explainParts(parts, combination);
  if (parts.length === 0) problems.push(cardProblems.noObjectives());
  problems.push(...combinationProblems(combination, 'objectives'));
  return {
    kind: 'component', code: component.key, label: componentLabels.objectives, weight: component.weight,
    rule: cardRules.objectivesComponent(), state: asPartState(combination.state),
    raw: combination.raw, adjusted: combination.adjusted, children, problems,
  };
}

function behavioursPart(component: CardComponent, card: EvaluationCard, policy: CardPolicy): ExplainedPart {
  const score = scoreBehaviours(card, policy);
  return {
    kind: 'component', code: component.key, label: componentLabels.behaviours, weight: component.weight,
    rule: cardRules.behavioursComponent(), state: asPartState(score.state),
    raw: score.raw, adjusted: score.adjusted, children: score.children, problems: score.problems,
  };
}

function componentPart(
  component: CardComponent, card: EvaluationCard, source: CardSource, policy: CardPolicy, objectives: ObjectiveScore[],
): ExplainedPart {
  if (component.key === 'objectives') return objectivesPart(component, objectives, policy);
  if (component.key === 'behaviours') return behavioursPart(component, card, policy);
  return organisationalPart(component, card, source);
}

function identityOf(card: EvaluationCard): CardIdentity {
  const { code, person, role, roleLabel, orgUnit, year, evaluator } = card;
  return {
    code, person, role, year,
    ...(roleLabel === undefined ? {} : { roleLabel }),
    ...(orgUnit === undefined ? {} : { orgUnit }),
    ...(evaluator === undefined ? {} : { evaluator }),
  };
}

function rounded(value: number | null, policy: CardPolicy): number | null {
  return value === null ? null : roundScore(value, policy.rounding);
}

/** The final score, unless the results are for another year than the card. */
function finalOf(combination: Combination, policy: CardPolicy, mismatch: boolean): Pick<CardResult, 'state' | 'raw' | 'adjusted'> {
  if (mismatch) return { state: 'incomplete', raw: null, adjusted: null };
  const threshold = policy.tolerance?.appliesTo === 'final' ? policy.tolerance.threshold : undefined;
  return { state: combination.state, raw: combination.raw, adjusted: applyTolerance(combination.adjusted, threshold) };
}

export function scoreCard(card: EvaluationCard, source: CardSource, policy: CardPolicy): CardResult {
  const components = cardComponents(card, policy);
  const objectives = card.objectives.map((objective, i) => scoreObjective(objective, i, source, policy));
  const parts = components.map((component) => componentPart(component, card, source, policy, objectives));
  const combination = combineParts(parts, policy.missing);
  const { children, problems } = explainParts(parts, combination);
  const mismatch = source.year !== undefined && source.year !== card.year;
  if (mismatch) problems.unshift(cardProblems.yearMismatch(card.year, source.year as number));
  if (components.length === 0) problems.push(cardProblems.noComponents(card.role));
  problems.push(...combinationProblems(combination, 'components'));
  const final = finalOf(combination, policy, mismatch);
  const threshold = policy.tolerance?.appliesTo === 'final' ? policy.tolerance.threshold : undefined;
  return {
    card: identityOf(card),
    ...final,
    rounded: { raw: rounded(final.raw, policy), adjusted: rounded(final.adjusted, policy) },
    components: parts.map((part, i) => ({
      key: part.code as CardComponentKey,
      state: part.state,
      raw: part.raw,
      adjusted: part.adjusted,
      weight: combination.weights[i] as PartWeighting,
    })),
    objectives,
    complexityCoefficient: card.complexity === undefined
      ? null : complexityCoefficient(card.complexity, policy.ratingScale, policy.complexity),
    problems,
    explanation: {
      kind: 'card', code: card.code, label: sameInBoth(`${card.person.name} — ${card.roleLabel ?? card.role} ${card.year}`),
      ...final, rule: cardRules.card(threshold), children,
    },
  };
}
