/**
 * Search parameters of the data-collection pages: `periodo` (a period code; absent = the period being
 * collected), `misura` (a measure to bring into view), `stato` (the validation filter), `campagna`
 * (the campaign shown in detail). Kept tiny: the router imports it into the first chunk.
 */
export interface MonitoringSearch {
  periodo?: string;
  misura?: string;
  stato?: 'inviati' | 'validati' | 'tutti';
  campagna?: string;
}

const CODE = /^[\p{L}\p{N}._\-]{1,80}$/u;
const code = (value: unknown) => (typeof value === 'string' && CODE.test(value) ? value : undefined);

export function validateMonitoringSearch(search: Record<string, unknown>): MonitoringSearch {
  const stato = search.stato === 'inviati' || search.stato === 'validati' || search.stato === 'tutti' ? search.stato : undefined;
  const out: MonitoringSearch = { periodo: code(search.periodo), misura: code(search.misura), stato, campagna: code(search.campagna) };
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined)) as MonitoringSearch;
}
