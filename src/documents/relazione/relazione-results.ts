/**
 * The Relazione's results sections: the entity's organisational performance with its components, the
 * performance of each org unit (with a bar chart), resources planned and actual, and the tree with
 * the status legend (symbol and words for every band, never colour alone).
 */
import { sortedBands } from '../../core/scoring/status-band.js';
import { budgetAmount, budgetTotal, BUDGET_FIELDS, hasBudget } from '../model/budget.js';
import type { DocumentContext } from '../model/document-input.js';
import { text, type LegendItem, type TableRow } from '../model/document-model.js';
import { column, type DocumentBuilder } from '../model/document-builder.js';
import { amountCell, scoreCell, statusCell, weightCell } from '../model/document-cells.js';
import { levelLabel, words } from '../model/document-words.js';
import { formatNumber } from '../../core/numbers/format-number.js';
import { codeColumnWidth, dataRow, headerRow, maxDepth } from '../model/table-rows.js';
import { relazioneWords } from './relazione-words.js';

export function addEntityResults(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const entity = ctx.scored.entity;
  const rows: TableRow[] = [headerRow([w.col.component, w.col.weight, w.col.score, w.col.status])];
  for (const component of entity.components) {
    const definition = ctx.policy.entity.components.find((candidate) => candidate.key === component.key);
    rows.push(dataRow([
      text(component.label[ctx.locale]),
      weightCell(definition?.weight, ctx, { kind: 'weight', item: 'component', code: component.key }),
      scoreCell(component, ctx, { kind: 'score', item: 'component', code: component.code }),
      statusCell(component, ctx),
    ]));
  }
  rows.push({ kind: 'total', cells: [text(r.entityRow, { bold: true, colSpan: 2 }),
    { ...scoreCell(entity, ctx, { kind: 'score', item: 'entity', code: entity.code }), bold: true }, statusCell(entity, ctx)] });
  builder.table('performance-ente', r.entityCaption(ctx.year), [column('component', 46), column('weight', 14, 'right'), column('score', 18, 'right'), column('status', 22)], rows);
}

export function addUnitResults(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const rows: TableRow[] = [headerRow([w.col.code, w.col.unit, w.col.score, w.col.status])];
  // Units without objectives of their own that year have no performance to report.
  for (const unit of ctx.scored.units.filter((candidate) => candidate.state !== 'no_target')) {
    const depth = unitDepth(unit.code, ctx);
    rows.push(dataRow([text(unit.code, { indent: depth }), text(unit.name), scoreCell(unit, ctx, { kind: 'score', item: 'unit', code: unit.code }), statusCell(unit, ctx)]));
  }
  builder.table('performance-unita', r.unitsCaption(ctx.year), [column('code', 16), column('unit', 44), column('score', 18, 'right'), column('status', 22)], rows);
  const bars = ctx.scored.units.filter((unit) => unit.rounded !== null).map((unit) => ({
    label: unit.code, value: unit.rounded as number,
    display: formatNumber(unit.rounded as number, ctx.locale, ctx.policy.rounding.decimals), colour: unit.band?.colour ?? '#5c6f82',
  }));
  if (bars.length > 0) builder.push({ kind: 'bar_chart', title: r.unitsChart, bars, max: Math.max(100, ...bars.map((bar) => bar.value)) });
}

function unitDepth(code: string, ctx: DocumentContext): number {
  let depth = 0;
  let current = ctx.index.orgUnits.get(code)?.item;
  while (current?.parent !== undefined && depth < 10) {
    current = ctx.index.orgUnits.get(current.parent)?.item;
    depth += 1;
  }
  return depth;
}

export function addResourcesActual(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const objectives = ctx.nodesOfLevel('strategic_objective');
  if (!hasBudget(objectives, ctx.year)) {
    builder.paragraph(r.noResources(ctx.year));
    return;
  }
  const rows: TableRow[] = [
    headerRow(['', '']),
    headerRow([w.col.code, w.col.objective, ...BUDGET_FIELDS.flatMap(() => [w.col.plannedShort, w.col.actualShort])]),
  ];
  rows[0]?.cells.push(...BUDGET_FIELDS.map((field) => text(`${w.budget[field]} (€)`, { bold: true, colSpan: 2 })));
  const pair = (field: typeof BUDGET_FIELDS[number], node: string, amountOf: (which: 'planned' | 'actual') => number | undefined) =>
    (['planned', 'actual'] as const).map((which) => amountCell(amountOf(which), ctx, { kind: 'budget', node, year: ctx.year, field, which }));
  for (const node of objectives) {
    rows.push(dataRow([text(node.code), text(node.title), ...BUDGET_FIELDS.flatMap((field) => pair(field, node.code, (which) => budgetAmount(node, ctx.year, field, which)))]));
  }
  const codes = objectives.map((node) => node.code);
  rows.push({ kind: 'total', cells: [text(w.total, { bold: true, colSpan: 2 }), ...BUDGET_FIELDS.flatMap((field) => (['planned', 'actual'] as const).map((which) =>
    amountCell(budgetTotal(objectives, ctx.year, field, which), ctx, { kind: 'budget_total', nodes: codes, year: ctx.year, field, which })))] });
  builder.table('risorse', r.resourcesCaption(ctx.year), [
    column('code', 9), column('title', 25), ...BUDGET_FIELDS.flatMap((field) => [column(`${field}-p`, 11, 'right'), column(`${field}-a`, 11, 'right')]),
  ], rows);
}

/** The legend of the status bands of the policy, and of the states without a score. */
export function statusLegend(ctx: DocumentContext): LegendItem[] {
  const w = words(ctx.locale);
  const bands = sortedBands(ctx.scored.interim ? ctx.policy.bands.interim : ctx.policy.bands.final);
  const items: LegendItem[] = bands.map((band, i) => ({
    key: band.key, symbol: band.symbol, label: band.label[ctx.locale], colour: band.colour,
    description: w.legendRange(band.min, i === 0 ? null : (bands[i - 1] as typeof band).min),
  }));
  items.push({ key: 'suspended', symbol: '⊘', label: w.states.suspended, colour: '#5c6f82', description: w.legendStates.suspended });
  items.push({ key: 'missing', symbol: '○', label: w.states.missing, colour: '#5c6f82', description: w.legendStates.missing });
  return items;
}

export function addTreeResults(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  builder.push({ kind: 'legend', title: w.legendTitle, items: statusLegend(ctx) });
  const rows: TableRow[] = [headerRow([w.col.code, w.col.title, w.col.level, w.col.weight, w.col.score, w.col.status])];
  for (const node of ctx.treeNodes) {
    const depth = ctx.depthOf(node.code);
    const scored = ctx.scoredNodes.get(node.code);
    const level = node.level ? levelLabel(node.level, ctx.plan.plan.levels.find((l) => l.key === node.level)?.label, ctx.locale) : '';
    const cells = [
      text(node.code, { indent: depth, bold: depth === 0 }), text(node.title, { bold: depth === 0 }), text(level),
      weightCell(node.weight, ctx, { kind: 'weight', item: 'node', code: node.code }),
      scored ? scoreCell(scored, ctx, { kind: 'score', item: 'node', code: node.code }) : text('—'),
      statusCell(scored, ctx),
    ];
    rows.push({ kind: depth === 0 ? 'section' : 'data', cells });
  }
  builder.table('albero', r.treeCaption(ctx.year), [column('code', codeColumnWidth(ctx, maxDepth(ctx), 'nodes')), column('title', 36), column('level', 13), column('weight', 9, 'right'), column('score', 13, 'right'), column('status', 22)], rows);
}
