/**
 * The Documents page's side of the API: the generated and approved versions, starting a generation
 * job (followed with the import page's `followJob`), approving with an act, and the narrative sections.
 */
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../api/api-client.js';
import type { JobState } from '../import/import-api.js';

export type DocumentKind = 'piano' | 'relazione';
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';
export type DocumentLocale = 'it' | 'en';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['relazione', 'piano'];
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'xlsx'];
export const ACT_KINDS = ['delibera_giunta', 'delibera_consiglio', 'determinazione', 'decreto', 'other'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

export interface Act { kind: ActKind; number: string; date: string }

interface FileFields {
  id: string; planCode: string; kind: DocumentKind; year: number; format: DocumentFormat;
  fileName: string; mediaType: string; sizeBytes: number; sha256: string;
}
export interface GeneratedDocument extends FileFields { locale: DocumentLocale; createdBy: string | null; createdAt: string }
export interface ApprovedDocument extends FileFields { number: number; act: Act; generatedId: string | null; approvedBy: string | null; approvedAt: string }
export interface DocumentList { generated: GeneratedDocument[]; approved: ApprovedDocument[]; abilities: string[] }

export interface GenerateRequest { kind: DocumentKind; format: DocumentFormat; planCode: string; year: number; locale: DocumentLocale }
export interface GeneratedResult { documentId: string; fileName: string; sha256: string; sizeBytes: number }

export interface DocumentSection {
  sectionKey: string; drafted: boolean; proposal: string | null; proposalHash: string | null; userText: string | null;
  baseText: string | null; version: number | null; state: 'proposal' | 'edited' | 'conflict'; updatedBy: string | null; updatedAt: string | null;
}
export interface DocumentTexts { planCode: string; kind: DocumentKind; year: number; sections: DocumentSection[]; abilities: string[] }

const entityPath = (entityCode: string) => `/api/entities/${encodeURIComponent(entityCode)}`;

export function documentListQueryOptions(entityCode: string) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'documents'],
    queryFn: ({ signal }) => apiClient.request<DocumentList>(`${entityPath(entityCode)}/documents`, { signal }),
  });
}

export function startGeneration(entityCode: string, request: GenerateRequest): Promise<JobState> {
  return apiClient.request<JobState>(`${entityPath(entityCode)}/documents/jobs`, { method: 'POST', body: request });
}

export function approveGenerated(entityCode: string, id: string, act: Act): Promise<ApprovedDocument> {
  return apiClient.request<ApprovedDocument>(`${entityPath(entityCode)}/documents/generated/${encodeURIComponent(id)}/approve`, { method: 'POST', body: { act } });
}

export function generatedFileUrl(entityCode: string, id: string): string {
  return `${entityPath(entityCode)}/documents/generated/${encodeURIComponent(id)}/file`;
}

export function approvedFileUrl(entityCode: string, id: string): string {
  return `${entityPath(entityCode)}/documents/approved/${encodeURIComponent(id)}/file`;
}

const textsPath = (entityCode: string, planCode: string, kind: DocumentKind) =>
  `${entityPath(entityCode)}/plans/${encodeURIComponent(planCode)}/documents/${kind}/texts`;

export function documentTextsQueryOptions(entityCode: string, planCode: string, kind: DocumentKind, year: number, locale: DocumentLocale) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'plans', planCode, 'documents', kind, year, locale, 'texts'],
    queryFn: ({ signal }) => apiClient.request<DocumentTexts>(`${textsPath(entityCode, planCode, kind)}?year=${year}&locale=${locale}`, { signal }),
  });
}

export interface TextTarget { entityCode: string; planCode: string; kind: DocumentKind; year: number; locale: DocumentLocale }

export function saveSectionText(target: TextTarget, section: DocumentSection, userText: string, proposalHash: string | null): Promise<DocumentSection> {
  return apiClient.request<DocumentSection>(`${textsPath(target.entityCode, target.planCode, target.kind)}/${encodeURIComponent(section.sectionKey)}`, {
    method: 'PUT',
    body: { year: target.year, locale: target.locale, userText, proposalHash, ...(section.version !== null ? { version: section.version } : {}) },
  });
}

export function removeSectionText(target: TextTarget, section: DocumentSection): Promise<DocumentSection> {
  const query = new URLSearchParams({ year: String(target.year), locale: target.locale, version: String(section.version ?? 0) });
  return apiClient.request<DocumentSection>(`${textsPath(target.entityCode, target.planCode, target.kind)}/${encodeURIComponent(section.sectionKey)}?${query.toString()}`, { method: 'DELETE' });
}
