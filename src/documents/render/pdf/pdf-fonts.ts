/**
 * The PDF fonts: DejaVu Sans (Debian's fonts-dejavu-core), read at run time and embedded in the file.
 * It has the status symbols (✔ ◐ ✘ ⊘) and every Italian letter. A machine without it gets a one-line
 * instruction instead of a PDF with missing glyphs.
 */
import { existsSync } from 'node:fs';

export const PDF_FONT = 'DejaVuSans';

const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/local/share/fonts/dejavu'];
const FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italics: 'DejaVuSans-Oblique.ttf', bolditalics: 'DejaVuSans-BoldOblique.ttf' };

export type FontFiles = typeof FILES;

export class MissingFontError extends Error {
  constructor() {
    super('Font DejaVu Sans non trovato / not found: apt-get install -y fonts-dejavu-core');
    this.name = 'MissingFontError';
  }
}

/** Absolute paths of the four DejaVu Sans faces, or a MissingFontError. */
export function dejavuFontFiles(dirs: readonly string[] = FONT_DIRS): FontFiles {
  const env = process.env.TRAGUARDO_FONT_DIR;
  for (const dir of env ? [env, ...dirs] : dirs) {
    const files = Object.fromEntries(Object.entries(FILES).map(([face, file]) => [face, `${dir}/${file}`])) as FontFiles;
    if (Object.values(files).every((path) => existsSync(path))) return files;
  }
  throw new MissingFontError();
}
