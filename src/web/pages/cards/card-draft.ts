/**
 * The card editor's draft: objectives with their weights (typed as text, Italian or English decimals),
 * linked plan indicators, own indicators, behaviour ratings. `weightSum` is exact in hundredths
 * (33,33 + 33,33 + 33,34 = 100); `draftProblems` locates every problem by field id; `cardOfDraft`
 * turns a valid draft back into the card the API saves.
 */
import type { CardLink, EvaluationCard } from '../../../core/evaluation/card.schema.js';
import { parseDecimal } from './card-format.js';

export interface OwnIndicatorDraft { code: string; name: string; achievement: string; justification: string }
export interface ObjectiveDraft { code: string; title: string; weight: string; indicators: CardLink[]; nodes: CardLink[]; own: OwnIndicatorDraft[] }
export interface CardDraft { objectives: ObjectiveDraft[]; ratings: Record<string, string> }

export type DraftProblem = 'codeMissing' | 'titleMissing' | 'weightInvalid' | 'unmeasured' | 'weightSumError' | 'achievementInvalid';

const text = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', ','));

export function draftOf(card: EvaluationCard): CardDraft {
  return {
    objectives: card.objectives.map((objective) => ({
      code: objective.code, title: objective.title, weight: text(objective.weight), indicators: [...objective.indicators], nodes: [...objective.nodes],
      own: objective.ownIndicators.map((own) => ({ code: own.code, name: own.name, achievement: text(own.achievement), justification: own.justification ?? '' })),
    })),
    ratings: Object.fromEntries(card.behaviours.map((behaviour) => [behaviour.code, text(behaviour.rating)])),
  };
}

function weightOf(text: string): number | null {
  const value = parseDecimal(text);
  return value !== null && value >= 0 && value <= 100 ? value : null;
}

/** The sum of the weights that are numbers, exact to the hundredth. */
export function weightSum(draft: CardDraft): number {
  const cents = draft.objectives.reduce((sum, objective) => sum + Math.round((weightOf(objective.weight) ?? 0) * 100), 0);
  return cents / 100;
}

/** Problems by field id: `objectives.0.weight`, `objectives.weights` (the sum), … */
export function draftProblems(draft: CardDraft): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  const codes = new Set<string>();
  draft.objectives.forEach((objective, i) => {
    const code = objective.code.trim();
    if (code === '' || codes.has(code)) problems[`objectives.${i}.code`] = 'codeMissing';
    codes.add(code);
    if (objective.title.trim() === '') problems[`objectives.${i}.title`] = 'titleMissing';
    if (weightOf(objective.weight) === null) problems[`objectives.${i}.weight`] = 'weightInvalid';
    if (objective.indicators.length === 0 && objective.nodes.length === 0 && objective.own.length === 0) problems[`objectives.${i}.indicators`] = 'unmeasured';
    objective.own.forEach((own, j) => {
      const value = own.achievement.trim() === '' ? 0 : parseDecimal(own.achievement);
      if (value === null || value < 0 || value > 1000) problems[`objectives.${i}.own.${j}.achievement`] = 'achievementInvalid';
    });
  });
  if (draft.objectives.length > 0 && weightSum(draft) !== 100) problems['objectives.weights'] = 'weightSumError';
  return problems;
}

export function cardOfDraft(card: EvaluationCard, draft: CardDraft): EvaluationCard {
  return {
    ...card,
    objectives: draft.objectives.map((objective) => ({
      code: objective.code.trim(), title: objective.title.trim(), weight: weightOf(objective.weight) ?? 0,
      indicators: objective.indicators, nodes: objective.nodes,
      ownIndicators: objective.own.map((own) => {
        const achievement = parseDecimal(own.achievement);
        return {
          code: own.code, name: own.name.trim(),
          ...(achievement !== null ? { achievement } : {}), ...(own.justification.trim() !== '' ? { justification: own.justification.trim() } : {}),
        };
      }),
    })),
    behaviours: card.behaviours.map((behaviour) => {
      const rating = parseDecimal(draft.ratings[behaviour.code] ?? '');
      const { rating: _old, ...rest } = behaviour;
      return rating === null ? rest : { ...rest, rating };
    }),
  };
}
