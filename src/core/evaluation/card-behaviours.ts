/**
 * Behaviours (comportamenti organizzativi) rated on the policy's scale and converted to points, and
 * the complexity coefficient of P.O. and offices built from its four criteria.
 */
import { Decimal } from 'decimal.js';
import { normalizeNumber } from '../numbers/rounding.js';
import { issuePath } from '../plan/plan-issue.js';
import { cardRules, explainParts, sameInBoth, type CardExplanation, type CardProblem, type ExplainedPart } from './card-explanation.js';
import type { CardPolicy, ComplexityPolicy, RatingScale } from './card-policy.schema.js';
import { cardProblems } from './card-problems.js';
import type { CardBehaviour, CardComplexity, EvaluationCard } from './card.schema.js';
import { combineParts, type CombinationState } from './card-weighting.js';

/** A rating converted to points on 0–100, computed in decimals (4 / 5 × 100 is exactly 80). */
export function ratingToScore(rating: number, scale: RatingScale): number {
  const value = scale.conversion === 'proportional'
    ? new Decimal(rating).div(scale.max)
    : new Decimal(rating).minus(scale.min).div(new Decimal(scale.max).minus(scale.min));
  return normalizeNumber(value.times(100).toNumber());
}

export function isRatingOnScale(rating: number, scale: RatingScale): boolean {
  return rating >= scale.min && rating <= scale.max;
}

function behaviourPart(behaviour: CardBehaviour, position: number, card: EvaluationCard, policy: CardPolicy): ExplainedPart {
  const scale = policy.ratingScale;
  const path = issuePath('behaviours', position);
  const definition = policy.behaviours[card.role]?.find((entry) => entry.code === behaviour.code);
  const base = {
    kind: 'behaviour' as const,
    code: behaviour.code,
    label: definition?.label ?? sameInBoth(behaviour.label),
    rule: cardRules.behaviour(scale.min, scale.max, scale.conversion),
    weight: behaviour.weight ?? definition?.weight,
    inputs: { rating: behaviour.rating ?? null, scaleMin: scale.min, scaleMax: scale.max },
  };
  if (behaviour.rating === undefined) {
    return { ...base, state: 'blocked', raw: null, adjusted: null, problem: cardProblems.behaviourNotRated(path, behaviour.code) };
  }
  if (!isRatingOnScale(behaviour.rating, scale)) {
    return {
      ...base, state: 'blocked', raw: null, adjusted: null,
      problem: cardProblems.ratingOutOfScale(path, behaviour.code, behaviour.rating, scale.min, scale.max),
    };
  }
  const points = ratingToScore(behaviour.rating, scale);
  return { ...base, state: 'scored', raw: points, adjusted: points };
}

export interface BehavioursScore {
  state: CombinationState;
  raw: number | null;
  adjusted: number | null;
  children: CardExplanation[];
  problems: CardProblem[];
}

/** The behaviours component: weighted mean of the converted ratings; an unrated behaviour blocks. */
export function scoreBehaviours(card: EvaluationCard, policy: CardPolicy): BehavioursScore {
  const parts = card.behaviours.map((behaviour, i) => behaviourPart(behaviour, i, card, policy));
  const combination = combineParts(parts, policy.missing);
  const { children, problems } = explainParts(parts, combination);
  if (parts.length === 0) problems.push(cardProblems.noBehaviours());
  return { state: combination.state, raw: combination.raw, adjusted: combination.adjusted, children, problems };
}

/**
 * The complexity coefficient: the mean of the four criteria, placed linearly on the rating scale and
 * mapped onto [coefficientMin, coefficientMax]. Ratings outside the scale are clamped to it.
 */
export function complexityCoefficient(complexity: CardComplexity, scale: RatingScale, range: ComplexityPolicy): number {
  const criteria = [complexity.staff, complexity.innovation, complexity.relationships, complexity.effort];
  const clamped = criteria.map((value) => Decimal.min(Decimal.max(value, scale.min), scale.max));
  const mean = Decimal.sum(...clamped).div(criteria.length);
  const position = mean.minus(scale.min).div(new Decimal(scale.max).minus(scale.min));
  const span = new Decimal(range.coefficientMax).minus(range.coefficientMin);
  return normalizeNumber(position.times(span).plus(range.coefficientMin).toNumber());
}
