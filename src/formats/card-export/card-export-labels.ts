/**
 * The labels of the objective cards and the small values they carry: `Obiettivo operativo`,
 * `Descrizione`, `Programma (D.M. 27/03/2013)`, `Risorse economiche 2021`, `Unità organizzative
 * coinvolte`, `Obiettivo individuale`, `Risultato misurato obiettivo`, area headers (`1 - … AS1`),
 * objective codes (`1.1 - …`), table headers and the header of an individual card.
 */
import { flat, type CardLine } from './card-export-text.js';

export type LabelKey = 'strategic' | 'operational' | 'individual' | 'description' | 'units' | 'program' | 'resources' | 'weight';

const LABELS: ReadonlyArray<{ key: LabelKey; pattern: RegExp }> = [
  { key: 'strategic', pattern: /^obiettivo\s+strategico\b/i },
  { key: 'operational', pattern: /^obiettivo\s+operativo\b/i },
  { key: 'individual', pattern: /^obiettivo\s+individuale\b/i },
  { key: 'description', pattern: /^descrizione\b/i },
  { key: 'units', pattern: /^unit[àa']+\s+organizzative\s+coinvolte\b/i },
  { key: 'program', pattern: /^programma\s*\(\s*d\.\s*m\.[^)]*\)/i },
  { key: 'resources', pattern: /^risorse\s+economiche\s+(\d{4})\b/i },
  { key: 'weight', pattern: /^risultato\s+misurato\s+obiettivo\b/i },
];

/** `value` keeps runs of two spaces (they separate the items of a units list). */
export interface LabelMatch { key: LabelKey; value: string; year?: number; bold?: string[] }

/**
 * A label in the line's first cell; its value is the rest of that cell and the following cells. A
 * label followed by text in the same cell counts only when the label is marked (bold or a heading),
 * so a description that happens to start with "Descrizione …" is not taken for a label.
 */
export function matchLabel(line: CardLine): LabelMatch | null {
  const cells = line.cells.filter((cell) => cell !== '');
  const first = cells[0] ?? '';
  const firstBold = flat(line.bold.flat()[0] ?? '');
  for (const { key, pattern } of LABELS) {
    const match = pattern.exec(first);
    if (!match) continue;
    const rest = first.slice(match[0].length).replace(/^\s*:/, '');
    const marked = line.heading || pattern.test(firstBold);
    if (rest.trim() !== '' && !marked) return null;
    const value = [rest, ...cells.slice(1)].join('  ').replace(/^\s+|\s+$/g, '');
    const bold = line.bold.flat().map(flat).filter((segment) => segment !== '' && !pattern.test(segment));
    return { key, value, bold, ...(match[1] === undefined ? {} : { year: Number(match[1]) }) };
  }
  return null;
}

/** `1.1 - Consolidare …` → code and title. */
export function parseCodeTitle(text: string): { code: string; title: string } | null {
  const match = /^(\d+(?:\.\d+)*)\.?\s*-\s*(.*)$/.exec(flat(text));
  return match ? { code: match[1] as string, title: (match[2] as string).trim() } : null;
}

/** The depth of an objective code: `1.1` → 2, `1.1.1` → 3. */
export function codeDepth(code: string): number {
  return code.split('.').length;
}

/** `1 - La CCIAA “Cabina di Regia” del tessuto economico locale AS1`. */
export function matchArea(joined: string): { number: string; title: string; code: string } | null {
  const match = /^(\d+)\s*-\s*(.+?)\s+([A-Z]{1,3}\d+)$/.exec(joined);
  return match ? { number: match[1] as string, title: match[2] as string, code: match[3] as string } : null;
}

export function isTableHeader(line: CardLine): boolean {
  return /^indicatore$/i.test(line.cells[0] ?? '');
}

/** Header words of an indicator table printed one cell per line. */
export function matchHeaderWord(text: string): { baselineYear?: number; targetYear?: number } | null {
  const target = /^target\s+(\d{4})$/i.exec(text);
  if (target) return { targetYear: Number(target[1]) };
  const value = /^(?:valore\s*)?(\d{4})$/i.exec(text);
  if (value) return { baselineYear: Number(value[1]) };
  return /^(algoritmo|valore|indicatore)$/i.test(text) ? {} : null;
}

const ROLE = /^(.+?)\s+-\s+(segretario\s+generale|dirigente|p\.\s*o\.?|posizione\s+organizzativa)$/i;

/** The header of an individual card: `Ciabatti Enrico Dir. Area 1 - Dirigente`, `bongiorni.mirco - P.O.` (bold or a heading). */
export function matchPerson(line: CardLine): { person: string; roleText: string } | null {
  const cells = line.cells.filter((cell) => cell !== '');
  if (cells.length !== 1) return null;
  const text = flat(cells[0] as string);
  const match = ROLE.exec(text);
  if (!match) return null;
  const bold = flat((line.bold.find((segments) => segments.length > 0) ?? []).join(' '));
  if (!line.heading && bold !== text) return null;
  return { person: match[1] as string, roleText: match[2] as string };
}

export function isPlaceholderText(text: string): boolean {
  return /^\[\s*(descrizione|codice)\s*\]?$/i.test(text.trim());
}
