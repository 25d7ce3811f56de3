/** The card page's search: `anno` (the card's year; the workspace year when absent). */
export interface CardSearch { anno?: number }

export function validateCardSearch(search: Record<string, unknown>): CardSearch {
  const year = Number(search.anno);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? { anno: year } : {};
}

/** The cards list's search: `stato` (a workflow state to filter on). */
export interface CardsListSearch { stato?: string }

export function validateCardsListSearch(search: Record<string, unknown>): CardsListSearch {
  return typeof search.stato === 'string' && /^[a-z_]{1,40}$/.test(search.stato) ? { stato: search.stato } : {};
}
