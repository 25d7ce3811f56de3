/**
 * The Piano's performance tree: the overview table (area → strategic objective → lower levels), a card
 * per strategic objective (description, budget program, resources, indicators with formula, baseline,
 * target per year and weight) and a card per operational objective with its actions.
 */
import type { Indicator, PlanNode } from '../../core/plan/plan.schema.js';
import { planYears } from '../../core/plan/plan-index.js';
import type { DocumentContext } from '../model/document-input.js';
import { text, type TableRow } from '../model/document-model.js';
import { column, type DocumentBuilder } from '../model/document-builder.js';
import { baselineText, formulaText, numberCell, targetText, unitsText, weightCell } from '../model/document-cells.js';
import { levelLabel, words } from '../model/document-words.js';
import { richTextPlain } from '../model/rich-text.js';
import { budgetRows, codeColumnWidth, dataRow, headerRow, infoRow, labelsRow, maxDepth, sectionRow, titleRow } from '../model/table-rows.js';
import { pianoWords } from './piano-words.js';

function levelName(node: PlanNode, ctx: DocumentContext): string {
  if (node.level === undefined) return '';
  const level = ctx.plan.plan.levels.find((candidate) => candidate.key === node.level);
  return levelLabel(node.level, level?.label, ctx.locale);
}

export function addOverview(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const p = pianoWords(ctx.locale);
  const rows: TableRow[] = [headerRow([w.col.code, w.col.title, w.col.level, w.col.weight, w.col.responsible, p.indicatorsCount])];
  for (const node of ctx.treeNodes) {
    const depth = ctx.depthOf(node.code);
    const cells = [
      text(node.code, { indent: depth, bold: depth === 0 }), text(node.title, { bold: depth === 0 }), text(levelName(node, ctx)),
      weightCell(node.weight, ctx, { kind: 'weight', item: 'node', code: node.code }),
      text(unitsText(node.units.responsible, ctx)),
      numberCell(ctx.indicatorsOf(node.code).length, 0, ctx.locale, { kind: 'count', what: `indicators:${node.code}` }),
    ];
    rows.push(depth === 0 ? sectionRow(cells) : dataRow(cells));
  }
  builder.table('albero', p.overviewCaption, [column('code', codeColumnWidth(ctx, maxDepth(ctx), 'nodes')), column('title', 40), column('level', 16), column('weight', 9, 'right'), column('units', 22), column('count', 12, 'right')], rows);
}

function indicatorRowsAllYears(indicators: Indicator[], years: number[], ctx: DocumentContext, indent = 0): TableRow[] {
  return indicators.map((indicator) => dataRow([
    text(indicator.code, { indent }), text(indicator.name), text(formulaText(indicator, ctx.locale)), text(baselineText(indicator, ctx.locale)),
    ...years.map((year) => text(targetText(indicator, year, ctx.locale))),
    weightCell(indicator.weight, ctx, { kind: 'weight', item: 'indicator', code: indicator.code }),
  ]));
}

function ancestor(node: PlanNode, level: PlanNode['level'], ctx: DocumentContext): PlanNode | undefined {
  let current: PlanNode | undefined = node;
  while (current !== undefined && current.level !== level) current = current.parent ? ctx.index.nodes.get(current.parent)?.item : undefined;
  return current;
}

function strategicCard(builder: DocumentBuilder, node: PlanNode, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const p = pianoWords(ctx.locale);
  const years = planYears(ctx.plan);
  const width = 5 + years.length;
  const area = ancestor(node, 'strategic_area', ctx);
  const rows: TableRow[] = [titleRow(p.strategicCard(node.code, node.title), width)];
  if (area) rows.push(infoRow(p.area, `${area.code} – ${area.title}`, 2, width));
  if (node.description) rows.push(infoRow(w.col.description, richTextPlain(node.description), 2, width));
  if (node.budgetProgram) rows.push(infoRow(w.col.program, w.budgetProgram(node.budgetProgram.mission, node.budgetProgram.program), 2, width));
  rows.push(infoRow(w.col.responsible, unitsText(node.units.responsible, ctx), 2, width));
  if (node.units.involved.length > 0) rows.push(infoRow(w.col.involved, unitsText(node.units.involved, ctx), 2, width));
  rows.push(infoRow(w.col.weight, weightCell(node.weight, ctx, { kind: 'weight', item: 'node', code: node.code }), 2, width));
  const budget = budgetRows(node, years, 'planned', ctx, 4, 1);
  if (budget.length > 0) {
    rows.push(sectionRow([text(p.plannedResources, { bold: true, colSpan: 4 }), ...years.map((year) => text(String(year), { bold: true })), text('')]), ...budget);
  }
  const indicators = ctx.indicatorsOf(node.code);
  const programs = ctx.childrenOf(node.code).filter((child) => child.level === 'program' && ctx.indicatorsOf(child.code).length > 0);
  if (indicators.length > 0 || programs.length > 0) {
    rows.push(labelsRow([w.col.code, w.col.indicator, w.col.formula, w.col.baseline, ...years.map((year) => w.col.target(year)), w.col.weight]));
    rows.push(...indicatorRowsAllYears(indicators, years, ctx));
  } else rows.push(infoRow(p.indicators, p.noIndicators, 2, width));
  for (const program of programs) {
    rows.push(sectionRow([text(program.code, { bold: true }), text(`${levelName(program, ctx)}: ${program.title}`, { bold: true, colSpan: width - 2 }),
      weightCell(program.weight, ctx, { kind: 'weight', item: 'node', code: program.code })]));
    rows.push(...indicatorRowsAllYears(ctx.indicatorsOf(program.code), years, ctx, 1));
  }
  builder.table(`os-${node.code}`, p.strategicCard(node.code, node.title), [
    column('code', codeColumnWidth(ctx, 1)), column('name', 24), column('formula', 22), column('baseline', 12),
    ...years.map((year) => column(`y${year}`, 11)), column('weight', 10, 'right'),
  ], rows);
}

function yearIndicatorRows(indicators: Indicator[], ctx: DocumentContext, indent: number): TableRow[] {
  return indicators.map((indicator) => dataRow([
    text(indicator.code, { indent }), text(indicator.name), text(formulaText(indicator, ctx.locale)),
    text(targetText(indicator, ctx.year, ctx.locale)), weightCell(indicator.weight, ctx, { kind: 'weight', item: 'indicator', code: indicator.code }),
  ]));
}

function operationalCard(builder: DocumentBuilder, node: PlanNode, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const p = pianoWords(ctx.locale);
  const width = 5;
  const parent = ancestor(node, 'strategic_objective', ctx);
  const rows: TableRow[] = [titleRow(p.operationalCard(node.code, node.title), width)];
  if (parent) rows.push(infoRow(p.parentObjective, `${parent.code} – ${parent.title}`, 2, width));
  if (node.description) rows.push(infoRow(w.col.description, richTextPlain(node.description), 2, width));
  rows.push(infoRow(w.col.responsible, unitsText(node.units.responsible, ctx), 2, width));
  rows.push(infoRow(w.col.involved, unitsText(node.units.involved, ctx), 2, width));
  rows.push(infoRow(w.col.weight, weightCell(node.weight, ctx, { kind: 'weight', item: 'node', code: node.code }), 2, width));
  rows.push(labelsRow([w.col.code, w.col.indicator, w.col.formula, w.col.target(ctx.year), w.col.weight]));
  rows.push(...yearIndicatorRows(ctx.indicatorsOf(node.code), ctx, 0));
  for (const child of ctx.childrenOf(node.code)) {
    rows.push(sectionRow([
      text(child.code, { bold: true }), text(`${levelName(child, ctx)}: ${child.title}`, { bold: true, colSpan: 2 }),
      text(unitsText([...child.units.responsible, ...child.units.involved], ctx)),
      weightCell(child.weight, ctx, { kind: 'weight', item: 'node', code: child.code }),
    ]));
    rows.push(...yearIndicatorRows(ctx.indicatorsOf(child.code), ctx, 1));
  }
  builder.table(`oo-${node.code}`, p.operationalCard(node.code, node.title), [
    column('code', codeColumnWidth(ctx, 1)), column('name', 34), column('formula', 28), column('target', 16), column('weight', 10, 'right'),
  ], rows);
}

export function addStrategicCards(builder: DocumentBuilder, ctx: DocumentContext): void {
  for (const node of ctx.nodesOfLevel('strategic_objective')) {
    builder.heading(3, `${node.code} ${node.title}`);
    strategicCard(builder, node, ctx);
  }
}

export function addOperationalCards(builder: DocumentBuilder, ctx: DocumentContext): void {
  for (const node of ctx.nodesOfLevel('operational_objective')) {
    builder.heading(3, `${node.code} ${node.title}`);
    operationalCard(builder, node, ctx);
  }
}

/** Objectives outside the cards (entity objectives, unit objectives, areas' own indicators) with their indicators and targets. */
export function addObjectiveGroup(builder: DocumentBuilder, ctx: DocumentContext, id: string, caption: string, nodes: PlanNode[]): void {
  const w = words(ctx.locale);
  const rows: TableRow[] = [headerRow([w.col.code, w.col.indicator, w.col.formula, w.col.target(ctx.year), w.col.weight])];
  for (const node of nodes) {
    rows.push(sectionRow([text(node.code, { bold: true }), text(node.title, { bold: true, colSpan: 3 }),
      weightCell(node.weight, ctx, { kind: 'weight', item: 'node', code: node.code })]));
    rows.push(...yearIndicatorRows(ctx.indicatorsOf(node.code), ctx, 1));
  }
  builder.table(id, caption, [
    column('code', codeColumnWidth(ctx, 1)), column('name', 34), column('formula', 28), column('target', 16), column('weight', 10, 'right'),
  ], rows);
}
