/**
 * File names of evidence: a name that tries to leave its folder (`../../etc/passwd.pdf`, `a/b`, `C:\x`)
 * or carries control characters is refused; an acceptable one is reduced to letters, digits, spaces
 * and `._()-`, and its extension is the one of the type its bytes were recognised as. Names are never
 * used as paths (contents live in the database); they only label the download.
 */

export const MAX_FILE_NAME_LENGTH = 200;

export type FileNameProblem = 'empty' | 'path' | 'control_characters' | 'too_long';

/** Why a declared file name is refused, or null when it is acceptable. */
export function fileNameProblem(name: string): FileNameProblem | null {
  if (name.trim().length === 0) return 'empty';
  if (name.length > MAX_FILE_NAME_LENGTH) return 'too_long';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control_characters';
  // Separators, a drive letter, or a leading dot (`..`, hidden files): the name tries to be a path.
  if (/[/\\]/.test(name) || /^[a-z]:/i.test(name) || name.startsWith('.')) return 'path';
  return null;
}

/** The stored name: safe characters only, with the detected type's extension. */
export function safeFileName(name: string, extension: string): string {
  const normalised = name.normalize('NFC');
  const dot = normalised.lastIndexOf('.');
  const stem = (dot > 0 ? normalised.slice(0, dot) : normalised)
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_').replace(/\s+/g, ' ').replace(/_+/g, '_').replace(/\.+/g, '.').trim().replace(/^[.\s_-]+/, '');
  return `${stem.length > 0 ? stem.slice(0, 150) : 'evidenza'}.${extension}`;
}

/** `Content-Disposition: attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
