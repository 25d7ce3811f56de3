/**
 * The document model: what a Piano or a Relazione says, independent of the file format. Headings,
 * paragraphs, lists, tables with header rows, status legends and page breaks; the DOCX, PDF and XLSX
 * renderers (src/documents/render/) each turn the same model into a file.
 *
 * Every number in a table is a `NumberCell` carrying the rounded value (what the document publishes),
 * its Italian or English display text and where it comes from (`source`), so a test can walk the model
 * and compare each figure with the engine.
 */

export type DocumentLocale = 'it' | 'en';
export type DocumentKind = 'piano' | 'relazione';

export interface TextRun { text: string; bold?: boolean; italic?: boolean }

/** Where a number comes from: the engine's result it publishes, or the plan field it shows. */
export type NumberSource =
  | { kind: 'score'; item: 'indicator' | 'node' | 'unit' | 'entity' | 'component'; code: string }
  | { kind: 'indicator_value'; code: string }
  | { kind: 'card_score'; card: string }
  | { kind: 'card_objective_score'; card: string; objective: string }
  | { kind: 'card_component_score'; card: string; component: string }
  | { kind: 'card_own_indicator'; card: string; objective: string; code: string }
  | { kind: 'weight'; item: 'indicator' | 'node' | 'component' | 'card_objective' | 'card_component'; code: string; owner?: string }
  | { kind: 'budget'; node: string; year: number; field: 'revenue' | 'costs' | 'investments'; which: 'planned' | 'actual' }
  | { kind: 'budget_total'; nodes: string[]; year: number; field: 'revenue' | 'costs' | 'investments'; which: 'planned' | 'actual' }
  | { kind: 'count'; what: string }
  | { kind: 'staff'; row: string; column: string };

/** How a number is displayed (and its spreadsheet format): `decimals` fraction digits. */
export interface NumberCell {
  kind: 'number';
  /** The published value: already rounded as the policy says. */
  value: number;
  display: string;
  decimals: number;
  /** A unit written after the number in text outputs (e.g. %). */
  suffix?: string;
  source: NumberSource;
  bold?: boolean;
  colSpan?: number;
}

export interface TextCell {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Indentation steps (tree levels). */
  indent?: number;
  colSpan?: number;
}

/** A status band shown with its symbol and label (never by colour alone). */
export interface StatusCell {
  kind: 'status';
  /** Band key (raggiunto, …) or an item state (suspended, missing, …). */
  key: string;
  symbol: string;
  label: string;
  colour: string;
  bold?: boolean;
  colSpan?: number;
}

export type TableCell = TextCell | NumberCell | StatusCell;

/** header rows repeat on every page; `section` rows head a group inside the body; `total` rows close it. */
export type RowKind = 'header' | 'section' | 'data' | 'total';

export interface TableRow { kind: RowKind; cells: TableCell[] }

export interface TableColumn {
  key: string;
  /** Relative width. */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface TableBlock {
  kind: 'table';
  /** Unique within the document; the spreadsheet names its sheet after it. */
  id: string;
  /** Caption above the table (and the sheet's title). */
  title: string;
  columns: TableColumn[];
  /** The header rows first (kind `header`), then the body. */
  rows: TableRow[];
}

export interface HeadingBlock { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
export interface ParagraphBlock { kind: 'paragraph'; runs: TextRun[]; style?: 'normal' | 'note' | 'draft' }
export interface ListBlock { kind: 'list'; ordered: boolean; items: TextRun[][] }
export interface LegendItem { key: string; symbol: string; label: string; colour: string; description: string }
export interface LegendBlock { kind: 'legend'; title: string; items: LegendItem[] }
export interface PageBreakBlock { kind: 'page_break' }
export interface TocBlock { kind: 'toc'; title: string }
export interface CoverBlock {
  kind: 'cover';
  entity: string;
  title: string;
  subtitle: string;
  /** Lines under the title: the approving act, the date, the plan referred to. */
  lines: string[];
}
/** A horizontal bar chart (status distribution, unit scores), drawn after the table it summarises. */
export interface BarChartBlock {
  kind: 'bar_chart';
  title: string;
  bars: Array<{ label: string; value: number; display: string; colour: string }>;
  max: number;
}

export type DocumentBlock =
  | HeadingBlock | ParagraphBlock | ListBlock | TableBlock | LegendBlock | PageBreakBlock | TocBlock | CoverBlock | BarChartBlock;

export interface DocumentModel {
  kind: DocumentKind;
  locale: DocumentLocale;
  /** Title for file properties and running footers. */
  title: string;
  entity: string;
  year: number;
  blocks: DocumentBlock[];
}

export const text = (value: string, options: Omit<TextCell, 'kind' | 'text'> = {}): TextCell => ({ kind: 'text', text: value, ...options });

export const paragraph = (value: string | TextRun[], style?: ParagraphBlock['style']): ParagraphBlock =>
  ({ kind: 'paragraph', runs: typeof value === 'string' ? [{ text: value }] : value, ...(style ? { style } : {}) });

/** Every table of a model, in order. */
export function tablesOf(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.kind === 'table');
}

/** Every number cell of a model with the table it is in. */
export function numberCellsOf(model: DocumentModel): Array<{ table: string; cell: NumberCell }> {
  return tablesOf(model).flatMap((table) => table.rows.flatMap((row) =>
    row.cells.filter((cell): cell is NumberCell => cell.kind === 'number').map((cell) => ({ table: table.id, cell }))));
}

/** True when the table's first row already shows its title across the table (the caption would repeat it). */
export function hasTitleRow(table: TableBlock): boolean {
  const first = table.rows[0];
  const cell = first?.cells[0];
  return first?.kind === 'header' && first.cells.length === 1 && cell?.kind === 'text' && cell.text === table.title;
}

/** The text of a cell as a reader sees it. */
export function cellText(cell: TableCell): string {
  if (cell.kind === 'number') return cell.suffix ? `${cell.display}${cell.suffix}` : cell.display;
  if (cell.kind === 'status') return `${cell.symbol} ${cell.label}`;
  return cell.text;
}
