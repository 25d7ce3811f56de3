/** One entry point for the three formats of a document model. */
import type { DocumentModel } from '../model/document-model.js';
import { renderDocx } from './docx/render-docx.js';
import { renderPdf } from './pdf/render-pdf.js';
import { renderXlsx } from './xlsx/render-xlsx.js';

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type DocumentFormat = typeof DOCUMENT_FORMATS[number];

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function renderDocument(model: DocumentModel, format: DocumentFormat): Promise<Buffer> {
  switch (format) {
    case 'docx': return renderDocx(model);
    case 'pdf': return renderPdf(model);
    case 'xlsx': return renderXlsx(model);
  }
}
