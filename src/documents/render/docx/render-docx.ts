/**
 * renderDocx: a document model as an editable Word file. Real heading styles, a table of contents
 * field (written with an entry per heading, so it is not empty before it is updated; Word fills in
 * the page numbers when it opens the file, as `updateFields` asks), tables with repeated header rows,
 * page numbers in the footer ("Pagina 3 di 12"), A4 portrait.
 *
 * docx's own page estimator (docx/layout) was tried for the contents' page numbers: it took seconds on
 * small documents and left some numbers blank, so Word's field update does it instead.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocumentModel } from '../../model/document-model.js';
import { words } from '../../model/document-words.js';
import { docxElements } from './docx-blocks.js';
import { DOCX_NUMBERING, DOCX_STYLES, PAGE } from './docx-styles.js';

function footer(model: DocumentModel): Footer {
  const w = words(model.locale);
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: `${model.entity} — ${model.title} · `, size: 16 }),
        new TextRun({ children: [`${w.page} `, PageNumber.CURRENT, ` ${w.pageOf} `, PageNumber.TOTAL_PAGES], size: 16 }),
      ],
    })],
  });
}

export function buildDocxDocument(model: DocumentModel): Document {
  const children: FileChild[] = [];
  let lists = 0;
  for (const block of model.blocks) {
    if (block.kind === 'list' && block.ordered) lists += 1;
    children.push(...docxElements(block, lists));
  }
  return new Document({
    creator: 'Traguardo',
    title: model.title,
    subject: model.entity,
    description: `${model.title} — ${model.entity}`,
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    features: { updateFields: true },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
      },
      footers: { default: footer(model), first: new Footer({ children: [new Paragraph({ children: [] })] }) },
      children,
    }],
  });
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(model));
}
