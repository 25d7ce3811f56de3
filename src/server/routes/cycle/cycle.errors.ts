/**
 * The monitoring cycle's expected failures: one table, code → HTTP status and bilingual message.
 * Platform codes (not_found, forbidden, version_conflict, validation_failed) come from HTTP_PROBLEMS.
 */
import type { ProblemTable } from '../../http/problem.js';

export type CycleProblemCode =
  | 'transition_refused' | 'value_locked' | 'value_submitted' | 'value_type_mismatch'
  | 'periods_in_use' | 'year_locked' | 'year_not_frozen' | 'revision_not_open' | 'checklist_invalid'
  | 'campaign_exists' | 'campaign_dates_invalid' | 'campaign_closed' | 'campaign_not_open' | 'invalid_references'
  | 'file_missing' | 'file_empty' | 'file_name_invalid' | 'file_type_not_allowed' | 'file_too_large' | 'attachment_deleted'
  | 'deviation_not_needed' | 'already_suspended' | 'unknown_target' | 'suspension_lifted' | 'policy_invalid' | 'notification_not_found';

const problem = (status: number, it: string, en: string) => ({ status, messages: { it, en } });

export const CYCLE_PROBLEMS: ProblemTable<CycleProblemCode> = {
  transition_refused: problem(409, 'Operazione non possibile ora: vedere i motivi indicati.', 'This operation is not possible now: see the reasons given.'),
  value_locked: problem(409, 'Il valore è validato e bloccato: per modificarlo va prima riaperto (SG o Struttura tecnica).', 'The value is validated and locked: it must be reopened first (SG or technical support unit).'),
  value_submitted: problem(409, 'Il valore è stato inviato per la validazione: ritirare l’invio per modificarlo.', 'The value was submitted for validation: withdraw the submission to change it.'),
  value_type_mismatch: problem(400, 'Il valore non corrisponde all’unità di misura (numero, sì/no o data).', 'The value does not fit the measure\'s unit (number, yes/no or date).'),
  periods_in_use: problem(409, 'I periodi dell’anno sono già usati da rilevazioni o valori: non si possono ridefinire.', 'The year\'s periods are already used by campaigns or values: they cannot be redefined.'),
  year_locked: problem(409, 'L’anno è chiuso o validato: questa operazione non è più possibile.', 'The year is closed or validated: this operation is no longer possible.'),
  year_not_frozen: problem(409, 'L’anno non è congelato: non ci sono risultati da ricalcolare.', 'The year is not frozen: there are no results to recompute.'),
  revision_not_open: problem(409, 'La rimodulazione non è aperta.', 'The revision is not open.'),
  checklist_invalid: problem(400, 'La lista di controllo è incompleta: rispondere a ogni voce e motivare le risposte negative.', 'The checklist is incomplete: answer every item and explain negative answers.'),
  campaign_exists: problem(409, 'Esiste già una rilevazione per questo periodo.', 'A campaign already exists for this period.'),
  campaign_dates_invalid: problem(400, 'Date non coerenti: apertura ≤ scadenza di inserimento ≤ chiusura.', 'Inconsistent dates: opening ≤ entry deadline ≤ closing.'),
  campaign_closed: problem(409, 'La rilevazione è chiusa.', 'The campaign is closed.'),
  campaign_not_open: problem(409, 'La rilevazione non è aperta.', 'The campaign is not open.'),
  invalid_references: problem(400, 'Alcuni codici indicati non esistono.', 'Some of the given codes do not exist.'),
  file_missing: problem(400, 'Nessun file inviato: allegare un file nel campo «file».', 'No file sent: attach a file in the "file" field.'),
  file_empty: problem(400, 'Il file è vuoto.', 'The file is empty.'),
  file_name_invalid: problem(400, 'Nome del file non accettato: non deve contenere percorsi (/, \\, ..) né caratteri di controllo.', 'File name not accepted: it must not contain paths (/, \\, ..) or control characters.'),
  file_type_not_allowed: problem(415, 'Tipo di file non ammesso: sono accettati PDF, PNG, JPEG, XLSX, DOCX, ODT, CSV e testo (riconosciuti dal contenuto, non dall’estensione).', 'File type not allowed: PDF, PNG, JPEG, XLSX, DOCX, ODT, CSV and plain text are accepted (recognised by content, not by extension).'),
  file_too_large: problem(413, 'File troppo grande: il limite è 10 MB.', 'File too large: the limit is 10 MB.'),
  attachment_deleted: problem(409, 'L’allegato è già stato rimosso.', 'The attachment has already been removed.'),
  deviation_not_needed: problem(409, 'L’indicatore è in linea con il target: non serve motivare uno scostamento.', 'The indicator is on track: no deviation needs explaining.'),
  already_suspended: problem(409, 'L’elemento è già sterilizzato per quest’anno.', 'The item is already suspended for this year.'),
  unknown_target: problem(400, 'Indicatore o obiettivo sconosciuto nel piano.', 'Unknown indicator or objective in the plan.'),
  suspension_lifted: problem(409, 'La sterilizzazione è già stata revocata.', 'The suspension has already been lifted.'),
  notification_not_found: problem(404, 'Notifica non trovata tra le tue.', 'No such notification in your inbox.'),
  policy_invalid: problem(500, 'Il sistema di misurazione salvato per quest’anno non è leggibile: contatta la Struttura tecnica di supporto.', 'The scoring policy saved for this year cannot be read: contact the technical support unit.'),
};
