/**
 * Test support: the machine tools that look at documents as a reader would — LibreOffice (DOCX/XLSX
 * to PDF), poppler (pdftotext, pdfinfo, pdffonts, pdftoppm). A missing tool is an error with the one
 * command to run, never a skipped test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

export const DOCUMENT_TOOLS_INSTALL = 'apt-get install -y libreoffice-writer libreoffice-calc poppler-utils fonts-dejavu-core';
const TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'];

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** Throws a one-line instruction when LibreOffice or poppler is missing. */
export function requireDocumentTools(): void {
  const missing = TOOLS.filter((tool) => !onPath(tool));
  if (missing.length > 0) throw new Error(`Mancano/missing ${missing.join(', ')}: esegui/run ${DOCUMENT_TOOLS_INSTALL}`);
}

/** Converts office files to PDF with LibreOffice headless (own profile folder, so runs do not clash). */
export function convertToPdf(files: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'traguardo-lo-'));
  const run = spawnSync('soffice', [
    '--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...files,
  ], { encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0) throw new Error(`LibreOffice failed (${run.status}): ${run.stderr}`);
  return files.map((file) => {
    const pdf = join(outDir, `${basename(file, extname(file))}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}: ${run.stdout} ${run.stderr}`);
    return pdf;
  });
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((line) => line.includes(':')).map((line) => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  }));
}

/** The fonts of a PDF: name and whether it is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    const flags = columns.slice(-5);
    return { name: columns[0] as string, embedded: flags[0] === 'yes' };
  });
}

/** PNG images of pages `first`–`last` at `dpi`, named `<prefix>-<page>.png`. */
export function pageImages(pdf: string, prefix: string, first: number, last: number, dpi = 50): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(first), '-l', String(last), pdf, prefix]);
}
