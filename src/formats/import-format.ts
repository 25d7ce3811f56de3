/**
 * Which reader a file needs: the plan workbook (XLSX, a zip archive), the canonical plan file (JSON or
 * YAML), the structured tree export (Lecce layout, "KPI Associati" tables) or the objective card export
 * (the data-collection application's cards, "Indicatore / Algoritmo / Target" tables). Detection looks
 * at the bytes first and the file name second; when nothing fits, the caller is asked to name the format.
 */
import { looksLikeZip } from './xlsx/zip-guard.js';

export const IMPORT_FORMATS = ['tree-export', 'card-export', 'xlsx', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ImportFormatChoice = ImportFormat | 'auto';

export type FormatDetection =
  | { ok: true; format: ImportFormat }
  | { ok: false; code: 'format_unknown' | 'format_binary'; message: { it: string; en: string } };

const TREE_MARKERS = [/^#*\s*KPI Associati\s*$/im, /^#*\s*Area strategica\s*:/im, /^#*\s*Obiettivo operativo\s*:/im];
const CARD_MARKERS = [
  /^(?:<b>)?Indicatore(?:<\/b>)?\t(?:<b>)?Algoritmo/im,
  /^(?:<b>)?Ambito strategico(?:<\/b>)?\t(?:<b>)?Obiettivo strategico/im,
  /Target\s+20\d\d(?:<\/b>)?\t/i,
];

function countMatches(text: string, markers: readonly RegExp[]): number {
  return markers.filter((marker) => marker.test(text)).length;
}

/** True when the bytes are not text: NUL bytes or invalid UTF-8 in the first 64 KB. */
function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) return true;
  try {
    // `stream` lets the sample end in the middle of a multi-byte character.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return false;
  } catch {
    return true;
  }
}

export function detectImportFormat(fileName: string, bytes: Uint8Array): FormatDetection {
  const lower = fileName.toLowerCase();
  if (looksLikeZip(bytes) || lower.endsWith('.xlsx')) return { ok: true, format: 'xlsx' };
  if (isBinary(bytes)) {
    return {
      ok: false, code: 'format_binary',
      message: { it: 'Il file non è un testo né una cartella di lavoro Excel (.xlsx): formato non riconosciuto.', en: 'The file is neither text nor an Excel workbook (.xlsx): unknown format.' },
    };
  }
  if (/\.(json|ya?ml)$/.test(lower)) return { ok: true, format: 'json' };
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 2_000_000));
  if (/^\uFEFF?\s*[{[]/.test(text) || /^\uFEFF?\s*format:\s*['"]?traguardo\.plan\//m.test(text)) return { ok: true, format: 'json' };
  const tree = countMatches(text, TREE_MARKERS);
  const card = countMatches(text, CARD_MARKERS);
  if (tree > 0 && tree >= card) return { ok: true, format: 'tree-export' };
  if (card > 0) return { ok: true, format: 'card-export' };
  return {
    ok: false, code: 'format_unknown',
    message: {
      it: 'Formato del file non riconosciuto: indica il formato (tree-export, card-export, xlsx o json).',
      en: 'File format not recognised: name the format (tree-export, card-export, xlsx or json).',
    },
  };
}

/** Reads the bytes as UTF-8 text (a byte order mark is dropped by the readers). */
export function textOf(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
