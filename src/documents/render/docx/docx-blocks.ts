/**
 * Document blocks as `docx` elements: headings with Word's heading styles (so the table of contents
 * finds them), paragraphs and lists, tables whose header rows repeat on every page, status cells with
 * symbol and words, the legend, and bar charts drawn as text bars (every Word processor shows them).
 */
import {
  AlignmentType, HeadingLevel, Paragraph, ShadingType, Table, TableBorders, TableCell, TableOfContents, TableRow, TextRun, WidthType,
  type FileChild, type ParagraphChild,
} from 'docx';
import type {
  BarChartBlock, CoverBlock, DocumentBlock, LegendBlock, ListBlock, TableBlock, TableCell as ModelCell, TableRow as ModelRow, TextRun as ModelRun,
} from '../../model/document-model.js';
import { hasTitleRow } from '../../model/document-model.js';
import { DOCX_COLOURS, CONTENT_WIDTH_TWIPS } from './docx-styles.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

/** Runs, with line breaks inside a text honoured. */
function runs(items: readonly ModelRun[], size?: number): TextRun[] {
  return items.flatMap((run) => run.text.split('\n').map((part, i) =>
    new TextRun({ text: part, bold: run.bold === true, italics: run.italic === true, ...(i > 0 ? { break: 1 } : {}), ...(size ? { size } : {}) })));
}

function cellChildren(cell: ModelCell, size: number): ParagraphChild[] {
  if (cell.kind === 'status') {
    return [new TextRun({ text: `${cell.symbol} `, color: hex(cell.colour), bold: true, size }), new TextRun({ text: cell.label, size, bold: cell.bold === true })];
  }
  if (cell.kind === 'number') return [new TextRun({ text: cell.suffix ? cell.display + cell.suffix : cell.display, bold: cell.bold === true, size })];
  return runs([{ text: cell.text, bold: cell.bold === true, italic: cell.italic === true }], size);
}

const SHADING: Partial<Record<ModelRow['kind'], string>> = { header: DOCX_COLOURS.header, section: DOCX_COLOURS.section, total: DOCX_COLOURS.total };

function tableCell(cell: ModelCell, row: ModelRow, align: 'left' | 'right' | 'center', width: number): TableCell {
  const fill = SHADING[row.kind];
  const indent = cell.kind === 'text' && cell.indent ? { left: cell.indent * 110 } : undefined;
  const spanned = cell.kind === 'text' && (cell.colSpan ?? 1) > 1;
  const alignment = row.kind === 'header' || spanned ? AlignmentType.LEFT : ALIGN[cell.kind === 'number' ? 'right' : align];
  return new TableCell({
    children: [new Paragraph({ alignment, children: cellChildren(cell, 17), ...(indent ? { indent } : {}), spacing: { before: 20, after: 20 } })],
    width: { size: width, type: WidthType.DXA },
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
  });
}

function tableElement(block: TableBlock): Table {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => Math.round((column.width / total) * CONTENT_WIDTH_TWIPS));
  const rows = block.rows.map((row) => {
    let position = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.colSpan ?? 1;
      const width = widths.slice(position, position + span).reduce((sum, value) => sum + value, 0);
      const align = block.columns[position]?.align ?? 'left';
      position += span;
      return tableCell(cell, row, align, width);
    });
    return new TableRow({ children: cells, tableHeader: row.kind === 'header', cantSplit: true });
  });
  return new Table({ rows, columnWidths: widths, width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA } });
}

function caption(title: string): Paragraph {
  return new Paragraph({ style: 'TableCaption', keepNext: true, children: [new TextRun({ text: title })] });
}

function cover(block: CoverBlock): Paragraph[] {
  return [
    new Paragraph({ style: 'CoverEntity', spacing: { before: 2400 }, children: [new TextRun(block.entity)] }),
    new Paragraph({ style: 'CoverTitle', children: [new TextRun(block.title)] }),
    new Paragraph({ style: 'CoverSubtitle', children: [new TextRun(block.subtitle)] }),
    ...block.lines.map((line) => new Paragraph({ style: 'CoverLine', children: [new TextRun(line)] })),
    new Paragraph({ pageBreakBefore: false, children: [new TextRun({ text: '', break: 1 })] }),
  ];
}

function legend(block: LegendBlock): FileChild[] {
  return [
    new Paragraph({ style: 'TableCaption', keepNext: true, children: [new TextRun(block.title)] }),
    ...block.items.map((item) => new Paragraph({ keepNext: true, spacing: { after: 40 }, children: [
      new TextRun({ text: `${item.symbol} `, bold: true, color: hex(item.colour) }),
      new TextRun({ text: item.label, bold: true }), new TextRun({ text: ` — ${item.description}` }),
    ] })),
  ];
}

const BAR_UNITS = 40;

function barChart(block: BarChartBlock): FileChild[] {
  const rows = block.bars.map((bar) => {
    const length = block.max > 0 ? Math.max(bar.value > 0 ? 1 : 0, Math.round((bar.value / block.max) * BAR_UNITS)) : 0;
    return new TableRow({ cantSplit: true, children: [
      new TableCell({ width: { size: 2600, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: bar.label, size: 17 })] })] }),
      new TableCell({ width: { size: CONTENT_WIDTH_TWIPS - 2600, type: WidthType.DXA }, children: [new Paragraph({ children: [
        new TextRun({ text: '█'.repeat(length), color: hex(bar.colour), size: 17 }), new TextRun({ text: ` ${bar.display}`, size: 17 }),
      ] })] }),
    ] });
  });
  return [caption(block.title), new Table({ rows, borders: TableBorders.NONE, columnWidths: [2600, CONTENT_WIDTH_TWIPS - 2600], width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA } })];
}

function list(block: ListBlock, instance: number): Paragraph[] {
  return block.items.map((item) => new Paragraph({
    children: runs(item),
    ...(block.ordered ? { numbering: { reference: 'ordered-list', level: 0, instance } } : { bullet: { level: 0 } }),
  }));
}

/** The `docx` elements of one block; `listInstance` numbers ordered lists apart. */
export function docxElements(block: DocumentBlock, listInstance: number): FileChild[] {
  switch (block.kind) {
    case 'cover': return cover(block);
    case 'toc': return [
      new Paragraph({ style: 'TocTitle', pageBreakBefore: true, children: [new TextRun(block.title)] }),
      new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-3' }),
    ];
    case 'page_break': return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'heading': return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [new TextRun(block.text)] })];
    case 'paragraph': return [new Paragraph({ children: runs(block.runs), ...(block.style === 'note' ? { style: 'Note' } : {}) })];
    case 'list': return list(block, listInstance);
    case 'table': return [...(hasTitleRow(block) ? [] : [caption(block.title)]), tableElement(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'legend': return legend(block);
    case 'bar_chart': return barChart(block);
  }
}
