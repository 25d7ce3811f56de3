/**
 * Test support: the value a number cell must show, worked out again from its source — the engine's
 * unrounded score rounded with the policy's rounding, the plan's field, the card result — without
 * going through the document code that produced the cell.
 */
import { linkParts } from '../../core/evaluation/card.schema.js';
import { roundScore, type Rounding } from '../../core/numbers/rounding.js';
import { exactSum } from '../../core/numbers/weighted-mean.js';
import type { DocumentInput } from '../model/document-input.js';
import type { NumberSource } from '../model/document-model.js';

function scoreOf(input: DocumentInput, source: Extract<NumberSource, { kind: 'score' }>): number | null {
  const { scored } = input;
  const list = source.item === 'indicator' ? scored.indicators : source.item === 'node' ? scored.nodes
    : source.item === 'unit' ? scored.units : source.item === 'component' ? scored.entity.components : [scored.entity];
  const item = list.find((candidate) => candidate.code === source.code);
  if (item === undefined) throw new Error(`no ${source.item} ${source.code} in the engine's result`);
  return item.score;
}

function cardRounding(input: DocumentInput): Rounding {
  return input.cardPolicy?.rounding ?? input.policy.rounding;
}

function publishedCard(input: DocumentInput, value: { raw: number | null; adjusted: number | null }): number | null {
  return input.policy.outputs.cards === 'adjusted' ? value.adjusted : value.raw;
}

function cardResult(input: DocumentInput, code: string) {
  const result = input.cardResults?.find((candidate) => candidate.card.code === code);
  if (result === undefined) throw new Error(`no result for card ${code}`);
  return result;
}

function weightOf(input: DocumentInput, source: Extract<NumberSource, { kind: 'weight' }>): number | undefined {
  const { plan, policy } = input;
  const card = (code: string) => (input.cards ?? plan.cards).find((candidate) => candidate.code === code);
  if (source.owner !== undefined && (source.item === 'indicator' || source.item === 'node')) {
    const [cardCode, objectiveCode] = source.owner.split('/');
    const objective = card(cardCode as string)?.objectives.find((candidate) => candidate.code === objectiveCode);
    const links = source.item === 'indicator' ? objective?.indicators : objective?.nodes;
    return links?.map(linkParts).find((link) => link.code === source.code)?.weight;
  }
  switch (source.item) {
    case 'indicator': return plan.indicators.find((indicator) => indicator.code === source.code)?.weight;
    case 'node': return plan.nodes.find((node) => node.code === source.code)?.weight;
    case 'component': return policy.entity.components.find((component) => component.key === source.code)?.weight;
    case 'card_objective': return card(source.owner as string)?.objectives.find((objective) => objective.code === source.code)?.weight;
    case 'card_component': return card(source.owner as string)?.components.find((component) => component.key === source.code)?.weight;
  }
}

function countOf(input: DocumentInput, what: string): number {
  const [kind, key] = what.split(':');
  if (kind === 'indicators') return input.plan.indicators.filter((indicator) => indicator.node === key).length;
  if (kind === 'values') return input.plan.values.filter((value) => value.year === input.scored.year && value.state === key).length;
  throw new Error(`unknown count ${what}`);
}

function staffOf(input: DocumentInput, row: string, column: string): number {
  const staff = input.profile?.staff ?? [];
  const rows = row === 'total' ? staff : staff.filter((candidate) => candidate.category === row);
  const women = exactSum(rows.map((candidate) => candidate.women));
  const men = exactSum(rows.map((candidate) => candidate.men));
  if (column === 'women') return women;
  if (column === 'men') return men;
  if (column === 'total') return women + men;
  return roundScore((women * 100) / (women + men), input.policy.rounding);
}

const budgetOf = (input: DocumentInput, node: string, year: number, field: 'revenue' | 'costs' | 'investments', which: 'planned' | 'actual'): number | undefined =>
  input.plan.nodes.find((candidate) => candidate.code === node)?.budget?.[String(year)]?.[field]?.[which];

/** The published value of a number cell's source, or null when the source has none (then the cell must not exist). */
export function expectedNumber(input: DocumentInput, source: NumberSource): number | null {
  const rounding = input.policy.rounding;
  const round = (value: number | null | undefined, by: Rounding = rounding) => (value === null || value === undefined ? null : roundScore(value, by));
  switch (source.kind) {
    case 'score': return round(scoreOf(input, source));
    case 'indicator_value': {
      const value = input.scored.indicators.find((indicator) => indicator.code === source.code)?.value;
      return typeof value === 'number' ? round(value) : null;
    }
    case 'card_score': return round(publishedCard(input, cardResult(input, source.card)), cardRounding(input));
    case 'card_objective_score': {
      const objective = cardResult(input, source.card).objectives.find((candidate) => candidate.code === source.objective);
      return objective ? round(publishedCard(input, objective), cardRounding(input)) : null;
    }
    case 'card_component_score': {
      const component = cardResult(input, source.card).components.find((candidate) => candidate.key === source.component);
      return component ? round(publishedCard(input, component), cardRounding(input)) : null;
    }
    case 'card_own_indicator': {
      const objective = (input.cards ?? input.plan.cards).find((card) => card.code === source.card)?.objectives.find((candidate) => candidate.code === source.objective);
      return round(objective?.ownIndicators.find((own) => own.code === source.code)?.achievement, cardRounding(input));
    }
    case 'weight': return weightOf(input, source) ?? null;
    case 'budget': return round(budgetOf(input, source.node, source.year, source.field, source.which), { decimals: 2, mode: 'half_up' });
    case 'budget_total': {
      const amounts = source.nodes.map((node) => budgetOf(input, node, source.year, source.field, source.which)).filter((amount): amount is number => amount !== undefined);
      return amounts.length === 0 ? null : round(exactSum(amounts), { decimals: 2, mode: 'half_up' });
    }
    case 'count': return countOf(input, source.what);
    case 'staff': return staffOf(input, source.row, source.column);
  }
}
