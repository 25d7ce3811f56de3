/**
 * The narrative of a document: per section, the paragraph generated from the data and, once someone
 * edits it, the user's text. Regenerating after the data changed never overwrites an edit:
 * `mergeNarrative` updates untouched sections and returns the edited ones whose generated text
 * changed as conflicts, for a person to resolve.
 */
import { createHash } from 'node:crypto';

export interface NarrativeRecord {
  sectionKey: string;
  /** The paragraph generated from the data when the record was last accepted. */
  generatedText: string;
  /** The user's text (rich text, sanitised on display); absent while the section is untouched. */
  userText?: string;
  /** Hash of `generatedText`: shows whether the data-driven text changed since. */
  generatedHash: string;
}

export interface GeneratedParagraph { sectionKey: string; text: string }

export interface NarrativeConflict {
  sectionKey: string;
  userText: string;
  /** The generated text the user edited. */
  previousGenerated: string;
  /** The generated text now, from the current data. */
  regenerated: string;
  regeneratedHash: string;
}

export interface NarrativeMerge {
  records: NarrativeRecord[];
  conflicts: NarrativeConflict[];
  /** Sections whose generated text was updated (no user text, text changed). */
  updated: string[];
  /** Sections no longer generated whose user text was kept. */
  orphaned: string[];
}

export function hashText(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function narrativeRecord(paragraph: GeneratedParagraph): NarrativeRecord {
  return { sectionKey: paragraph.sectionKey, generatedText: paragraph.text, generatedHash: hashText(paragraph.text) };
}

function mergeOne(existing: NarrativeRecord | undefined, fresh: NarrativeRecord, merge: NarrativeMerge): void {
  if (existing === undefined) {
    merge.records.push(fresh);
    return;
  }
  if (existing.generatedHash === fresh.generatedHash) {
    merge.records.push(existing);
    return;
  }
  if (existing.userText === undefined) {
    merge.records.push(fresh);
    merge.updated.push(fresh.sectionKey);
    return;
  }
  // Edited by a person and the data changed: keep the edit, report the conflict.
  merge.records.push(existing);
  merge.conflicts.push({
    sectionKey: fresh.sectionKey, userText: existing.userText, previousGenerated: existing.generatedText,
    regenerated: fresh.generatedText, regeneratedHash: fresh.generatedHash,
  });
}

/**
 * Merges freshly generated paragraphs into the stored narrative. Untouched sections take the new text;
 * edited sections keep the user's text (a conflict when the generated text changed underneath);
 * new sections are added; sections no longer generated are kept only when they carry user text.
 */
export function mergeNarrative(existing: readonly NarrativeRecord[], regenerated: readonly GeneratedParagraph[]): NarrativeMerge {
  const merge: NarrativeMerge = { records: [], conflicts: [], updated: [], orphaned: [] };
  const byKey = new Map(existing.map((record) => [record.sectionKey, record]));
  const freshKeys = new Set<string>();
  for (const paragraph of regenerated) {
    freshKeys.add(paragraph.sectionKey);
    mergeOne(byKey.get(paragraph.sectionKey), narrativeRecord(paragraph), merge);
  }
  for (const record of existing) {
    if (freshKeys.has(record.sectionKey) || record.userText === undefined) continue;
    merge.records.push(record);
    merge.orphaned.push(record.sectionKey);
  }
  return merge;
}

/**
 * Resolves a conflict: `keep` keeps the user's text and accepts the new generated text as its base
 * (so the conflict does not come back); `replace` drops the user's text for the regenerated one.
 */
export function resolveConflict(record: NarrativeRecord, conflict: NarrativeConflict, choice: 'keep' | 'replace'): NarrativeRecord {
  const base = { sectionKey: record.sectionKey, generatedText: conflict.regenerated, generatedHash: conflict.regeneratedHash };
  return choice === 'keep' && record.userText !== undefined ? { ...base, userText: record.userText } : base;
}
