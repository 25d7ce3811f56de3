/**
 * The OIV's data-reliability checklist for validating a year (Funzione Pubblica guidelines: the OIV
 * checks that the data behind the Relazione are reliable). Every item must be answered yes, no or not
 * applicable; a negative answer needs a note. The record is kept with the validation.
 */
import type { Messages } from './transition.js';

export const CHECKLIST_ITEMS = [
  'sources_documented',
  'evidence_sampled',
  'values_validated',
  'deviations_explained',
  'suspensions_justified',
  'results_reproducible',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const CHECKLIST_LABELS: Readonly<Record<ChecklistItem, Messages>> = {
  sources_documented: { it: 'Le fonti dei dati sono indicate per ogni misura', en: 'Every measure names the source of its data' },
  evidence_sampled: { it: 'Un campione di valori è stato verificato sulle evidenze', en: 'A sample of values was checked against their evidence' },
  values_validated: { it: 'I valori usati sono stati validati dai responsabili', en: 'The values used were validated by those responsible' },
  deviations_explained: { it: 'Gli scostamenti sono motivati con causa e azioni correttive', en: 'Deviations are explained with cause and corrective actions' },
  suspensions_justified: { it: 'Le sterilizzazioni sono motivate e deliberate', en: 'Suspensions are justified and approved by an act' },
  results_reproducible: { it: 'I risultati sono ricalcolabili dai dati', en: 'The results can be recomputed from the data' },
};

export const CHECKLIST_ANSWERS = ['yes', 'no', 'not_applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export interface ChecklistEntry {
  item: ChecklistItem;
  answer: ChecklistAnswer;
  note?: string | undefined;
}

export interface ChecklistProblem {
  item: ChecklistItem;
  code: 'missing' | 'note_required' | 'duplicate';
  messages: Messages;
}

/** What is wrong with a checklist: items not answered, answered twice, negative answers without a note. */
export function checklistProblems(entries: readonly ChecklistEntry[]): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  const seen = new Set<ChecklistItem>();
  for (const entry of entries) {
    if (seen.has(entry.item)) {
      problems.push({ item: entry.item, code: 'duplicate', messages: { it: `Voce ripetuta: ${entry.item}.`, en: `Item answered twice: ${entry.item}.` } });
    }
    seen.add(entry.item);
    if (entry.answer === 'no' && !(entry.note && entry.note.trim().length > 0)) {
      problems.push({ item: entry.item, code: 'note_required', messages: { it: `Motivare la risposta negativa: ${CHECKLIST_LABELS[entry.item].it}.`, en: `Explain the negative answer: ${CHECKLIST_LABELS[entry.item].en}.` } });
    }
  }
  for (const item of CHECKLIST_ITEMS) {
    if (!seen.has(item)) problems.push({ item, code: 'missing', messages: { it: `Voce senza risposta: ${CHECKLIST_LABELS[item].it}.`, en: `Item not answered: ${CHECKLIST_LABELS[item].en}.` } });
  }
  return problems;
}
