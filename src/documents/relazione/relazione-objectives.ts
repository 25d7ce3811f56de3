/**
 * The Relazione's objective tables (Lucca's layout): one table per strategic objective with its program
 * description, revenue, costs and investments planned and actual, and every indicator with formula,
 * target of the year, result, achievement and status; one table per operational project with its
 * actions; the entity objectives' results.
 */
import type { Indicator, PlanNode } from '../../core/plan/plan.schema.js';
import { BUDGET_FIELDS, budgetAmount } from '../model/budget.js';
import type { DocumentContext } from '../model/document-input.js';
import { text, type TableCell, type TableColumn, type TableRow } from '../model/document-model.js';
import { column, type DocumentBuilder } from '../model/document-builder.js';
import { amountCell, formulaText, scoreCell, statusCell, targetText, unitsText, valueCell } from '../model/document-cells.js';
import { levelLabel, words } from '../model/document-words.js';
import { richTextPlain } from '../model/rich-text.js';
import { codeColumnWidth, dataRow, infoRow, labelsRow, sectionRow, titleRow } from '../model/table-rows.js';
import { relazioneWords } from './relazione-words.js';

const WIDTH = 7;

function resultColumns(ctx: DocumentContext): TableColumn[] {
  return [column('code', codeColumnWidth(ctx, 1)), column('indicator', 22), column('formula', 17), column('target', 12), column('result', 12, 'right'), column('achievement', 10, 'right'), column('status', 19)];
}

function indicatorRows(indicators: Indicator[], ctx: DocumentContext, indent: number): TableRow[] {
  return indicators.map((indicator) => {
    const scored = ctx.scoredIndicators.get(indicator.code);
    return dataRow([
      text(indicator.code, { indent }), text(indicator.name), text(formulaText(indicator, ctx.locale)),
      text(targetText(indicator, ctx.year, ctx.locale)), valueCell(scored, indicator.unit, ctx),
      scored ? scoreCell(scored, ctx, { kind: 'score', item: 'indicator', code: indicator.code }) : text('—'),
      statusCell(scored, ctx),
    ]);
  });
}

function nodeScoreCells(node: PlanNode, ctx: DocumentContext): TableCell[] {
  const scored = ctx.scoredNodes.get(node.code);
  return [scored ? { ...scoreCell(scored, ctx, { kind: 'score', item: 'node', code: node.code }), bold: true } : text('—'), statusCell(scored, ctx)];
}

function labels(ctx: DocumentContext): TableRow {
  const w = words(ctx.locale);
  return labelsRow([w.col.code, w.col.indicator, w.col.formula, w.col.target(ctx.year), w.col.result, w.col.achievementShort, w.col.status]);
}

function programRows(node: PlanNode, ctx: DocumentContext): TableRow[] {
  const w = words(ctx.locale);
  const rows: TableRow[] = [];
  if (node.budgetProgram) rows.push(infoRow(w.col.program, w.budgetProgram(node.budgetProgram.mission, node.budgetProgram.program), 2, WIDTH));
  if (node.description) rows.push(infoRow(w.col.description, richTextPlain(node.description), 2, WIDTH));
  for (const child of ctx.childrenOf(node.code).filter((candidate) => candidate.level === 'program')) {
    const label = levelLabel('program', ctx.plan.plan.levels.find((level) => level.key === 'program')?.label, ctx.locale);
    const description = child.description ? `: ${richTextPlain(child.description)}` : '';
    rows.push(infoRow(`${label} ${child.code}`, `${child.title}${description}`, 2, WIDTH));
  }
  return rows;
}

function resourceRows(node: PlanNode, ctx: DocumentContext): TableRow[] {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const fields = BUDGET_FIELDS.filter((field) => budgetAmount(node, ctx.year, field, 'planned') !== undefined || budgetAmount(node, ctx.year, field, 'actual') !== undefined);
  if (fields.length === 0) return [];
  const rows: TableRow[] = [sectionRow([
    text(r.resourcesActual, { bold: true, colSpan: 3 }), text(w.col.plannedShort, { bold: true, colSpan: 2 }), text(w.col.actualShort, { bold: true, colSpan: 2 }),
  ])];
  for (const field of fields) {
    rows.push(dataRow([
      text(w.budget[field], { bold: true, colSpan: 3 }),
      { ...amountCell(budgetAmount(node, ctx.year, field, 'planned'), ctx, { kind: 'budget', node: node.code, year: ctx.year, field, which: 'planned' }), colSpan: 2 },
      { ...amountCell(budgetAmount(node, ctx.year, field, 'actual'), ctx, { kind: 'budget', node: node.code, year: ctx.year, field, which: 'actual' }), colSpan: 2 },
    ]));
  }
  return rows;
}

function strategicTable(builder: DocumentBuilder, node: PlanNode, ctx: DocumentContext): void {
  const r = relazioneWords(ctx.locale);
  const w = words(ctx.locale);
  const caption = r.strategicCaption(node.code, node.title);
  const rows: TableRow[] = [titleRow(caption, WIDTH), ...programRows(node, ctx)];
  rows.push(infoRow(w.col.responsible, unitsText(node.units.responsible, ctx), 2, WIDTH));
  rows.push(...resourceRows(node, ctx));
  rows.push(dataRow([text(r.objectiveScore, { bold: true, colSpan: 5 }), ...nodeScoreCells(node, ctx)]));
  const indicators = ctx.indicatorsOf(node.code);
  const programs = ctx.childrenOf(node.code).filter((child) => child.level === 'program' && ctx.indicatorsOf(child.code).length > 0);
  if (indicators.length > 0 || programs.length > 0) rows.push(labels(ctx), ...indicatorRows(indicators, ctx, 0));
  for (const program of programs) rows.push(...groupRows(program, ctx));
  builder.table(`os-${node.code}`, caption, resultColumns(ctx), rows);
}

function operationalTable(builder: DocumentBuilder, node: PlanNode, ctx: DocumentContext): void {
  const r = relazioneWords(ctx.locale);
  const w = words(ctx.locale);
  const caption = r.operationalCaption(node.code, node.title);
  const rows: TableRow[] = [titleRow(caption, WIDTH)];
  let parent = node.parent ? ctx.index.nodes.get(node.parent)?.item : undefined;
  while (parent !== undefined && parent.level !== 'strategic_objective') parent = parent.parent ? ctx.index.nodes.get(parent.parent)?.item : undefined;
  if (parent) rows.push(infoRow(w.levels.strategic_objective, `${parent.code} – ${parent.title}`, 2, WIDTH));
  if (node.description) rows.push(infoRow(w.col.description, richTextPlain(node.description), 2, WIDTH));
  rows.push(infoRow(w.col.responsible, unitsText(node.units.responsible, ctx), 2, WIDTH));
  if (node.units.involved.length > 0) rows.push(infoRow(w.col.involved, unitsText(node.units.involved, ctx), 2, WIDTH));
  rows.push(...resourceRows(node, ctx));
  rows.push(dataRow([text(r.objectiveScore, { bold: true, colSpan: 5 }), ...nodeScoreCells(node, ctx)]));
  rows.push(labels(ctx), ...indicatorRows(ctx.indicatorsOf(node.code), ctx, 0));
  for (const child of ctx.childrenOf(node.code)) rows.push(...groupRows(child, ctx));
  builder.table(`oo-${node.code}`, caption, resultColumns(ctx), rows);
}

export function addStrategicTables(builder: DocumentBuilder, ctx: DocumentContext): void {
  for (const node of ctx.nodesOfLevel('strategic_objective')) {
    builder.heading(2, `${node.code} ${node.title}`);
    strategicTable(builder, node, ctx);
  }
}

export function addOperationalTables(builder: DocumentBuilder, ctx: DocumentContext): void {
  for (const node of ctx.nodesOfLevel('operational_objective')) {
    builder.heading(2, `${node.code} ${node.title}`);
    operationalTable(builder, node, ctx);
  }
}

/** A node as a section row (code, title, score, status) followed by its indicators. */
function groupRows(node: PlanNode, ctx: DocumentContext): TableRow[] {
  return [
    sectionRow([text(node.code, { bold: true }), text(node.title, { bold: true, colSpan: 4 }), ...nodeScoreCells(node, ctx)]),
    ...indicatorRows(ctx.indicatorsOf(node.code), ctx, 1),
  ];
}

/** Objectives outside the strategic/operational cards (entity objectives, unit objectives, areas' own indicators) in one table. */
export function addObjectiveGroup(builder: DocumentBuilder, ctx: DocumentContext, id: string, caption: string, nodes: PlanNode[]): void {
  const rows: TableRow[] = [{ kind: 'header', cells: labels(ctx).cells }];
  for (const node of nodes) rows.push(...groupRows(node, ctx));
  builder.table(id, caption, resultColumns(ctx), rows);
}
