/**
 * The narrative of a document in the database: per section, the paragraph proposed from the data (drafted
 * now, never stored as such) and, once a person writes over it, their text with the proposal it was
 * written on (`document_texts`). A saved text is shown in the document instead of the proposal; when
 * the data change the proposal, the section is in conflict until the person chooses (keep their text on
 * the new proposal, or go back to the proposal) — nothing is overwritten without that choice. Audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import { documentInputFromPlan } from '../../documents/document-input-from-plan.js';
import { draftParagraphs } from '../../documents/drafting/draft-paragraphs.js';
import { hashText, type NarrativeRecord } from '../../documents/drafting/narrative.js';
import { documentSections, isDocumentSection } from '../../documents/drafting/sections.js';
import type { DocumentInput } from '../../documents/model/document-input.js';
import type { DocumentKind, DocumentLocale } from '../../documents/model/document-model.js';
import { sanitizeRichText } from '../../documents/model/rich-text.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { documentTexts } from '../db/schema.js';
import type { DocumentSource } from './document-source.js';
import { fail, ok, type Result } from './result.js';

export type DocumentTextRow = typeof documentTexts.$inferSelect;

export interface DocumentTextKey { entityId: string; planId: string; kind: DocumentKind; year: number }

/** One section as the editor shows it. */
export interface DocumentSectionView {
  sectionKey: string;
  drafted: boolean;
  /** The paragraph drafted from today's data (null: a section only people write). */
  proposal: string | null;
  proposalHash: string | null;
  /** The person's text, when saved. */
  userText: string | null;
  /** The proposal the person's text was written on. */
  baseText: string | null;
  version: number | null;
  /** `proposal`: nothing saved; `edited`: a saved text on today's proposal; `conflict`: the proposal changed under a saved text. */
  state: 'proposal' | 'edited' | 'conflict';
  updatedBy: string | null;
  updatedAt: string | null;
}

export async function listTextRows(db: Queryable, key: DocumentTextKey): Promise<DocumentTextRow[]> {
  return db.select().from(documentTexts)
    .where(and(eq(documentTexts.planId, key.planId), eq(documentTexts.kind, key.kind), eq(documentTexts.year, key.year)))
    .orderBy(asc(documentTexts.sectionKey));
}

/** The stored texts as the document model's narrative records. */
export function narrativeOfRows(rows: readonly DocumentTextRow[]): NarrativeRecord[] {
  return rows.map((row) => ({ sectionKey: row.sectionKey, userText: row.userText, generatedText: row.generatedText, generatedHash: row.generatedHash }));
}

export function documentInputOf(source: DocumentSource, locale: DocumentLocale, narrative: NarrativeRecord[]): DocumentInput {
  return documentInputFromPlan({
    plan: source.plan, policy: source.policy, year: source.year, locale, cardPolicy: source.cardPolicy, narrative, revisions: source.revisions,
  });
}

/** Today's proposal of every drafted section. */
export function proposalsOf(source: DocumentSource, kind: DocumentKind, locale: DocumentLocale): Map<string, string> {
  return new Map(draftParagraphs(documentInputOf(source, locale, []), kind).map((draft) => [draft.sectionKey, draft.text]));
}

function sectionView(sectionKey: string, drafted: boolean, proposal: string | undefined, row: DocumentTextRow | undefined): DocumentSectionView {
  const proposalHash = proposal === undefined ? null : hashText(proposal);
  const baseHash = proposal === undefined ? hashText('') : proposalHash;
  const state = row === undefined ? 'proposal' : row.generatedHash === baseHash ? 'edited' : 'conflict';
  return {
    sectionKey, drafted, proposal: proposal ?? null, proposalHash, userText: row?.userText ?? null, baseText: row?.generatedText ?? null,
    version: row?.version ?? null, state, updatedBy: row?.updatedBy ?? null, updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function listDocumentSections(db: Db, source: DocumentSource, kind: DocumentKind, locale: DocumentLocale): Promise<DocumentSectionView[]> {
  const key = { entityId: source.planRow.entityId, planId: source.planRow.id, kind, year: source.year };
  const rows = new Map((await listTextRows(db, key)).map((row) => [row.sectionKey, row]));
  const proposals = proposalsOf(source, kind, locale);
  return documentSections(kind).map(({ sectionKey, drafted }) => sectionView(sectionKey, drafted, proposals.get(sectionKey), rows.get(sectionKey)));
}

export type DocumentTextProblem = 'unknown_section' | 'proposal_changed' | 'text_empty' | 'text_not_saved' | 'not_found' | 'version_conflict';

export interface SaveDocumentText {
  sectionKey: string;
  userText: string;
  /** The hash of the proposal the person saw (null for sections without a proposal). */
  proposalHash: string | null;
  /** The version of the saved text the person edited; absent for a first save. */
  version?: number;
  locale: DocumentLocale;
  actor: AuditActor;
}

async function findRow(db: Queryable, key: DocumentTextKey, sectionKey: string): Promise<DocumentTextRow | undefined> {
  const [row] = await db.select().from(documentTexts).where(and(
    eq(documentTexts.planId, key.planId), eq(documentTexts.kind, key.kind), eq(documentTexts.year, key.year), eq(documentTexts.sectionKey, sectionKey),
  )).for('update');
  return row;
}

function versionProblem(row: DocumentTextRow | undefined, version: number | undefined): Result<null, 'version_conflict' | 'text_not_saved'> {
  if (row === undefined) return version === undefined ? ok(null) : fail('text_not_saved', { detail: 'the text was removed meanwhile' });
  if (version !== row.version) return fail('version_conflict', { current: row, detail: `expected version ${version ?? 'none'}, current ${row.version}` });
  return ok(null);
}

/**
 * Saves a person's text over the proposal they saw. The proposal must still be today's (else
 * `proposal_changed`, with the current section, so the person sees both before deciding); the saved
 * text must be the version they edited (else `version_conflict`).
 */
export async function saveDocumentText(db: Db, source: DocumentSource, kind: DocumentKind, input: SaveDocumentText): Promise<Result<DocumentSectionView, DocumentTextProblem>> {
  if (!isDocumentSection(kind, input.sectionKey)) return fail('unknown_section', { detail: input.sectionKey });
  const userText = sanitizeRichText(input.userText).trim();
  if (userText.replace(/<[^>]*>/g, '').trim() === '') return fail('text_empty');
  const proposal = proposalsOf(source, kind, input.locale).get(input.sectionKey);
  const base = proposal ?? '';
  const key = { entityId: source.planRow.entityId, planId: source.planRow.id, kind, year: source.year };
  const drafted = proposal !== undefined;
  if (drafted && input.proposalHash !== hashText(base)) {
    return fail('proposal_changed', { current: sectionView(input.sectionKey, drafted, proposal, await findRow(db, key, input.sectionKey)) });
  }
  return db.transaction(async (tx) => {
    const row = await findRow(tx, key, input.sectionKey);
    const stale = versionProblem(row, input.version);
    if (!stale.ok) return stale.code === 'version_conflict' ? fail('version_conflict', { ...stale, current: sectionView(input.sectionKey, drafted, proposal, row) }) : stale;
    const values = { userText, generatedText: base, generatedHash: hashText(base), updatedBy: input.actor.username, updatedAt: new Date() };
    const [saved] = row === undefined
      ? await tx.insert(documentTexts).values({ ...key, sectionKey: input.sectionKey, ...values }).returning()
      : await tx.update(documentTexts).set({ ...values, version: row.version + 1 }).where(eq(documentTexts.id, row.id)).returning();
    await appendAudit(tx, {
      actor: input.actor, entityId: key.entityId, objectType: 'document_text', objectId: saved!.id, action: row === undefined ? 'create' : 'update',
      before: row ? { sectionKey: row.sectionKey, userText: row.userText, generatedHash: row.generatedHash } : undefined,
      after: { kind, year: key.year, sectionKey: input.sectionKey, userText, generatedHash: saved!.generatedHash },
    });
    return ok(sectionView(input.sectionKey, drafted, proposal, saved));
  });
}

/** Removes a person's text: the section shows the proposal again. */
export async function deleteDocumentText(
  db: Db, source: DocumentSource, kind: DocumentKind, input: { sectionKey: string; version: number; locale: DocumentLocale; actor: AuditActor },
): Promise<Result<DocumentSectionView, DocumentTextProblem>> {
  if (!isDocumentSection(kind, input.sectionKey)) return fail('unknown_section', { detail: input.sectionKey });
  const key = { entityId: source.planRow.entityId, planId: source.planRow.id, kind, year: source.year };
  const proposal = proposalsOf(source, kind, input.locale).get(input.sectionKey);
  return db.transaction(async (tx) => {
    const row = await findRow(tx, key, input.sectionKey);
    if (row === undefined) return fail('text_not_saved', { detail: input.sectionKey });
    const stale = versionProblem(row, input.version);
    if (!stale.ok) return fail('version_conflict', { ...stale, current: sectionView(input.sectionKey, proposal !== undefined, proposal, row) });
    await tx.delete(documentTexts).where(eq(documentTexts.id, row.id));
    await appendAudit(tx, {
      actor: input.actor, entityId: key.entityId, objectType: 'document_text', objectId: row.id, action: 'delete',
      before: { kind, year: key.year, sectionKey: row.sectionKey, userText: row.userText, generatedHash: row.generatedHash },
    });
    return ok(sectionView(input.sectionKey, proposal !== undefined, proposal, undefined));
  });
}
