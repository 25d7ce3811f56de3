/**
 * renderPdf: a document model as a PDF for publication, through pdfmake. A4 portrait, DejaVu Sans
 * embedded, headings listed in the table of contents with their pages, page numbers in the footer
 * ("Pagina 3 di 12"), no heading or caption left alone at the bottom of a page. pdfmake may read
 * only the font files and no URL.
 */
import pdfmakeModule from 'pdfmake';
import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentModel } from '../../model/document-model.js';
import { words } from '../../model/document-words.js';
import { pdfContent, PDF_COLOURS } from './pdf-blocks.js';
import { dejavuFontFiles, PDF_FONT } from './pdf-fonts.js';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const pdfmake = pdfmakeModule as unknown as PdfMake;

function configure(): void {
  const files = dejavuFontFiles();
  const allowed = new Set(Object.values(files));
  pdfmake.setFonts({ [PDF_FONT]: files });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
}

const STYLES: TDocumentDefinitions['styles'] = {
  body: { margin: [0, 0, 0, 6], lineHeight: 1.2 },
  note: { italics: true, fontSize: 8.5, margin: [0, 0, 0, 6] },
  h1: { fontSize: 15, bold: true, color: PDF_COLOURS.primary, margin: [0, 14, 0, 8] },
  h2: { fontSize: 12.5, bold: true, color: PDF_COLOURS.primary, margin: [0, 10, 0, 6] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
  caption: { fontSize: 8.5, bold: true, color: PDF_COLOURS.primary, margin: [0, 4, 0, 3] },
  tocTitle: { fontSize: 15, bold: true, color: PDF_COLOURS.primary, margin: [0, 0, 0, 10] },
  coverEntity: { fontSize: 16, color: PDF_COLOURS.primary, alignment: 'center', margin: [0, 0, 0, 30] },
  coverTitle: { fontSize: 26, bold: true, alignment: 'center', margin: [0, 0, 0, 14] },
  coverSubtitle: { fontSize: 13, alignment: 'center', margin: [0, 0, 0, 50] },
  coverLine: { fontSize: 10.5, alignment: 'center', margin: [0, 0, 0, 6] },
};

/** Keeps headings and captions with what follows: a headline last on its page moves to the next. */
function pageBreakBefore(node: Node, queries: NodeQueries): boolean {
  return node.headlineLevel !== undefined && node.pageNumbers.length === 1 && queries.getFollowingNodesOnPage().length === 0;
}

export function buildPdfDefinition(model: DocumentModel): TDocumentDefinitions {
  const w = words(model.locale);
  const content: Content[] = model.blocks.map(pdfContent);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [56, 56, 56, 60],
    info: { title: model.title, author: model.entity, subject: model.title, creator: 'Traguardo', producer: 'Traguardo (pdfmake)' },
    defaultStyle: { font: PDF_FONT, fontSize: 9.5 },
    styles: STYLES,
    content,
    pageBreakBefore,
    footer: (current: number, count: number) => (current === 1 ? null : {
      text: `${model.entity} — ${model.title} · ${w.page} ${current} ${w.pageOf} ${count}`,
      alignment: 'center', fontSize: 7.5, color: '#5c6f82', margin: [56, 24, 56, 0],
    }),
  };
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(buildPdfDefinition(model)).getBuffer();
}
