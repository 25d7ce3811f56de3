/**
 * The narrative sections of each document, in document order: those with a paragraph drafted from the
 * data (`drafted`), and those only a person writes (mission, gender analysis, POLA, context narrative).
 */
import type { DocumentKind } from '../model/document-model.js';
import { PIANO_SECTIONS, RELAZIONE_SECTIONS } from './draft-paragraphs.js';

export interface DocumentSection { sectionKey: string; drafted: boolean }

const ORDER: Record<DocumentKind, readonly string[]> = {
  piano: ['piano.presentation', 'piano.mission', 'piano.context', 'piano.strategy', 'piano.tree', 'piano.individual', 'piano.gender', 'piano.pola'],
  relazione: [
    'relazione.results', 'relazione.context.narrative', 'relazione.context', 'relazione.tree', 'relazione.strategic',
    'relazione.operational', 'relazione.managers', 'relazione.deviations', 'relazione.process',
  ],
};

const DRAFTED: Record<DocumentKind, readonly string[]> = { piano: PIANO_SECTIONS, relazione: RELAZIONE_SECTIONS };

export function documentSections(kind: DocumentKind): DocumentSection[] {
  return ORDER[kind].map((sectionKey) => ({ sectionKey, drafted: DRAFTED[kind].includes(sectionKey) }));
}

export function isDocumentSection(kind: DocumentKind, sectionKey: string): boolean {
  return ORDER[kind].includes(sectionKey);
}
