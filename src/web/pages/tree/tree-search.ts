/**
 * Search parameters of the performance pages, in Italian as the addresses are: `periodo` (a period
 * code, `anno` for the year end; absent = the latest period ended), the tree's filters and view, the
 * measures' search text. Kept tiny: the router imports it into the first chunk.
 */
export const YEAR_END = 'anno';

export interface PeriodSearch {
  periodo?: string;
}

export interface TreeSearch extends PeriodSearch {
  livello?: string;
  unita?: string;
  stato?: string;
  testo?: string;
  vista?: 'tabella' | 'grafico';
}

export interface MeasuresSearch {
  testo?: string;
}

const SAFE = /^[\p{L}\p{N} ._+\-/()'’]{1,120}$/u;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && SAFE.test(value) ? value : undefined;
}

function compact<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
}

export function validatePeriodSearch(search: Record<string, unknown>): PeriodSearch {
  return compact({ periodo: text(search.periodo) });
}

export function validateTreeSearch(search: Record<string, unknown>): TreeSearch {
  return compact({
    ...validatePeriodSearch(search),
    livello: text(search.livello),
    unita: text(search.unita),
    stato: text(search.stato),
    testo: text(search.testo),
    vista: search.vista === 'grafico' || search.vista === 'tabella' ? search.vista : undefined,
  });
}

export function validateMeasuresSearch(search: Record<string, unknown>): MeasuresSearch {
  return compact({ testo: text(search.testo) });
}

/** The API's period choice for a `periodo` search value. */
export function periodChoiceOf(periodo: string | undefined): string | null {
  if (periodo === undefined) return 'current';
  return periodo === YEAR_END ? null : periodo;
}
