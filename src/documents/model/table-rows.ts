/** Row helpers shared by the Piano and the Relazione tables. */
import type { DocumentContext } from './document-input.js';
import type { TableCell, TableRow, TextCell } from './document-model.js';
import { text } from './document-model.js';
import { amountCell } from './document-cells.js';
import { BUDGET_FIELDS, budgetAmount, type BudgetWhich } from './budget.js';
import { words } from './document-words.js';
import type { PlanNode } from '../../core/plan/plan.schema.js';

/**
 * Relative width of a code column, wide enough for the plan's longest code plus `indent` levels of
 * indentation, so codes such as `kpiU_CONT_01` or `A.1.1.1` never break across lines.
 */
export function codeColumnWidth(ctx: DocumentContext, indent: number, codes: 'all' | 'nodes' = 'all'): number {
  const lengths = [...ctx.plan.nodes.map((node) => node.code.length), ...(codes === 'all' ? ctx.plan.indicators.map((indicator) => indicator.code.length) : [])];
  const longest = Math.max(4, ...lengths);
  return Math.max(9, Math.ceil(1.3 * longest + 1.5 * indent) + 2);
}

/** The deepest level of the tree (0 = only roots). */
export function maxDepth(ctx: DocumentContext): number {
  return Math.max(0, ...ctx.treeNodes.map((node) => ctx.depthOf(node.code)));
}

export const headerRow = (labels: string[]): TableRow => ({ kind: 'header', cells: labels.map((label) => text(label, { bold: true })) });

/** A header row of one cell across the table (the title of a card table). */
export const titleRow = (title: string, width: number): TableRow => ({ kind: 'header', cells: [text(title, { bold: true, colSpan: width })] });

export const sectionRow = (cells: TableCell[]): TableRow => ({ kind: 'section', cells });

export const labelsRow = (labels: string[]): TableRow => sectionRow(labels.map((label) => text(label, { bold: true })));

export const dataRow = (cells: TableCell[]): TableRow => ({ kind: 'data', cells });

/** A label across `labelSpan` columns and a value across the rest. */
export function infoRow(label: string, value: TableCell | string, labelSpan: number, width: number): TableRow {
  const cell: TableCell = typeof value === 'string' ? text(value) : value;
  const spanned = { ...cell, colSpan: width - labelSpan } as TableCell;
  return dataRow([text(label, { bold: true, colSpan: labelSpan }), spanned]);
}

/** Pads a row with empty cells up to the table width (counting spans). */
export function padCells(cells: TableCell[], width: number): TableCell[] {
  const used = cells.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
  const padding: TextCell[] = Array.from({ length: Math.max(0, width - used) }, () => text(''));
  return [...cells, ...padding];
}

/**
 * Budget rows of a node: one per field with a figure, the amounts of each year in the year columns.
 * `labelSpan` columns hold the label; `trailing` empty columns close the row.
 */
export function budgetRows(node: PlanNode, years: number[], which: BudgetWhich, ctx: DocumentContext, labelSpan: number, trailing: number): TableRow[] {
  const w = words(ctx.locale);
  return BUDGET_FIELDS.filter((field) => years.some((year) => budgetAmount(node, year, field, which) !== undefined))
    .map((field) => dataRow([
      text(`${w.budget[field]} (€)`, { bold: true, colSpan: labelSpan }),
      ...years.map((year) => amountCell(budgetAmount(node, year, field, which), ctx, { kind: 'budget', node: node.code, year, field, which })),
      ...Array.from({ length: trailing }, () => text('')),
    ]));
}
