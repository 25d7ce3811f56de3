/**
 * Evaluation cards in a what-if: each card of the year scored on one organisational result (the card
 * policy is the same on both sides; only the scoring policy changes), its published score chosen by
 * the scoring policy's `outputs.cards` and its status band read off the policy's final bands.
 */
import type { CardPolicy } from '../evaluation/card-policy.schema.js';
import { scoreCard } from '../evaluation/card-scoring.js';
import { cardSourceFromScoredPlan } from '../evaluation/scored-plan-source.js';
import type { EvaluationCard } from '../evaluation/card.schema.js';
import type { ScoringPolicy } from '../scoring/policy.schema.js';
import type { ScoredPlan } from '../scoring/scored-plan.js';
import { bandFor, sortedBands } from '../scoring/status-band.js';
import { bandRefOf, type ItemIdentity, type ScoreSnapshot } from './score-change.js';

export interface CardComparisonItem {
  identity: ItemIdentity;
  snapshot: ScoreSnapshot;
}

/** The cards of the scored year, scored on `scored` under `policy` (which gives outputs and bands). */
export function scoreCardsForComparison(
  cards: readonly EvaluationCard[], scored: ScoredPlan, policy: ScoringPolicy, cardPolicy: CardPolicy,
): CardComparisonItem[] {
  const source = cardSourceFromScoredPlan(scored);
  const bands = sortedBands(policy.bands.final);
  const adjusted = policy.outputs.cards === 'adjusted';
  return cards.filter((card) => card.year === scored.year).map((card) => {
    const result = scoreCard(card, source, cardPolicy);
    const score = adjusted ? result.adjusted : result.raw;
    const rounded = adjusted ? result.rounded.adjusted : result.rounded.raw;
    return {
      identity: { kind: 'card', code: card.code, label: card.person.name, role: card.roleLabel ?? card.role },
      snapshot: { state: result.state, score, rounded, band: bandRefOf(bandFor(score, bands)) },
    };
  });
}
