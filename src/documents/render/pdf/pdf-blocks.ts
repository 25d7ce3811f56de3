/**
 * Document blocks as pdfmake content: headings in the table of contents, tables with header rows
 * repeated on each page and rows kept whole, status cells with coloured symbol and words, the legend
 * and bar charts drawn as vector rectangles.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type {
  BarChartBlock, CoverBlock, DocumentBlock, LegendBlock, TableBlock, TableCell as ModelCell, TableRow as ModelRow, TextRun,
} from '../../model/document-model.js';
import { hasTitleRow } from '../../model/document-model.js';

/** A4 width minus the side margins, in points. */
export const CONTENT_WIDTH = 595.28 - 2 * 56;
const CELL_PADDING = 8;

export const PDF_COLOURS = { primary: '#0066CC', header: '#D9E8F7', section: '#EEF3F8', total: '#F2F2F2', border: '#B8C4D0' };
const FILL: Partial<Record<ModelRow['kind'], string>> = { header: PDF_COLOURS.header, section: PDF_COLOURS.section, total: PDF_COLOURS.total };

const runs = (items: readonly TextRun[]): Content[] => items.map((run) => ({ text: run.text, bold: run.bold === true, italics: run.italic === true }));

function cellContent(cell: ModelCell, row: ModelRow, align: 'left' | 'right' | 'center'): TableCell {
  const fillColor = FILL[row.kind];
  const base = { ...(fillColor ? { fillColor } : {}), ...(cell.colSpan && cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}) };
  if (cell.kind === 'status') {
    return { ...base, text: [{ text: `${cell.symbol} `, color: cell.colour, bold: true }, { text: cell.label, bold: cell.bold === true }] };
  }
  if (cell.kind === 'number') {
    return { ...base, text: cell.suffix ? cell.display + cell.suffix : cell.display, alignment: 'right', bold: cell.bold === true };
  }
  const indent = cell.indent ? cell.indent * 5 : 0;
  return {
    ...base, text: cell.text, bold: cell.bold === true || row.kind === 'header', italics: cell.italic === true,
    alignment: row.kind === 'header' || (cell.colSpan ?? 1) > 1 ? 'left' : align, ...(indent ? { margin: [indent, 0, 0, 0] } : {}),
  };
}

function tableContent(block: TableBlock): Content {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => Math.max(12, (column.width / total) * CONTENT_WIDTH - CELL_PADDING - 1));
  const body = block.rows.map((row) => {
    const cells: TableCell[] = [];
    let position = 0;
    for (const cell of row.cells) {
      cells.push(cellContent(cell, row, block.columns[position]?.align ?? 'left'));
      const span = cell.colSpan ?? 1;
      for (let k = 1; k < span; k += 1) cells.push({});
      position += span;
    }
    while (cells.length < block.columns.length) cells.push({ text: '' });
    return cells;
  });
  let headerRows = 0;
  while (block.rows[headerRows]?.kind === 'header') headerRows += 1;
  return {
    stack: [
      ...(hasTitleRow(block) ? [] : [{ text: block.title, style: 'caption', headlineLevel: 4 } as Content]),
      {
        table: { headerRows, dontBreakRows: true, keepWithHeaderRows: 1, widths, body },
        layout: { hLineColor: () => PDF_COLOURS.border, vLineColor: () => PDF_COLOURS.border, hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
        fontSize: 7.5,
      },
    ],
    margin: [0, 2, 0, 8],
  };
}

function cover(block: CoverBlock): Content {
  return {
    stack: [
      { text: block.entity, style: 'coverEntity' },
      { text: block.title, style: 'coverTitle' },
      { text: block.subtitle, style: 'coverSubtitle' },
      ...block.lines.map((line): Content => ({ text: line, style: 'coverLine' })),
    ],
    margin: [0, 160, 0, 0],
  };
}

function legend(block: LegendBlock): Content {
  return {
    stack: [
      { text: block.title, style: 'caption', headlineLevel: 4 },
      ...block.items.map((item): Content => ({
        text: [{ text: `${item.symbol} `, color: item.colour, bold: true }, { text: item.label, bold: true }, { text: ` — ${item.description}` }],
        margin: [0, 0, 0, 2],
      })),
    ],
    margin: [0, 0, 0, 8],
    unbreakable: true,
  };
}

const BAR_WIDTH = 260;

function barChart(block: BarChartBlock): Content {
  const body: TableCell[][] = block.bars.map((bar) => {
    const length = block.max > 0 ? Math.max(bar.value > 0 ? 1 : 0, (bar.value / block.max) * BAR_WIDTH) : 0;
    return [
      { text: bar.label, fontSize: 7.5 },
      { canvas: [{ type: 'rect', x: 0, y: 1.5, w: length, h: 8, color: bar.colour }] },
      { text: bar.display, fontSize: 7.5, alignment: 'right' },
    ];
  });
  return {
    stack: [
      { text: block.title, style: 'caption', headlineLevel: 4 },
      { table: { widths: [130, BAR_WIDTH, 50], body }, layout: 'noBorders' },
    ],
    margin: [0, 2, 0, 8],
    unbreakable: true,
  };
}

/** The pdfmake content of one block. */
export function pdfContent(block: DocumentBlock): Content {
  switch (block.kind) {
    case 'cover': return cover(block);
    case 'toc': return { toc: { title: { text: block.title, style: 'tocTitle' }, numberStyle: { fontSize: 9 } }, pageBreak: 'before' };
    case 'page_break': return { text: '', pageBreak: 'after' };
    case 'heading': return {
      text: block.text, style: `h${block.level}`, tocItem: true, id: block.id, headlineLevel: block.level,
      tocMargin: [(block.level - 1) * 12, 0, 0, 2], tocStyle: block.level === 1 ? { bold: true } : {},
    };
    case 'paragraph': return { text: runs(block.runs), style: block.style === 'note' ? 'note' : 'body' };
    case 'list': return block.ordered
      ? { ol: block.items.map((item) => ({ text: runs(item) })), style: 'body' }
      : { ul: block.items.map((item) => ({ text: runs(item) })), style: 'body' };
    case 'table': return tableContent(block);
    case 'legend': return legend(block);
    case 'bar_chart': return barChart(block);
  }
}
