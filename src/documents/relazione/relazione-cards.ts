/**
 * Managers' objectives in the Relazione: per evaluation card, the components and objectives with their
 * weights, the measured result of each objective, the achievement of each linked indicator and the
 * card's final score, as the card policy rounds them (raw or adjusted as the policy publishes cards).
 */
import type { CardResult } from '../../core/evaluation/card-scoring.js';
import { linkParts, type EvaluationCard } from '../../core/evaluation/card.schema.js';
import type { DocumentContext } from '../model/document-input.js';
import { text, type TableCell, type TableRow } from '../model/document-model.js';
import { column, type DocumentBuilder } from '../model/document-builder.js';
import { cardRounding, roundedCell, scoreCell, weightCell } from '../model/document-cells.js';
import { words } from '../model/document-words.js';
import { codeColumnWidth, dataRow, infoRow, labelsRow, sectionRow, titleRow } from '../model/table-rows.js';
import { roleText } from '../piano/piano-people.js';
import { relazioneWords } from './relazione-words.js';

const WIDTH = 4;

function published(value: { raw: number | null; adjusted: number | null }, ctx: DocumentContext): number | null {
  return ctx.policy.outputs.cards === 'adjusted' ? value.adjusted : value.raw;
}

function linkedRows(card: EvaluationCard, objectiveIndex: number, ctx: DocumentContext): TableRow[] {
  const objective = card.objectives[objectiveIndex];
  if (objective === undefined) return [];
  const rows: TableRow[] = [];
  const owner = `${card.code}/${objective.code}`;
  for (const link of objective.indicators) {
    const { code, weight } = linkParts(link);
    const scored = ctx.scoredIndicators.get(code);
    rows.push(dataRow([text(code, { indent: 1 }), text(scored?.name ?? code),
      weight === undefined ? text('') : weightCell(weight, ctx, { kind: 'weight', item: 'indicator', code, owner }),
      scored ? scoreCell(scored, ctx, { kind: 'score', item: 'indicator', code }) : text('—')]));
  }
  for (const link of objective.nodes) {
    const { code, weight } = linkParts(link);
    const scored = ctx.scoredNodes.get(code);
    rows.push(dataRow([text(code, { indent: 1 }), text(scored?.title ?? code),
      weight === undefined ? text('') : weightCell(weight, ctx, { kind: 'weight', item: 'node', code, owner }),
      scored ? scoreCell(scored, ctx, { kind: 'score', item: 'node', code }) : text('—')]));
  }
  for (const own of objective.ownIndicators) {
    const value = own.suspended ? null : own.achievement ?? null;
    rows.push(dataRow([text(own.code, { indent: 1 }), text(own.name), text(''),
      own.suspended ? text(words(ctx.locale).states.suspended) : roundedCell(value, cardRounding(ctx), ctx, { kind: 'card_own_indicator', card: card.code, objective: objective.code, code: own.code })]));
  }
  return rows;
}

function componentRows(card: EvaluationCard, result: CardResult | undefined, ctx: DocumentContext): TableRow[] {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const components = result?.components ?? card.components.map((component) => ({ key: component.key, raw: null, adjusted: null, weight: { given: component.weight } }));
  if (components.length === 0) return [];
  const rows: TableRow[] = [labelsRow([r.components, '', w.col.weight, w.col.score])];
  for (const component of components) {
    const weight = component.weight.given ?? undefined;
    rows.push(dataRow([text(w.cardComponents[component.key], { colSpan: 2 }),
      weightCell(weight, ctx, { kind: 'weight', item: 'card_component', code: component.key, owner: card.code }),
      roundedCell(published(component, ctx), cardRounding(ctx), ctx, { kind: 'card_component_score', card: card.code, component: component.key })]));
  }
  return rows;
}

function cardTable(builder: DocumentBuilder, card: EvaluationCard, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const result = ctx.cardResults.get(card.code);
  const caption = r.cardCaption(card.person.name, roleText(card, ctx), card.code);
  const rows: TableRow[] = [titleRow(caption, WIDTH)];
  if (card.orgUnit) rows.push(infoRow(w.col.unit, ctx.unitName(card.orgUnit), 2, WIDTH));
  if (card.evaluator) rows.push(infoRow(w.col.evaluator, card.evaluator.name ?? card.evaluator.code, 2, WIDTH));
  rows.push(...componentRows(card, result, ctx));
  rows.push(labelsRow([w.col.code, r.objectivesAndIndicators, w.col.weight, w.col.result]));
  card.objectives.forEach((objective, i) => {
    const score = result?.objectives.find((candidate) => candidate.code === objective.code);
    const scoreCellValue: TableCell = score
      ? { ...roundedCell(published(score, ctx), cardRounding(ctx), ctx, { kind: 'card_objective_score', card: card.code, objective: objective.code }), bold: true }
      : text('—');
    rows.push(sectionRow([text(objective.code, { bold: true }), text(objective.title, { bold: true }),
      weightCell(objective.weight, ctx, { kind: 'weight', item: 'card_objective', code: objective.code, owner: card.code }), scoreCellValue]));
    rows.push(...linkedRows(card, i, ctx));
  });
  const final = result ? published(result, ctx) : null;
  const finalCell: TableCell = result && final !== null
    ? { ...roundedCell(final, cardRounding(ctx), ctx, { kind: 'card_score', card: card.code }), bold: true }
    : text(r.cardNotScored);
  rows.push({ kind: 'total', cells: [text(r.cardFinal, { bold: true, colSpan: 3 }), finalCell] });
  builder.table(`scheda-${card.code}`, caption, [column('code', codeColumnWidth(ctx, 1)), column('title', 52), column('weight', 14, 'right'), column('result', 20, 'right')], rows);
}

export function addManagerCards(builder: DocumentBuilder, ctx: DocumentContext): void {
  if (ctx.cards.some((card) => !ctx.cardResults.has(card.code))) builder.paragraph(relazioneWords(ctx.locale).noCardResults, 'note');
  for (const card of ctx.cards) {
    builder.heading(2, `${card.person.name} – ${roleText(card, ctx)}`);
    cardTable(builder, card, ctx);
  }
}
