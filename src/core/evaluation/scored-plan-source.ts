/**
 * Reads a ScoredPlan (the organisational scoring) as a card source: each indicator's, node's and
 * unit's achievement and the entity's, with the scoring states folded into what a card needs.
 */
import type { ScoredCommon, ScoredPlan } from '../scoring/scored-plan.js';
import type { LinkedResult, OrganisationalResults } from './card-source.js';

const NOT_THERE = { raw: null, adjusted: null };

/**
 * scored and manual → scored; suspended → suspended; missing and no_target → missing (the card
 * policy's rule decides, whatever the organisational policy counted); error and blocked → error.
 */
export function linkedResultOf(item: ScoredCommon): LinkedResult {
  switch (item.state) {
    case 'scored':
    case 'manual':
      return item.achievement === null
        ? { state: 'missing', ...NOT_THERE }
        : { state: 'scored', raw: item.achievement.raw, adjusted: item.achievement.adjusted };
    case 'suspended':
      return { state: 'suspended', ...NOT_THERE };
    case 'missing':
    case 'no_target':
      return { state: 'missing', ...NOT_THERE };
    case 'error':
    case 'blocked':
      return { state: 'error', ...NOT_THERE };
  }
}

function byCode(items: readonly (ScoredCommon & { code: string })[]): Map<string, LinkedResult> {
  const map = new Map<string, LinkedResult>();
  for (const item of items) if (!map.has(item.code)) map.set(item.code, linkedResultOf(item));
  return map;
}

export function cardSourceFromScoredPlan(scored: ScoredPlan): OrganisationalResults {
  return {
    kind: 'organisational',
    year: scored.year,
    indicators: byCode(scored.indicators),
    nodes: byCode(scored.nodes),
    units: byCode(scored.units),
    entity: linkedResultOf(scored.entity),
  };
}
