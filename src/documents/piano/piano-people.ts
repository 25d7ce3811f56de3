/**
 * The Piano's sections about people: the individual objectives annex (one card table per evaluation
 * card, with component and objective weights and the linked indicators' targets), the staff table and
 * the gender analysis (only when staff figures are given).
 */
import type { EvaluationCard } from '../../core/evaluation/card.schema.js';
import { linkParts } from '../../core/evaluation/card.schema.js';
import { exactSum, normalizedQuotient } from '../../core/numbers/weighted-mean.js';
import { roundScore } from '../../core/numbers/rounding.js';
import type { DocumentContext, StaffRow } from '../model/document-input.js';
import { text, type TableRow } from '../model/document-model.js';
import { column, type DocumentBuilder } from '../model/document-builder.js';
import { numberCell, targetText, weightCell } from '../model/document-cells.js';
import { words } from '../model/document-words.js';
import { codeColumnWidth, dataRow, headerRow, infoRow, labelsRow, sectionRow, titleRow } from '../model/table-rows.js';
import { pianoWords } from './piano-words.js';

export function roleText(card: EvaluationCard, ctx: DocumentContext): string {
  return card.roleLabel ?? words(ctx.locale).roles[card.role];
}

function linkedRows(card: EvaluationCard, objectiveIndex: number, ctx: DocumentContext): TableRow[] {
  const objective = card.objectives[objectiveIndex];
  if (objective === undefined) return [];
  const rows: TableRow[] = [];
  for (const link of objective.indicators) {
    const { code, weight } = linkParts(link);
    const indicator = ctx.index.indicators.get(code)?.item;
    rows.push(dataRow([
      text(code, { indent: 1 }), text(indicator?.name ?? code),
      text(indicator ? targetText(indicator, card.year, ctx.locale) : '—'),
      weight === undefined ? text('') : numberCell(weight, 2, ctx.locale, { kind: 'weight', item: 'indicator', code, owner: `${card.code}/${objective.code}` }),
    ]));
  }
  for (const link of objective.nodes) {
    const { code } = linkParts(link);
    rows.push(dataRow([text(code, { indent: 1 }), text(ctx.index.nodes.get(code)?.item.title ?? code), text('—'), text('')]));
  }
  for (const own of objective.ownIndicators) {
    rows.push(dataRow([text(own.code, { indent: 1 }), text(own.name), text(own.target ?? '—'), text('')]));
  }
  return rows;
}

function cardTable(builder: DocumentBuilder, card: EvaluationCard, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const p = pianoWords(ctx.locale);
  const width = 4;
  const title = p.cardCaption(card.person.name, roleText(card, ctx), card.code);
  const rows: TableRow[] = [titleRow(title, width)];
  if (card.orgUnit) rows.push(infoRow(w.col.unit, ctx.unitName(card.orgUnit), 2, width));
  if (card.evaluator) rows.push(infoRow(w.col.evaluator, card.evaluator.name ?? card.evaluator.code, 2, width));
  if (card.components.length > 0) {
    rows.push(labelsRow([p.components, '', '', w.col.weight]));
    for (const component of card.components) {
      rows.push(dataRow([text(w.cardComponents[component.key], { colSpan: 3 }),
        weightCell(component.weight, ctx, { kind: 'weight', item: 'card_component', code: component.key, owner: card.code })]));
    }
  }
  rows.push(labelsRow([w.col.code, p.cardObjectives, w.col.target(card.year), w.col.weight]));
  card.objectives.forEach((objective, i) => {
    rows.push(sectionRow([text(objective.code, { bold: true }), text(objective.title, { bold: true, colSpan: 2 }),
      weightCell(objective.weight, ctx, { kind: 'weight', item: 'card_objective', code: objective.code, owner: card.code })]));
    rows.push(...linkedRows(card, i, ctx));
  });
  builder.table(`scheda-${card.code}`, title, [column('code', codeColumnWidth(ctx, 1)), column('title', 50), column('target', 22), column('weight', 10, 'right')], rows);
}

export function addIndividualAnnex(builder: DocumentBuilder, ctx: DocumentContext): void {
  for (const card of ctx.cards) {
    builder.heading(3, `${card.person.name} – ${roleText(card, ctx)}`);
    cardTable(builder, card, ctx);
  }
}

export function addStaffTable(builder: DocumentBuilder, staff: StaffRow[], ctx: DocumentContext, year?: number): void {
  const w = words(ctx.locale);
  const rows: TableRow[] = [headerRow([w.col.category, w.col.women, w.col.men, w.col.total])];
  const count = (value: number, row: string, columnKey: string) => numberCell(value, 0, ctx.locale, { kind: 'staff', row, column: columnKey });
  for (const row of staff) {
    rows.push(dataRow([text(row.category), count(row.women, row.category, 'women'), count(row.men, row.category, 'men'), count(row.women + row.men, row.category, 'total')]));
  }
  const women = exactSum(staff.map((row) => row.women));
  const men = exactSum(staff.map((row) => row.men));
  rows.push({ kind: 'total', cells: [text(w.total, { bold: true }), count(women, 'total', 'women'), count(men, 'total', 'men'), count(women + men, 'total', 'total')] });
  builder.table('personale', pianoWords(ctx.locale).staffCaption(year), [column('category', 40), column('women', 20, 'right'), column('men', 20, 'right'), column('total', 20, 'right')], rows);
}

/** Share of women per category, in percent with the policy's rounding. */
export function womenShare(row: StaffRow): number | null {
  const total = row.women + row.men;
  return total === 0 ? null : normalizedQuotient(row.women * 100, total);
}

export function addGenderTable(builder: DocumentBuilder, staff: StaffRow[], ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const rows: TableRow[] = [headerRow([w.col.category, w.col.women, w.col.total, w.col.womenShare])];
  const all: StaffRow = { category: w.total, women: exactSum(staff.map((row) => row.women)), men: exactSum(staff.map((row) => row.men)) };
  for (const row of [...staff, all]) {
    const share = womenShare(row);
    const key = row === all ? 'total' : row.category;
    rows.push({ kind: row === all ? 'total' : 'data', cells: [
      text(row.category, { bold: row === all }),
      numberCell(row.women, 0, ctx.locale, { kind: 'staff', row: key, column: 'women' }),
      numberCell(row.women + row.men, 0, ctx.locale, { kind: 'staff', row: key, column: 'total' }),
      share === null ? text('—') : numberCell(roundScore(share, ctx.policy.rounding), ctx.policy.rounding.decimals, ctx.locale, { kind: 'staff', row: key, column: 'womenShare' }),
    ] });
  }
  builder.table('genere', pianoWords(ctx.locale).genderCaption, [column('category', 40), column('women', 20, 'right'), column('total', 20, 'right'), column('share', 20, 'right')], rows);
}
