/**
 * First pass of the objective card reader: the converter's markup removed from each line while the
 * two hints it carries are kept: bold segments (the indicator's name inside the indicator cell) and
 * runs of two or more spaces (the boundary between a name and its description; block and small/italic
 * tags, which the application uses for descriptions and sources, become such a boundary too).
 */

export interface CardLine {
  line: number;
  /** Cells split on tabs, markup removed, runs of spaces kept as exactly two spaces. */
  cells: string[];
  /** The bold segments of each cell, markup removed. */
  bold: string[][];
  /** True when the source line was a markdown heading. */
  heading: boolean;
  hasTabs: boolean;
}

const ENTITIES: Record<string, string> = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'" };

/** Markup removed; `\geq`/`\leq` (LaTeX remnants) turned into operators; double spaces kept. */
export function cleanCell(raw: string): string {
  return raw
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/<\/?(?:p|br|div|li|ul|ol|small|i|em)\b[^>]*>/gi, '  ')
    .replace(/<[a-z/][^>]*>/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([_*#[\]()\\-])/g, '$1')
    .replace(/&(?:gt|lt|amp|nbsp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\$?\\geq?\b\s*/g, '>= ')
    .replace(/\$?\\leq?\b\s*/g, '<= ')
    .replace(/\$/g, '')
    .replace(/[ \u00a0]{2,}/g, '  ')
    .replace(/ {2}$|^ {2}/g, '')
    .trim();
}

/** Collapses every run of spaces (for values where the double-space hint is irrelevant). */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function boldSegments(raw: string): string[] {
  const segments: string[] = [];
  for (const match of raw.matchAll(/<b>([\s\S]*?)<\/b>|\*\*([\s\S]+?)\*\*/gi)) {
    const text = flat(cleanCell(match[1] ?? match[2] ?? ''));
    if (text !== '') segments.push(text);
  }
  return segments;
}

export function toCardLines(text: string): CardLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((raw, index) => {
    const rawCells = raw.split('\t');
    return {
      line: index + 1,
      cells: rawCells.map(cleanCell),
      bold: rawCells.map(boldSegments),
      heading: /^\s*#{1,6}\s/.test(raw),
      hasTabs: rawCells.length > 1,
    };
  });
}

/** The non-empty cells of a line. */
export function filled(line: CardLine): string[] {
  return line.cells.filter((cell) => cell !== '');
}

export function isBlank(line: CardLine): boolean {
  return line.cells.every((cell) => cell === '' || /^-{2,}$/.test(cell));
}
