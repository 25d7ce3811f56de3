/**
 * First pass of the tree export reader: each source line classified by what it says, not by how
 * deep its heading is (the converter that produced these files mixes `##`, `###`, `####` and bold
 * for the same keyword).
 */
import type { LevelKey } from '../../core/plan/plan.schema.js';

export type SectionKeyword = 'units' | 'kpi';

export type TreeLine =
  | { kind: 'node'; level: LevelKey; rest: string; line: number }
  | { kind: 'section'; section: SectionKeyword; line: number }
  | { kind: 'header'; line: number }
  | { kind: 'row'; cells: string[]; line: number }
  | { kind: 'separator'; line: number }
  | { kind: 'blank'; line: number }
  | { kind: 'text'; text: string; line: number };

const NODE_KEYWORDS: ReadonlyArray<{ pattern: RegExp; level: LevelKey }> = [
  { pattern: /^area\s+strategica\s*:\s*/i, level: 'strategic_area' },
  { pattern: /^obiettivo\s+strategico\s*:\s*/i, level: 'strategic_objective' },
  { pattern: /^programma\s*:\s*/i, level: 'program' },
  { pattern: /^obiettivo\s+operativo\s*:\s*/i, level: 'operational_objective' },
  { pattern: /^azione\s*:\s*/i, level: 'action' },
];

const SECTION_KEYWORDS: ReadonlyArray<{ pattern: RegExp; section: SectionKeyword }> = [
  { pattern: /^unit[àa']+\s+organizzative\s+coinvolte\s*:?$/i, section: 'units' },
  { pattern: /^kpi\s+associati\s*:?$/i, section: 'kpi' },
];

/** Removes the markup the converter adds: heading marks, bold (`**`, `<b>`), inline tags. */
export function stripMarkup(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/<\/?(?:b|strong|i|em|small|span|p)\b[^>]*>/gi, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function classifyPlain(raw: string, line: number): TreeLine {
  const plain = stripMarkup(raw);
  if (plain === '') return { kind: 'blank', line };
  for (const { pattern, level } of NODE_KEYWORDS) {
    const match = pattern.exec(plain);
    if (match) return { kind: 'node', level, rest: plain.slice(match[0].length).trim(), line };
  }
  for (const { pattern, section } of SECTION_KEYWORDS) {
    if (pattern.test(plain)) return { kind: 'section', section, line };
  }
  if (/^[-=_|\s]*-{3,}[-=_|\s]*$/.test(plain)) return { kind: 'separator', line };
  return { kind: 'text', text: plain, line };
}

/** Classifies one source line (line numbers are 1-based). */
export function classifyLine(raw: string, line: number): TreeLine {
  if (!raw.includes('\t')) return classifyPlain(raw, line);
  const cells = raw.split('\t').map(stripMarkup);
  if (cells.every((cell) => cell === '' || /^-+$/.test(cell))) {
    return cells.some((cell) => cell !== '') ? { kind: 'separator', line } : { kind: 'blank', line };
  }
  if (/^indicatori\s+testo$/i.test(cells[0] ?? '')) return { kind: 'header', line };
  return { kind: 'row', cells, line };
}

export function classifyLines(text: string): TreeLine[] {
  return splitLines(text).map((raw, index) => classifyLine(raw, index + 1));
}
