/**
 * The OIV's data-reliability checklist as the form holds it, and what is wrong with it before sending
 * (the server checks the same: every item answered, negative answers explained).
 */
export const CHECKLIST_ITEMS = [
  'sources_documented', 'evidence_sampled', 'values_validated', 'deviations_explained', 'suspensions_justified', 'results_reproducible',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export const CHECKLIST_ANSWERS = ['yes', 'no', 'not_applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export type ChecklistDraft = Record<ChecklistItem, { answer: ChecklistAnswer | ''; note: string }>;

export function emptyChecklist(): ChecklistDraft {
  return Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, { answer: '', note: '' }])) as ChecklistDraft;
}

export type ChecklistError = 'answerRequired' | 'noteRequired';

export function checklistErrors(draft: ChecklistDraft): Partial<Record<ChecklistItem, ChecklistError>> {
  const errors: Partial<Record<ChecklistItem, ChecklistError>> = {};
  for (const item of CHECKLIST_ITEMS) {
    const { answer, note } = draft[item];
    if (answer === '') errors[item] = 'answerRequired';
    else if (answer === 'no' && note.trim() === '') errors[item] = 'noteRequired';
  }
  return errors;
}

export function checklistBody(draft: ChecklistDraft): { item: ChecklistItem; answer: ChecklistAnswer; note?: string }[] {
  return CHECKLIST_ITEMS.map((item) => {
    const { answer, note } = draft[item];
    return note.trim() === '' ? { item, answer: answer as ChecklistAnswer } : { item, answer: answer as ChecklistAnswer, note: note.trim() };
  });
}
