/**
 * A row of a "KPI Associati" table: `Indicatori testo | Algoritmo | Peso | Stato | Target`.
 */
import { excerpt, type IssueCollector } from './import-warning.js';
import { parseItalianNumber } from './italian-number.js';
import type { RawKpiRow } from './tree-export-structure.js';

export interface KpiRow {
  name: string;
  prose: string;
  weight: number | undefined;
  baseline: { text: string; value?: number } | undefined;
  targetText: string;
  line: number;
}

const NO_VALUE = /^-{2,}$|^n\.?\s*d\.?$/i;

function trimTrailingEmpty(cells: readonly string[]): string[] {
  const result = [...cells];
  while (result.length > 0 && result[result.length - 1] === '') result.pop();
  return result;
}

function readBaseline(text: string, line: number, issues: IssueCollector): KpiRow['baseline'] {
  if (text === '') return undefined;
  if (NO_VALUE.test(text)) return { text };
  const value = parseItalianNumber(text);
  if (value !== null) return { text, value };
  issues.warn('kpi_baseline_not_numeric', { line, column: 4 }, {
    it: `Valore di partenza ("Stato") non numerico, conservato come testo: "${excerpt(text)}".`,
    en: `Baseline ("Stato") is not a number, kept as text: "${excerpt(text)}".`,
  });
  return { text };
}

function readWeight(text: string, line: number, issues: IssueCollector): number | undefined | null {
  if (text === '' || NO_VALUE.test(text)) return undefined;
  const value = parseItalianNumber(text.replace(/%$/, ''));
  if (value !== null && value >= 0) return value;
  issues.error('kpi_weight_invalid', { line, column: 3 }, {
    it: `Peso non valido "${excerpt(text)}": atteso un numero come 20 o 33,33.`,
    en: `Invalid weight "${excerpt(text)}": expected a number such as 20 or 33,33.`,
  });
  return null;
}

/** Reads one table row; null (with an error) when the row does not have the table's five columns. */
export function readKpiRow(row: RawKpiRow, issues: IssueCollector): KpiRow | null {
  const cells = trimTrailingEmpty(row.cells);
  if (cells.length !== 5) {
    issues.error('kpi_row_columns', { line: row.line }, {
      it: `Riga della tabella KPI con ${cells.length} colonne invece di 5 (testo, algoritmo, peso, stato, target): "${excerpt(row.cells.join(' | '))}".`,
      en: `KPI table row with ${cells.length} columns instead of 5 (text, formula, weight, baseline, target): "${excerpt(row.cells.join(' | '))}".`,
    });
    return null;
  }
  const [name, prose, weightText, baselineText, targetText] = cells as [string, string, string, string, string];
  if (name === '') {
    issues.error('kpi_name_missing', { line: row.line, column: 1 }, {
      it: "Riga della tabella KPI senza il testo dell'indicatore.",
      en: 'KPI table row without the indicator text.',
    });
    return null;
  }
  const weight = readWeight(weightText, row.line, issues);
  if (weight === null) return null;
  const baseline = readBaseline(baselineText, row.line, issues);
  return { name, prose, weight, baseline, targetText, line: row.line };
}
