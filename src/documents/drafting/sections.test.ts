import { describe, expect, it } from 'vitest';
import { PIANO_SECTIONS, RELAZIONE_SECTIONS } from './draft-paragraphs.js';
import { documentSections, isDocumentSection } from './sections.js';

describe('documentSections', () => {
  it('lists every drafted section of each document, marked as drafted', () => {
    expect(documentSections('piano').filter((section) => section.drafted).map((section) => section.sectionKey)).toEqual([...PIANO_SECTIONS]);
    expect(documentSections('relazione').filter((section) => section.drafted).map((section) => section.sectionKey)).toEqual([...RELAZIONE_SECTIONS]);
  });

  it('adds the sections only a person writes, and knows which keys belong to which document', () => {
    expect(documentSections('piano').filter((section) => !section.drafted).map((section) => section.sectionKey)).toEqual(['piano.mission', 'piano.gender', 'piano.pola']);
    expect(isDocumentSection('relazione', 'relazione.context.narrative')).toBe(true);
    expect(isDocumentSection('relazione', 'piano.context')).toBe(false);
  });
});
