/**
 * Reader of the objective card export (the layout of the chambers' data-collection application, as in
 * sections 4.1 and 5 of the Massa-Carrara plan, seed 002): strategic and operational objective cards
 * with their indicator rows, and the individual cards. See docs/formats/card-export.md.
 */
import type { ReaderEngine } from '../tree-export/engine-adapter.js';
import { engine as defaultEngine } from '../tree-export/engine.js';
import { byLine, IssueCollector, type ImportResult } from '../tree-export/import-warning.js';
import { checkPlan } from '../tree-export/tree-export-plan.js';
import { buildIndividualCards, linkCards, toEvaluationCards, type IndividualCardDraft } from './card-export-individual.js';
import { buildCardPlan, type CardExportOptions } from './card-export-plan.js';
import { parseCardStructure } from './card-export-structure.js';
import { toCardLines } from './card-export-text.js';

export type { CardExportOptions } from './card-export-plan.js';
export type { IndividualCardDraft } from './card-export-individual.js';

export interface CardExportResult extends ImportResult {
  /** The individual cards as written (also in the plan as evaluation cards, linked to its indicators). */
  cards: IndividualCardDraft[];
}

export function readCardExport(text: string, options: CardExportOptions, engine: ReaderEngine = defaultEngine): CardExportResult {
  const issues = new IssueCollector(options.fileName);
  const doc = parseCardStructure(toCardLines(text), issues);
  const cards = buildIndividualCards(doc.cards, issues);
  const parts = buildCardPlan(doc, cards, options, issues, engine);
  let plan: ImportResult['plan'] = null;
  if (parts !== null) {
    linkCards(cards, parts.indicators);
    parts.input.cards = toEvaluationCards(cards.map((card) => card.draft), parts.years.first);
    if (issues.errors.length === 0) plan = checkPlan(parts.input, parts.lines, issues);
  }
  return {
    plan: issues.errors.length > 0 ? null : plan,
    cards: cards.map((card) => card.draft),
    warnings: byLine(issues.warnings),
    errors: byLine(issues.errors),
  };
}
