/**
 * Input of the plan commands (score, lint): reading a plan or policy file from disk with the size
 * limit, and printing located file errors on stderr in both languages (the chosen one first).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InvalidArgumentError } from 'commander';
import {
  fileTooLargeError, formatFileError, MAX_FILE_BYTES, type FileError, type FileResult,
} from '../../formats/plan-file.js';

export type Locale = 'it' | 'en';

/** Exit codes of the `traguardo` command (see main.ts). */
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/** Reads a text file, refusing missing files, directories and files over the size limit. */
export async function readTextFile(path: string): Promise<FileResult<string>> {
  const name = basename(path);
  const failure = (code: string, it: string, en: string): FileResult<string> =>
    ({ ok: false, errors: [{ code, location: { file: path }, message: { it, en } }] });
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failure('not_a_file', `"${path}" è una cartella, non un file.`, `"${path}" is a directory, not a file.`);
    size = info.size;
  } catch {
    return failure('file_not_found', `File non trovato: ${path}`, `File not found: ${path}`);
  }
  if (size > MAX_FILE_BYTES) return { ok: false, errors: [{ ...fileTooLargeError(name, size), location: { file: path } }] };
  try {
    return { ok: true, value: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('file_unreadable', `Impossibile leggere ${path}: ${reason}`, `Cannot read ${path}: ${reason}`);
  }
}

/** Prints each error as `file:line:column (path): message`, in the chosen language then the other. */
export function printFileErrors(errors: readonly FileError[], locale: Locale): void {
  const other: Locale = locale === 'it' ? 'en' : 'it';
  for (const error of errors) {
    process.stderr.write(`${locale === 'it' ? 'errore' : 'error'}: ${formatFileError(error, locale)}\n`);
    process.stderr.write(`  ${error.message[other]}\n`);
  }
}

/** Prints a bilingual message about the command line itself (not a file). */
export function printUsageError(message: { it: string; en: string }, locale: Locale): void {
  const other: Locale = locale === 'it' ? 'en' : 'it';
  process.stderr.write(`${locale === 'it' ? 'errore' : 'error'}: ${message[locale]}\n  ${message[other]}\n`);
}

export function parseLocale(value: string): Locale {
  if (value === 'it' || value === 'en') return value;
  throw new InvalidArgumentError('atteso/expected "it" o/or "en"');
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('atteso un anno di quattro cifre / expected a four-digit year');
  return Number(value);
}
