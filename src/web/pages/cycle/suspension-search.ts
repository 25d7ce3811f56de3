/**
 * Search parameters of the suspensions page: `tipo` (indicator or node) and `codice`, to open the form
 * on an item (from its page). Kept tiny: the router imports it into the first chunk.
 */
export interface SuspensionSearch {
  tipo?: 'indicator' | 'node';
  codice?: string;
}

const CODE = /^[\p{L}\p{N}._\-]{1,80}$/u;

export function validateSuspensionSearch(search: Record<string, unknown>): SuspensionSearch {
  const out: SuspensionSearch = {};
  if (search.tipo === 'indicator' || search.tipo === 'node') out.tipo = search.tipo;
  if (typeof search.codice === 'string' && CODE.test(search.codice)) out.codice = search.codice;
  return out;
}
