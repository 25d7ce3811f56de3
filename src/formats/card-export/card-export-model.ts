/**
 * What the structure pass of the objective card reader produces: areas, objective cards with their
 * fields and indicator rows, and individual cards. Rows split by page breaks are already merged.
 */

export interface RawRow {
  cells: string[];
  bold: string[][];
  line: number;
}

export interface RawTable {
  /** Year of the "Valore 2020" column, when the header gives it. */
  baselineYear?: number;
  /** Years of the target columns, in column order. */
  targetYears: number[];
  /** Index of the first target column (after indicator, formula and, when present, the value column). */
  firstTargetColumn: number;
  rows: RawRow[];
  /** Paragraphs of an indicator printed one cell per line (no tabs), in source order. */
  linear: Array<{ text: string; line: number }>;
}

export interface RawArea { code: string; number: string; title: string; line: number }

export interface RawObjective {
  kind: 'strategic' | 'operational';
  code: string | null;
  title: string;
  line: number;
  /** Area current when the card was read (strategic objectives). */
  area?: string;
  /** Strategic objective current when the card was read (operational objectives). */
  context?: string;
  description?: string;
  program?: string;
  resources?: { year: number; text: string; line: number };
  units: string[];
  tables: RawTable[];
}

export interface RawIndividualObjective {
  code: string | null;
  title: string;
  description?: string;
  weightText?: string;
  line: number;
  tables: RawTable[];
}

export interface RawIndividualCard {
  person: string;
  roleText: string;
  line: number;
  objectives: RawIndividualObjective[];
}

export interface CardDocument {
  areas: RawArea[];
  objectives: RawObjective[];
  cards: RawIndividualCard[];
}

export function emptyTable(): RawTable {
  return { targetYears: [], firstTargetColumn: 2, rows: [], linear: [] };
}
