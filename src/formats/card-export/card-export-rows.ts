/**
 * Indicator rows of a card table read into their parts: the indicator cell, the formula cell, the
 * value ("Valore 2020") cell and one target per year. An indicator printed one cell per line (no
 * tabs) is first put back into a row.
 */
import type { IndicatorUnit } from '../../core/plan/plan.schema.js';
import {
  normalizeTarget, parseFormulaCell, parseIndicatorCell, parseValueCell,
  type FormulaCell, type IndicatorCell,
} from './card-export-cells.js';
import type { RawRow, RawTable } from './card-export-model.js';

export interface ParsedRow {
  line: number;
  indicator: IndicatorCell & { placeholder: boolean };
  formula: FormulaCell;
  value: { value?: number; text?: string; unit?: IndicatorUnit };
  baselineYear?: number;
  targets: Array<{ year: number; text: string }>;
}

const TARGET_LIKE = /^(?:>=|<=|=>|=<|>|<|=|≥|≤|entro\b)/i;
const UNIT_LIKE = /^(?:[+-]?[\d.,]+\s*)?(?:N\.?|%|gg)$/i;
const FORMULA_LIKE = /^\[\s*codice|\s\/\s/i;

/** An indicator printed one cell per line: code and texts, formula, unit, targets, type. */
export function linearRow(table: RawTable): { row: RawRow; firstTargetColumn: number } | null {
  if (table.linear.length === 0) return null;
  const texts: string[] = [];
  let formula = '';
  let value = '';
  const targets: string[] = [];
  for (const { text } of table.linear) {
    if (TARGET_LIKE.test(text) && formula !== '') targets.push(text);
    else if (UNIT_LIKE.test(text) && formula !== '' && value === '') value = text;
    else if (FORMULA_LIKE.test(text) && formula === '') formula = text;
    else texts.push(text);
  }
  const line = table.linear[0]?.line ?? 0;
  return { row: { cells: [texts.join('  '), formula, value, ...targets], bold: [], line }, firstTargetColumn: 3 };
}

const TARGET_YEAR = /^target\s+(\d{4})\s+(.+)$/i;

/** The year written in the target cells of a table whose header has none (`Target 2021 >= 90,00 %`). */
function writtenYear(table: RawTable): number | undefined {
  for (const row of table.rows) {
    for (const cell of row.cells.slice(2)) {
      const match = TARGET_YEAR.exec(cell.trim());
      if (match) return Number(match[1]);
    }
  }
  return undefined;
}

function targetsOf(row: RawRow, table: RawTable, firstTargetColumn: number): ParsedRow['targets'] {
  const targets: ParsedRow['targets'] = [];
  if (table.targetYears.length > 0) {
    table.targetYears.forEach((year, index) => {
      const text = normalizeTarget(row.cells[firstTargetColumn + index] ?? '');
      if (text !== '') targets.push({ year, text });
    });
    return targets;
  }
  const year = writtenYear(table);
  for (const cell of row.cells.slice(2)) {
    const match = TARGET_YEAR.exec(cell.trim());
    if (match) targets.push({ year: Number(match[1]), text: normalizeTarget(match[2] as string) });
    else if (year !== undefined && cell.trim() !== '') targets.push({ year, text: normalizeTarget(cell) });
  }
  return targets;
}

function parseRow(row: RawRow, table: RawTable, firstTargetColumn: number): ParsedRow {
  const hasValueColumn = table.baselineYear !== undefined && firstTargetColumn >= 3;
  return {
    line: row.line,
    indicator: parseIndicatorCell(row.cells[0] ?? '', row.bold[0] ?? []),
    formula: parseFormulaCell(row.cells[1] ?? ''),
    value: hasValueColumn ? parseValueCell(row.cells[2] ?? '') : {},
    ...(table.baselineYear === undefined ? {} : { baselineYear: table.baselineYear }),
    targets: targetsOf(row, table, firstTargetColumn),
  };
}

export function parseTableRows(table: RawTable): ParsedRow[] {
  const rows = table.rows.map((row) => parseRow(row, table, table.firstTargetColumn));
  const linear = linearRow(table);
  if (linear) rows.push(parseRow(linear.row, table, linear.firstTargetColumn));
  return rows;
}
