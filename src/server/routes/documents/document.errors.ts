/**
 * The documents' expected failures: code → HTTP status and bilingual message. Platform codes
 * (not_found, forbidden, version_conflict, validation_failed) come from HTTP_PROBLEMS.
 */
import type { ProblemTable } from '../../http/problem.js';

export type DocumentProblemCode =
  | 'plan_not_found' | 'year_outside_plan' | 'policy_invalid' | 'card_policy_invalid' | 'revision_unreadable'
  | 'unknown_section' | 'proposal_changed' | 'text_empty' | 'text_not_saved' | 'act_already_used' | 'document_corrupted';

const problem = (status: number, it: string, en: string) => ({ status, messages: { it, en } });

export const DOCUMENT_PROBLEMS: ProblemTable<DocumentProblemCode> = {
  plan_not_found: problem(404, 'Nessun piano dell’ente per questo anno: importare o scegliere un piano (piani esistenti nel dettaglio).', 'No plan of the entity for this year: import or choose a plan (existing plans in the detail).'),
  year_outside_plan: problem(400, 'L’anno è fuori dagli anni del piano.', 'The year is outside the plan\'s years.'),
  policy_invalid: problem(409, 'La politica di misurazione salvata per l’anno non è valida: correggerla prima di generare il documento.', 'The year\'s saved scoring policy is invalid: fix it before generating the document.'),
  card_policy_invalid: problem(409, 'La politica delle schede salvata per l’anno non è valida.', 'The year\'s saved card policy is invalid.'),
  revision_unreadable: problem(409, 'Una revisione approvata dell’anno non è leggibile.', 'An approved revision of the year cannot be read.'),
  unknown_section: problem(404, 'Sezione sconosciuta per questo documento.', 'Unknown section for this document.'),
  proposal_changed: problem(409, 'I dati sono cambiati: la proposta di testo è diversa da quella su cui si è scritto. Confrontare i due testi e scegliere.', 'The data changed: the proposed text differs from the one the text was written on. Compare both texts and choose.'),
  text_empty: problem(400, 'Il testo è vuoto: per tornare alla proposta usare «Usa la proposta».', 'The text is empty: to go back to the proposal use "Use the proposal".'),
  text_not_saved: problem(409, 'Non c’è un testo salvato per questa sezione (forse è stato rimosso da un’altra persona): ricaricare la pagina.', 'There is no saved text for this section (someone may have removed it): reload the page.'),
  act_already_used: problem(409, 'Questo atto ha già approvato una versione del documento per l’anno: una nuova approvazione richiede un nuovo atto.', 'This act already approved a version of the document for the year: a new approval needs a new act.'),
  document_corrupted: problem(409, 'Il file generato non corrisponde alla sua impronta: generarlo di nuovo.', 'The generated file does not match its hash: generate it again.'),
};
