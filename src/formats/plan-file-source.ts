/**
 * Parsing the text of a plan or policy file (JSON or YAML) into plain data, with syntax errors located
 * by line and column, and a way to find the line of a field path once the data fails a schema.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { findJsonSyntaxError, lineColumnAt } from './plan-file-json-syntax.js';

export type DocumentFormat = 'json' | 'yaml';

export interface TextPosition { line: number; column: number }

export type ParsedSource =
  | { ok: true; data: unknown; locate(path: readonly (string | number)[]): TextPosition | undefined }
  | { ok: false; code: 'json_syntax' | 'yaml_syntax'; position: TextPosition; message: { it: string; en: string } };

/** Locating paths re-parses the text with positions; above this size it is not worth the memory. */
const LOCATE_LIMIT_CHARS = 20_000_000;
const MAX_ALIASES = 1_000;

/** By extension; otherwise JSON when the text starts with `{` or `[`. */
export function detectFormat(text: string, fileName: string): DocumentFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export function parseSource(text: string, format: DocumentFormat): ParsedSource {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return format === 'json' ? parseJson(body) : parseYaml(body);
}

function parseJson(text: string): ParsedSource {
  try {
    const data: unknown = JSON.parse(text);
    return { ok: true, data, locate: buildLocator(text) };
  } catch {
    const error = findJsonSyntaxError(text) ?? { offset: 0, found: text[0], expected: { it: 'JSON valido', en: 'valid JSON' } };
    const found = error.found === undefined
      ? { it: 'fine del file', en: 'end of file' }
      : { it: `carattere ${JSON.stringify(error.found)}`, en: `character ${JSON.stringify(error.found)}` };
    return {
      ok: false,
      code: 'json_syntax',
      position: lineColumnAt(text, error.offset),
      message: {
        it: `Errore di sintassi JSON: trovato ${found.it}, atteso ${error.expected.it}.`,
        en: `JSON syntax error: found ${found.en}, expected ${error.expected.en}.`,
      },
    };
  }
}

const yamlErrorsIt: Record<string, string> = {
  BAD_INDENT: 'rientro non corretto',
  TAB_AS_INDENT: 'le tabulazioni non sono ammesse nel rientro',
  DUPLICATE_KEY: 'chiave duplicata',
  MISSING_CHAR: 'carattere di chiusura mancante',
  MULTIPLE_DOCS: 'il file contiene più documenti',
  BLOCK_AS_IMPLICIT_KEY: 'mappa annidata non ammessa in questa posizione',
  MULTILINE_IMPLICIT_KEY: 'una chiave deve stare su una sola riga',
  UNEXPECTED_TOKEN: 'simbolo inatteso',
  BAD_ALIAS: 'alias non valido',
  ALIAS_PROPS: 'alias con proprietà non ammesse',
};

function parseYaml(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const position = lineCounter.linePos(first.pos[0]);
    const english = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? first.message;
    return {
      ok: false,
      code: 'yaml_syntax',
      position: { line: position.line, column: position.col },
      message: { it: `Errore di sintassi YAML: ${yamlErrorsIt[first.code] ?? english}.`, en: `YAML syntax error: ${english}.` },
    };
  }
  try {
    const data: unknown = document.toJS({ maxAliasCount: MAX_ALIASES });
    return { ok: true, data, locate: locatorFor(document, lineCounter) };
  } catch (error) {
    const english = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'yaml_syntax',
      position: { line: 1, column: 1 },
      message: { it: `Errore YAML: alias non risolto o troppo espanso (${english}).`, en: `YAML error: unresolved or over-expanded alias (${english}).` },
    };
  }
}

/** JSON is valid YAML 1.2, so the YAML parser gives the positions of a JSON document's fields too. */
function buildLocator(text: string): (path: readonly (string | number)[]) => TextPosition | undefined {
  let locate: ((path: readonly (string | number)[]) => TextPosition | undefined) | undefined;
  return (path) => {
    if (text.length > LOCATE_LIMIT_CHARS) return undefined;
    if (locate === undefined) {
      const lineCounter = new LineCounter();
      locate = locatorFor(parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter);
    }
    return locate(path);
  };
}

/** Position of the deepest existing node along the path (a missing field points at its parent). */
function locatorFor(document: Document, lineCounter: LineCounter) {
  return (path: readonly (string | number)[]): TextPosition | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(keysFor(document, path.slice(0, length)), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        const position = lineCounter.linePos(node.range[0]);
        return { line: position.line, column: position.col };
      }
    }
    return undefined;
  };
}

/** YAML map keys written as numbers (`2026:`) are scalars with a numeric value, not strings. */
function keysFor(document: Document, path: readonly (string | number)[]): unknown[] {
  const keys: unknown[] = [];
  for (const segment of path) {
    const asString = typeof segment === 'string' ? segment : undefined;
    const parent = document.getIn(keys, true);
    const numeric = asString !== undefined && /^\d+$/.test(asString) && !hasStringKey(parent, asString);
    keys.push(numeric ? Number(asString) : segment);
  }
  return keys;
}

function hasStringKey(node: unknown, key: string): boolean {
  const items = (node as { items?: { key?: { value?: unknown } }[] } | undefined)?.items;
  return Array.isArray(items) && items.some((item) => item.key?.value === key);
}
