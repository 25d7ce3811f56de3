/**
 * Frozen results must recompute identically. Two pieces make that checkable: a canonical JSON text
 * (keys sorted, undefined dropped, -0 as 0) so that equal results give equal bytes whatever the
 * storage did to key order; and the slice of the plan a year's results depend on (its values up to
 * that year, its periods, suspensions, manual achievements and cards), so that the plan's fingerprint
 * does not move when later years are worked on. Hashing the text is the server's job.
 */
import type { Plan } from '../plan/plan.schema.js';

function canonicalValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'number' && Object.is(value, -0) ? 0 : value;
  }
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonicalValue(item)));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && typeof item !== 'function') out[key] = canonicalValue(item);
  }
  return out;
}

/** JSON text with keys sorted at every level: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

/** The part of the plan a year's results are computed from. */
export function planYearSlice(plan: Plan, year: number): Plan {
  return {
    ...plan,
    periods: plan.periods.filter((period) => period.year === year),
    values: plan.values.filter((value) => value.year <= year),
    suspensions: plan.suspensions.filter((suspension) => suspension.year === year),
    manualAchievements: plan.manualAchievements.filter((manual) => manual.year === year),
    cards: plan.cards.filter((card) => card.year === year),
  };
}

export interface JsonDifference {
  path: string;
  before: unknown;
  after: unknown;
}

/** The first differences between two JSON values (paths like `indicators[3].score`), at most `limit`. */
export function jsonDifferences(before: unknown, after: unknown, limit = 20, path = ''): JsonDifference[] {
  const out: JsonDifference[] = [];
  const walk = (a: unknown, b: unknown, at: string) => {
    if (out.length >= limit) return;
    if (a === b) return;
    const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
    if (!bothObjects) {
      out.push({ path: at || '$', before: a, after: b });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) out.push({ path: `${at}.length`, before: a.length, after: b.length });
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${at}[${i}]`);
      return;
    }
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) walk(ra[key], rb[key], at ? `${at}.${key}` : key);
  };
  walk(before, after, path);
  return out;
}
