/** Problems of the HTTP platform itself: input, sessions, permissions, limits. */
import type { ProblemTable } from './problem.js';

export type HttpProblemCode =
  | 'validation_failed' | 'malformed_json' | 'empty_body' | 'payload_too_large' | 'unsupported_media_type'
  | 'not_found' | 'route_not_found' | 'method_not_allowed'
  | 'unauthenticated' | 'session_invalid' | 'forbidden' | 'csrf_invalid'
  | 'rate_limited' | 'version_conflict' | 'conflict' | 'service_unavailable' | 'internal_error';

export const HTTP_PROBLEMS: ProblemTable<HttpProblemCode> = {
  validation_failed: { status: 400, messages: { it: 'I dati inviati non sono validi.', en: 'The data sent is not valid.' } },
  malformed_json: { status: 400, messages: { it: 'Il corpo della richiesta non è JSON valido.', en: 'The request body is not valid JSON.' } },
  empty_body: { status: 400, messages: { it: 'Il corpo della richiesta è vuoto.', en: 'The request body is empty.' } },
  payload_too_large: { status: 413, messages: { it: 'Il corpo della richiesta è troppo grande.', en: 'The request body is too large.' } },
  unsupported_media_type: { status: 415, messages: { it: 'Tipo di contenuto non supportato: usare application/json.', en: 'Unsupported content type: use application/json.' } },
  not_found: { status: 404, messages: { it: 'Risorsa non trovata.', en: 'Resource not found.' } },
  route_not_found: { status: 404, messages: { it: 'Indirizzo non trovato.', en: 'No such address.' } },
  method_not_allowed: { status: 405, messages: { it: 'Metodo non consentito.', en: 'Method not allowed.' } },
  unauthenticated: { status: 401, messages: { it: 'Accesso richiesto.', en: 'Login required.' } },
  session_invalid: { status: 401, messages: { it: 'La sessione è scaduta o non è valida: accedere di nuovo.', en: 'The session has expired or is not valid: log in again.' } },
  forbidden: { status: 403, messages: { it: 'Operazione non consentita al tuo ruolo.', en: 'Your role does not allow this operation.' } },
  csrf_invalid: { status: 403, messages: { it: 'Token di sicurezza (CSRF) mancante o non valido.', en: 'Missing or invalid security (CSRF) token.' } },
  rate_limited: { status: 429, messages: { it: 'Troppe richieste: riprovare tra poco.', en: 'Too many requests: try again shortly.' } },
  version_conflict: { status: 409, messages: { it: 'Il dato è stato modificato da un altro utente: ricaricare e riprovare.', en: 'Someone else changed this data: reload and try again.' } },
  conflict: { status: 409, messages: { it: 'Esiste già un elemento con questo codice.', en: 'An item with this code already exists.' } },
  service_unavailable: { status: 503, messages: { it: 'Servizio momentaneamente non disponibile.', en: 'Service temporarily unavailable.' } },
  internal_error: { status: 500, messages: { it: 'Errore interno: il problema è stato registrato.', en: 'Internal error: the problem has been logged.' } },
};
