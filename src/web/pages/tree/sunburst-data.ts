/**
 * The tree rows as sunburst data: one sector per node (leaves of equal size), coloured by the status
 * band and labelled with the band's symbol and the code, so the status is not told by colour alone.
 */
import type { TreeRow } from './tree-model.js';

export const NEUTRAL_COLOUR = '#5c6f82';
const NO_BAND_SYMBOL = '–';

export interface SunburstDatum {
  name: string;
  code: string;
  title: string;
  symbol: string;
  value?: number;
  itemStyle: { color: string };
  children?: SunburstDatum[];
}

export function buildSunburstData(rows: readonly TreeRow[]): SunburstDatum[] {
  return rows.map((row) => {
    const band = row.score?.band ?? null;
    const datum: SunburstDatum = {
      name: `${band?.symbol ?? NO_BAND_SYMBOL} ${row.code}`,
      code: row.code,
      title: row.title,
      symbol: band?.symbol ?? NO_BAND_SYMBOL,
      itemStyle: { color: band?.colour ?? NEUTRAL_COLOUR },
    };
    if (row.children.length > 0) datum.children = buildSunburstData(row.children);
    else datum.value = 1;
    return datum;
  });
}

/** Text for an HTML tooltip: plan titles are plain text and must not become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
