/**
 * Writes the screenshots of docs/screenshots/ (node bin/tsx.js src/documents/testing/write-screenshots.ts):
 * pages of the demo Relazione and Piano as our PDF renders them and as LibreOffice renders the DOCX,
 * at 50 dpi. Pages are picked by their text, so the pictures follow the documents when they grow.
 */
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPianoModel } from '../piano/piano-model.js';
import { buildRelazioneModel } from '../relazione/relazione-model.js';
import { renderDocument } from '../render/render-document.js';
import { demoDocumentInput } from './document-fixtures.js';
import { convertToPdf, pageImages, pdfInfo, requireDocumentTools } from './document-tools.js';
import { execFileSync } from 'node:child_process';

const target = resolve(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

/** The first page whose text contains `marker` (after the contents pages). */
function pageWith(pdf: string, marker: string, from = 3): number {
  const pages = Number(pdfInfo(pdf).Pages);
  for (let page = from; page <= pages; page += 1) {
    const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
    if (text.includes(marker)) return page;
  }
  throw new Error(`no page of ${pdf} contains "${marker}"`);
}

function shoot(pdf: string, page: number, name: string, work: string): void {
  const prefix = join(work, name);
  pageImages(pdf, prefix, page, page, 50);
  const digits = String(Number(pdfInfo(pdf).Pages)).length;
  renameSync(`${prefix}-${String(page).padStart(digits, '0')}.png`, join(target, `${name}.png`));
  console.log(`${name}.png ← ${pdf} page ${page}`);
}

async function main(): Promise<void> {
  requireDocumentTools();
  mkdirSync(target, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'traguardo-screenshots-'));
  const input = demoDocumentInput('it');
  const files: Record<string, string> = {};
  for (const [name, model] of [['relazione', buildRelazioneModel(input)], ['piano', buildPianoModel(input)]] as const) {
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      files[`${name}.${format}`] = join(work, `${name}.${format}`);
      writeFileSync(files[`${name}.${format}`] as string, await renderDocument(model, format));
    }
  }
  const [relazioneDocx] = convertToPdf([files['relazione.docx'] as string], join(work, 'libreoffice'));
  // Same base name as the DOCX: converted into its own folder.
  const [relazioneXlsx] = convertToPdf([files['relazione.xlsx'] as string], join(work, 'libreoffice-xlsx'));
  const relazione = files['relazione.pdf'] as string;
  const piano = files['piano.pdf'] as string;
  shoot(relazione, pageWith(relazione, '1.1 Performance organizzativa'), 'relazione-pdf-risultati', work);
  shoot(relazione, pageWith(relazione, 'Legenda degli stati'), 'relazione-pdf-albero', work);
  shoot(relazioneDocx as string, pageWith(relazioneDocx as string, 'Obiettivi dei dirigenti'), 'relazione-docx-libreoffice-dirigenti', work);
  shoot(piano, pageWith(piano, 'Obiettivo strategico B.1 –'), 'piano-pdf-obiettivi-strategici', work);
  shoot(relazioneXlsx as string, pageWith(relazioneXlsx as string, 'Voce', 2), 'relazione-xlsx-libreoffice-grafico', work);
}

await main();
