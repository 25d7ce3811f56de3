/**
 * Checks an XLSX file (a zip archive) before any spreadsheet library looks at it: the size of the file,
 * the number of entries, the uncompressed size each entry declares in the central directory and their
 * total, the compression ratio, and then the real inflated size of every entry (inflated with a cap,
 * so an entry that lies about its size cannot expand beyond what it declared). A zip bomb is refused
 * here, with a bilingual message, and never reaches the XML parser.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Largest accepted file. */
  maxFileBytes: number;
  /** Largest total uncompressed size of all entries. */
  maxUncompressedBytes: number;
  /** Most entries in the archive. */
  maxEntries: number;
  /** Largest uncompressed/compressed ratio of one entry above 1 MB. */
  maxRatio: number;
  /** Most rows in one worksheet. */
  maxRowsPerSheet: number;
  /** Most cells in all worksheets together. */
  maxCells: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 80 * 1024 * 1024,
  maxEntries: 2_000,
  maxRatio: 200,
  maxRowsPerSheet: 100_000,
  maxCells: 1_000_000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Rows and cells counted in a worksheet's XML before any parser reads it, and the cells covered by
 * ranges the spreadsheet library would expand one cell at a time (merged cells, data validations,
 * defined names): a tiny file could otherwise ask for billions of cells.
 */
export interface SheetCount { entry: string; rows: number; cells: number; rangeCells: number }

export type ZipCheck =
  | { ok: true; entries: ZipEntry[]; sheets: SheetCount[] }
  | { ok: false; code: string; message: { it: string; en: string } };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

function megabytes(bytes: number, locale: 'it' | 'en'): string {
  const text = (bytes / 1024 / 1024).toFixed(1);
  return locale === 'it' ? text.replace('.', ',') : text;
}

function refusal(code: string, it: string, en: string): ZipCheck {
  return { ok: false, code, message: { it, en } };
}

const notAnXlsx = () => refusal(
  'xlsx_not_a_workbook',
  'Il file non è una cartella di lavoro Excel (.xlsx) leggibile: l’archivio zip è danneggiato o incompleto.',
  'The file is not a readable Excel workbook (.xlsx): its zip archive is damaged or incomplete.',
);

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 65_535);
  for (let offset = bytes.length - 22; offset >= earliest; offset--) {
    if (bytes.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

/** Reads the central directory; undefined when it is malformed. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] | undefined {
  if (bytes.length < 22) return undefined;
  const end = findEndOfDirectory(bytes);
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  const start = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) return undefined;
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ZipLimits): ZipCheck | undefined {
  if (entries.length > limits.maxEntries) {
    return refusal('xlsx_too_many_entries', `L’archivio contiene troppi file (${entries.length}, al massimo ${limits.maxEntries}).`, `The archive holds too many files (${entries.length}, at most ${limits.maxEntries}).`);
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === ZIP64_MARKER || entry.compressedSize === ZIP64_MARKER) {
      return refusal('xlsx_zip64', 'L’archivio usa il formato zip64, non ammesso per un modello di piano.', 'The archive uses zip64, which a plan workbook never needs.');
    }
    if (entry.method !== 0 && entry.method !== 8) return notAnXlsx();
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) {
      return refusal('xlsx_suspicious_compression', `Il file "${entry.name}" dell’archivio è compresso in modo anomalo (rapporto ${Math.round(ratio)}:1): possibile "zip bomb".`, `The entry "${entry.name}" is compressed abnormally (ratio ${Math.round(ratio)}:1): a possible zip bomb.`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    return refusal('xlsx_too_large_uncompressed', `Il contenuto decompresso sarebbe di ${megabytes(total, 'it')} MB: il limite è ${megabytes(limits.maxUncompressedBytes, 'it')} MB.`, `The uncompressed content would be ${megabytes(total, 'en')} MB: the limit is ${megabytes(limits.maxUncompressedBytes, 'en')} MB.`);
  }
  return undefined;
}

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const WORKBOOK = /^\/?xl\/workbook\.xml$/i;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*)"/g;
const VALIDATION_REF = /<(?:\w+:)?dataValidation\b[^>]*?\bsqref="([^"]*)"/g;
const DEFINED_NAME = /<(?:\w+:)?definedName\b[^>]*>([^<]*)</g;
const ABSOLUTE_RANGE = /[$]([A-Za-z]+)[$](\d+)(?::[$]([A-Za-z]+)[$](\d+))?/g;
const CELL_RANGE = /([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

/** Cells covered by the ranges written in a text (`A1:C3 E5` or `$A$1:$C$3`). */
function rangesArea(text: string, pattern: RegExp): number {
  let area = 0;
  for (const match of text.matchAll(pattern)) {
    const [, fromColumn = 'A', fromRow = '1', toColumn, toRow] = match;
    if (toColumn === undefined || toRow === undefined) { area += 1; continue; }
    const columns = Math.abs(columnNumber(toColumn) - columnNumber(fromColumn)) + 1;
    const rows = Math.abs(Number(toRow) - Number(fromRow)) + 1;
    area += columns * rows;
  }
  return area;
}

function expandedCells(xml: string, element: RegExp, ranges: RegExp): number {
  let area = 0;
  for (const match of xml.matchAll(element)) area += rangesArea(match[1] ?? '', ranges);
  return area;
}

/** Inflates an entry with a cap at its declared size; undefined when it is larger, smaller or unreadable. */
function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_SIGNATURE) return undefined;
  const dataStart = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  if (dataStart + entry.compressedSize > bytes.length) return undefined;
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === 0) return entry.compressedSize === entry.uncompressedSize ? data : undefined;
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return inflated.length === entry.uncompressedSize ? inflated : undefined;
  } catch {
    return undefined;
  }
}

function countTags(xml: Buffer, tags: readonly string[]): number {
  let count = 0;
  for (const tag of tags) {
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) count++;
  }
  return count;
}

function countSheet(entry: string, content: Buffer): SheetCount {
  const xml = content.toString('utf8');
  return {
    entry,
    rows: countTags(content, ['<row ', '<row>']),
    cells: countTags(content, ['<c ', '<c>']),
    rangeCells: expandedCells(xml, MERGE_REF, CELL_RANGE) + expandedCells(xml, VALIDATION_REF, CELL_RANGE),
  };
}

function checkSheetCounts(sheets: readonly SheetCount[], limits: ZipLimits): ZipCheck | undefined {
  const crowded = sheets.find((sheet) => sheet.rows > limits.maxRowsPerSheet);
  if (crowded) {
    return refusal('xlsx_too_many_rows', `Un foglio ha troppe righe (${crowded.rows}, al massimo ${limits.maxRowsPerSheet}).`, `A sheet has too many rows (${crowded.rows}, at most ${limits.maxRowsPerSheet}).`);
  }
  const cells = sheets.reduce((sum, sheet) => sum + sheet.cells + sheet.rangeCells, 0);
  if (cells > limits.maxCells) {
    return refusal('xlsx_too_many_cells', `La cartella di lavoro ha troppe celle (${cells}, al massimo ${limits.maxCells}).`, `The workbook has too many cells (${cells}, at most ${limits.maxCells}).`);
  }
  return undefined;
}

/** Checks a workbook's bytes against the limits; the entries when it is safe to open. */
export function checkZipArchive(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipCheck {
  if (bytes.length > limits.maxFileBytes) {
    return refusal('file_too_large', `Il file è troppo grande (${megabytes(bytes.length, 'it')} MB): il limite è ${megabytes(limits.maxFileBytes, 'it')} MB.`, `The file is too large (${megabytes(bytes.length, 'en')} MB): the limit is ${megabytes(limits.maxFileBytes, 'en')} MB.`);
  }
  const entries = readZipDirectory(bytes);
  if (entries === undefined || entries.length === 0) return notAnXlsx();
  const declared = checkDeclaredSizes(entries, limits);
  if (declared) return declared;
  const sheets: SheetCount[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const content = inflateEntry(bytes, entry);
    if (content === undefined) {
      return refusal('xlsx_entry_size_mismatch', `Il file "${entry.name}" dell’archivio non corrisponde alla dimensione dichiarata: archivio danneggiato o manomesso.`, `The entry "${entry.name}" does not match its declared size: the archive is damaged or tampered with.`);
    }
    if (WORKSHEET.test(entry.name)) sheets.push(countSheet(entry.name, content));
    if (WORKBOOK.test(entry.name)) {
      sheets.push({ entry: entry.name, rows: 0, cells: 0, rangeCells: expandedCells(content.toString('utf8'), DEFINED_NAME, ABSOLUTE_RANGE) });
    }
  }
  const counted = checkSheetCounts(sheets, limits);
  return counted ?? { ok: true, entries, sheets };
}

/** True when the bytes start like a zip archive (an XLSX file). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
