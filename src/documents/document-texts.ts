/**
 * The texts file of a document (JSON or YAML): what people write and the data does not hold — the
 * entity's profile (mission, staff by category and sex) and the narrative per section (user text over
 * the drafted paragraph). `traguardo report --texts` reads it; `--write-texts` writes it back with the
 * freshly drafted paragraphs merged in, never overwriting a user's text (conflicts are listed).
 */
import { z } from 'zod';
import { stringify } from 'yaml';
import type { DocumentKind } from './model/document-model.js';
import type { DocumentInput } from './model/document-input.js';
import { draftParagraphs } from './drafting/draft-paragraphs.js';
import { hashText, mergeNarrative, type NarrativeConflict, type NarrativeRecord } from './drafting/narrative.js';

export const DOCUMENT_TEXTS_FORMAT = 'traguardo.document-texts/v1';

const staffRowSchema = z.strictObject({
  category: z.string().min(1).max(200),
  women: z.number().int().nonnegative(),
  men: z.number().int().nonnegative(),
});

export const documentTextsSchema = z.strictObject({
  format: z.literal(DOCUMENT_TEXTS_FORMAT).default(DOCUMENT_TEXTS_FORMAT),
  profile: z.strictObject({
    mission: z.string().max(50_000).optional().describe('Rich text (safe HTML subset)'),
    staffYear: z.number().int().min(1990).max(2100).optional(),
    staff: z.array(staffRowSchema).max(200).optional(),
  }).optional(),
  narrative: z.array(z.strictObject({
    sectionKey: z.string().min(1).max(120),
    userText: z.string().max(50_000).optional().describe('Rich text written by a person; shown instead of the drafted paragraph'),
    generatedText: z.string().max(50_000).optional().describe('The drafted paragraph the user text was written over'),
    generatedHash: z.string().max(128).optional(),
  })).default([]),
});

export type DocumentTexts = z.output<typeof documentTextsSchema>;

/** The narrative records of a texts file (a missing generated text counts as an empty draft). */
export function narrativeOf(texts: DocumentTexts): NarrativeRecord[] {
  return texts.narrative.map((item) => {
    const generatedText = item.generatedText ?? '';
    return {
      sectionKey: item.sectionKey, generatedText, generatedHash: item.generatedHash ?? hashText(generatedText),
      ...(item.userText === undefined ? {} : { userText: item.userText }),
    };
  });
}

/** The texts file with this document's drafted paragraphs merged into its narrative, and the conflicts. */
export function mergeDocumentTexts(texts: DocumentTexts, input: DocumentInput, kind: DocumentKind): { texts: DocumentTexts; conflicts: NarrativeConflict[] } {
  const drafts = draftParagraphs(input, kind);
  const draftOf = new Map(drafts.map((draft) => [draft.sectionKey, draft.text]));
  // A user text written without its base takes the current draft as its base: nothing to compare yet.
  const based = { ...texts, narrative: texts.narrative.map((item) => (item.generatedText === undefined && draftOf.has(item.sectionKey)
    ? { ...item, generatedText: draftOf.get(item.sectionKey) as string, generatedHash: undefined } : item)) };
  const merge = mergeNarrative(narrativeOf(based), drafts);
  return { texts: { ...texts, narrative: merge.records }, conflicts: merge.conflicts };
}

export function writeDocumentTexts(texts: DocumentTexts, fileName: string): string {
  return fileName.endsWith('.json') ? `${JSON.stringify(texts, null, 2)}\n` : stringify(texts, { lineWidth: 0 });
}
