/**
 * Evidence files are accepted by what their bytes are, never by their name: PDF, PNG, JPEG, the zip
 * containers of XLSX, DOCX (Office Open XML, without macros) and ODT (OpenDocument text), and plain
 * UTF-8 text (CSV or TXT, without markup). Anything else — executables (ELF, MZ), HTML, archives of
 * other kinds — is refused. The zip check reads the archive's directory, it inflates nothing.
 */

export interface EvidenceType {
  kind: 'pdf' | 'png' | 'jpeg' | 'xlsx' | 'docx' | 'odt' | 'csv' | 'txt';
  mediaType: string;
  extension: string;
}

const TYPES: Readonly<Record<EvidenceType['kind'], EvidenceType>> = {
  pdf: { kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf' },
  png: { kind: 'png', mediaType: 'image/png', extension: 'png' },
  jpeg: { kind: 'jpeg', mediaType: 'image/jpeg', extension: 'jpg' },
  xlsx: { kind: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  docx: { kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  odt: { kind: 'odt', mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  csv: { kind: 'csv', mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  txt: { kind: 'txt', mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
};

const startsWith = (bytes: Buffer, signature: readonly number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** The names in a zip's central directory, or null when the directory cannot be read safely. */
export function zipEntryNames(bytes: Buffer, maxEntries = 5000): string[] | null {
  const minEocd = 22;
  if (bytes.length < minEocd) return null;
  let eocd = -1;
  for (let at = bytes.length - minEocd; at >= Math.max(0, bytes.length - minEocd - 65_535); at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) { eocd = at; break; }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (entries > maxEntries) return null;
  const names: string[] = [];
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + skip;
  }
  return names;
}

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** OpenDocument puts an uncompressed `mimetype` entry first, holding the document's media type. */
function isOdt(bytes: Buffer): boolean {
  if (bytes.length < 30 + 8) return false;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const start = 30 + nameLength + extraLength;
  if (method !== 0 || bytes.toString('utf8', 30, 30 + nameLength) !== 'mimetype' || start + size > bytes.length) return false;
  return bytes.toString('utf8', start, start + size) === ODT_MIMETYPE;
}

function sniffZip(bytes: Buffer): EvidenceType | null {
  if (isOdt(bytes)) return TYPES.odt;
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.some((name) => /vbaProject\.bin$/i.test(name))) return null; // macro-enabled: refused
  if (names.includes('xl/workbook.xml')) return TYPES.xlsx;
  if (names.includes('word/document.xml')) return TYPES.docx;
  return null;
}

const MARKUP = /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|object)\b/i;

/** UTF-8 text without NULs or control characters other than tab, line breaks and form feed, and not markup. */
export function isPlainText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  return !MARKUP.test(text.replace(/^\ufeff/, ''));
}

/** What the bytes are, among the accepted evidence types; null when they are none of them. */
export function sniffEvidence(bytes: Buffer, declaredName: string): EvidenceType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return TYPES.pdf; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (isPlainText(bytes)) return /\.csv$/i.test(declaredName) ? TYPES.csv : TYPES.txt;
  return null;
}

export const ACCEPTED_EVIDENCE = Object.values(TYPES).map((type) => type.extension);
