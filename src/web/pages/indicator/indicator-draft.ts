/**
 * The indicator editor's draft: the fields as the user types them (weight in Italian format), the
 * PATCH of what changed against the version the draft started from, and the fields two versions
 * differ in (for the "someone changed this" dialog).
 */
import { parseItalianNumber } from '../../../core/target/italian-number.js';
import type { IndicatorItem, IndicatorPatch } from './indicator-queries.js';

export interface IndicatorDraft {
  formula: string;
  /** Target text per plan year; '' = no target written for that year. */
  targets: Record<string, string>;
  weight: string;
  /** '' = the policy's rule. */
  scoringRule: string;
}

export type DraftField = 'formula' | 'weight' | 'scoringRule' | `targets.${string}`;

export function formatWeight(weight: number | undefined): string {
  if (weight === undefined) return '';
  return String(weight).replace('.', ',');
}

export function draftOf(indicator: IndicatorItem, years: readonly number[]): IndicatorDraft {
  const targets = Object.fromEntries(years.map((year) => [String(year), indicator.targets?.[String(year)] ?? '']));
  return { formula: indicator.formula ?? '', targets, weight: formatWeight(indicator.weight), scoringRule: indicator.scoringRule ?? '' };
}

/** The weight typed: null when empty (equal weights), undefined when not a non-negative number. */
export function parseWeight(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = parseItalianNumber(trimmed);
  return parsed.ok ? parsed.value : undefined;
}

function draftValue(draft: IndicatorDraft, field: DraftField): string {
  if (field.startsWith('targets.')) return draft.targets[field.slice('targets.'.length)] ?? '';
  return draft[field as 'formula' | 'weight' | 'scoringRule'];
}

/** Fields whose text differs between two drafts (e.g. the base and the user's, or the base and theirs). */
export function changedFields(a: IndicatorDraft, b: IndicatorDraft): DraftField[] {
  const years = [...new Set([...Object.keys(a.targets), ...Object.keys(b.targets)])].sort();
  const fields: DraftField[] = ['formula', ...years.map((year) => `targets.${year}` as DraftField), 'weight', 'scoringRule'];
  return fields.filter((field) => normalised(field, draftValue(a, field)) !== normalised(field, draftValue(b, field)));
}

function normalised(field: DraftField, text: string): string {
  if (field === 'weight') {
    const weight = parseWeight(text);
    return weight === undefined ? `invalid:${text}` : String(weight);
  }
  return text.trim();
}

export function fieldText(draft: IndicatorDraft, field: DraftField): string {
  return draftValue(draft, field);
}

/**
 * The PATCH body (without version) of the user's changes against the base the draft started from.
 * Targets are sent whole (the API replaces the map): years outside the plan are kept as they were.
 */
export function patchOf(base: IndicatorItem, baseDraft: IndicatorDraft, draft: IndicatorDraft): Omit<IndicatorPatch, 'version'> {
  const changed = changedFields(baseDraft, draft);
  const patch: Omit<IndicatorPatch, 'version'> = {};
  if (changed.includes('formula')) patch.formula = draft.formula.trim() === '' ? null : draft.formula.trim();
  if (changed.includes('weight')) {
    const weight = parseWeight(draft.weight);
    if (weight !== undefined) patch.weight = weight;
  }
  if (changed.includes('scoringRule')) patch.scoringRule = draft.scoringRule === '' ? null : draft.scoringRule;
  if (changed.some((field) => field.startsWith('targets.'))) {
    const targets: Record<string, string> = { ...(base.targets ?? {}) };
    for (const [year, text] of Object.entries(draft.targets)) {
      if (text.trim() === '') delete targets[year];
      else targets[year] = text.trim();
    }
    patch.targets = targets;
  }
  return patch;
}

/** Applies the user's changes (against their base) on top of another draft: "reapply mine". */
export function rebaseDraft(baseDraft: IndicatorDraft, mine: IndicatorDraft, theirs: IndicatorDraft): IndicatorDraft {
  const next: IndicatorDraft = { ...theirs, targets: { ...theirs.targets } };
  for (const field of changedFields(baseDraft, mine)) {
    if (field.startsWith('targets.')) next.targets[field.slice('targets.'.length)] = mine.targets[field.slice('targets.'.length)] ?? '';
    else next[field as 'formula' | 'weight' | 'scoringRule'] = mine[field as 'formula' | 'weight' | 'scoringRule'];
  }
  return next;
}
