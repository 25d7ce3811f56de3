/** Documents (Piano, Relazione): the generation body, the versions, the narrative sections. */
import { z } from 'zod';
import { actSchema } from '../../../core/plan/plan.schema.js';
import type { DocumentSectionView } from '../../services/document-texts.js';
import type { ApprovedDocumentRow, DocumentSummary, GeneratedDocumentRow } from '../../services/document-versions.js';
import { codeParam, uuidParam, version } from '../common.schema.js';

export const documentKind = z.enum(['piano', 'relazione']);
export const documentFormat = z.enum(['docx', 'pdf', 'xlsx']);
export const documentLocale = z.enum(['it', 'en']);
const year = z.coerce.number().int().min(1990).max(2100);

export const generateBody = z.strictObject({
  kind: documentKind,
  format: documentFormat,
  planCode: codeParam.optional().describe('default: the latest plan covering the year'),
  year: z.number().int().min(1990).max(2100).optional().describe('default: the plan\'s first year (Piano), the latest with final values (Relazione)'),
  locale: documentLocale.default('it'),
});

export const documentIdParams = z.strictObject({ entityCode: codeParam, id: uuidParam });
export const approveDocumentBody = z.strictObject({ act: actSchema });

const fileFields = {
  id: z.string().uuid(), planCode: z.string(), kind: documentKind, year: z.number().int(), format: documentFormat,
  fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), sha256: z.string(),
};

export const generatedDocumentResponse = z.object({
  ...fileFields, locale: documentLocale, createdBy: z.string().nullable(), createdAt: z.string(),
}).meta({ id: 'GeneratedDocument' });

export const approvedDocumentResponse = z.object({
  ...fileFields, number: z.number().int(), act: actSchema, generatedId: z.string().nullable(), approvedBy: z.string().nullable(), approvedAt: z.string(),
}).meta({ id: 'ApprovedDocument' });

export const documentListResponse = z.object({
  generated: z.array(generatedDocumentResponse),
  approved: z.array(approvedDocumentResponse),
  abilities: z.array(z.enum(['document.generate', 'document.write', 'document.approve'])),
});

export function presentGenerated(row: DocumentSummary<GeneratedDocumentRow>): z.infer<typeof generatedDocumentResponse> {
  return {
    id: row.id, planCode: row.planCode, kind: row.kind as 'piano', year: row.year, format: row.format as 'pdf', fileName: row.fileName, mediaType: row.mediaType,
    sizeBytes: row.sizeBytes, sha256: row.sha256, locale: row.locale as 'it', createdBy: row.createdBy, createdAt: row.createdAt.toISOString(),
  };
}

export function presentApproved(row: DocumentSummary<ApprovedDocumentRow>): z.infer<typeof approvedDocumentResponse> {
  return {
    id: row.id, planCode: row.planCode, kind: row.kind as 'piano', year: row.year, format: row.format as 'pdf', fileName: row.fileName, mediaType: row.mediaType,
    sizeBytes: row.sizeBytes, sha256: row.sha256, number: row.number, act: actSchema.parse(row.act), generatedId: row.generatedId,
    approvedBy: row.approvedBy, approvedAt: row.approvedAt.toISOString(),
  };
}

export const textsParams = z.strictObject({ entityCode: codeParam, planCode: codeParam, kind: documentKind });
export const sectionParams = textsParams.extend({ sectionKey: z.string().min(1).max(120) });
export const textsQuery = z.strictObject({ year: year.optional(), locale: documentLocale.default('it') });
export const deleteTextQuery = z.strictObject({ year: year.optional(), locale: documentLocale.default('it'), version: z.coerce.number().int().positive() });

export const saveTextBody = z.strictObject({
  year: z.number().int().min(1990).max(2100).optional(),
  locale: documentLocale.default('it'),
  userText: z.string().max(50_000).describe('Rich text (safe HTML subset: p, br, strong, em, u, ul, ol, li, h3, h4); sanitised'),
  proposalHash: z.string().max(128).nullable().describe('Hash of the proposal the person wrote on (null for sections without one)'),
  version: version.optional().describe('The version of the saved text that was edited; absent for a first save'),
});

export const sectionResponse = z.object({
  sectionKey: z.string(), drafted: z.boolean(), proposal: z.string().nullable(), proposalHash: z.string().nullable(),
  userText: z.string().nullable(), baseText: z.string().nullable(), version: z.number().int().nullable(),
  state: z.enum(['proposal', 'edited', 'conflict']), updatedBy: z.string().nullable(), updatedAt: z.string().nullable(),
}).meta({ id: 'DocumentSection' });

export const textsResponse = z.object({
  planCode: z.string(), kind: documentKind, year: z.number().int(), sections: z.array(sectionResponse),
  abilities: z.array(z.enum(['document.write'])),
});

export type SectionView = DocumentSectionView;
