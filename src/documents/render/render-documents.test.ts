/**
 * Acceptance: both documents of the demo plan in DOCX, PDF and XLSX, generated in process; LibreOffice
 * converts the DOCX and XLSX to PDF without error; the text of our PDF and of the converted DOCX holds
 * the scores the engine computed (formatted with the policy's rounding) and the plan's codes. Needs
 * LibreOffice and poppler: without them the suite fails with the command to install them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../core/numbers/format-number.js';
import { numberCellsOf, tablesOf, type DocumentModel } from '../model/document-model.js';
import type { DocumentInput } from '../model/document-input.js';
import { buildPianoModel } from '../piano/piano-model.js';
import { buildRelazioneModel } from '../relazione/relazione-model.js';
import { demoDocumentInput } from '../testing/document-fixtures.js';
import { convertToPdf, pdfFonts, pdfInfo, pdfText, requireDocumentTools } from '../testing/document-tools.js';
import { readZipEntry } from '../testing/zip-entries.js';
import { renderDocument, type DocumentFormat } from './render-document.js';

interface Rendered { model: DocumentModel; files: Record<DocumentFormat, string>; bytes: Record<DocumentFormat, Buffer>; converted: { docx: string; xlsx: string } }

let input: DocumentInput;
const rendered: Record<'piano' | 'relazione', Rendered> = {} as Record<'piano' | 'relazione', Rendered>;

/** pdftotext joins words with single or several spaces, and breaks long cells: compare on single spaces. */
const squeeze = (text: string): string => text.replace(/\s+/g, ' ');
const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The code, then the figure before any status symbol: both in one table row (wrapped cells included). */
const sameRow = (code: string, figure: string): RegExp => new RegExp(`(^|\\s)${escape(code)} [^✔◐✘⊘]{0,200}?${escape(figure)}`);
const score = (value: number | null): string => formatNumber(value as number, 'it', input.policy.rounding.decimals);

beforeAll(async () => {
  requireDocumentTools();
  input = demoDocumentInput('it');
  const dir = mkdtempSync(join(tmpdir(), 'traguardo-documents-'));
  const toConvert: string[] = [];
  for (const kind of ['piano', 'relazione'] as const) {
    const model = kind === 'piano' ? buildPianoModel(input) : buildRelazioneModel(input);
    const files = {} as Record<DocumentFormat, string>;
    const bytes = {} as Record<DocumentFormat, Buffer>;
    for (const format of ['docx', 'pdf', 'xlsx'] as const) {
      bytes[format] = await renderDocument(model, format);
      files[format] = join(dir, `${kind}-${format}.${format}`);
      writeFileSync(files[format], bytes[format]);
    }
    toConvert.push(files.docx, files.xlsx);
    rendered[kind] = { model, files, bytes, converted: { docx: '', xlsx: '' } };
  }
  const pdfs = convertToPdf(toConvert, join(dir, 'converted'));
  rendered.piano.converted = { docx: pdfs[0] as string, xlsx: pdfs[1] as string };
  rendered.relazione.converted = { docx: pdfs[2] as string, xlsx: pdfs[3] as string };
}, 300_000);

describe('the Relazione of the demo plan', () => {
  it('our PDF is A4 with DejaVu Sans embedded, contents, page numbers and the engine\'s scores', () => {
    const { files } = rendered.relazione;
    const info = pdfInfo(files.pdf);
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(info.Pages)).toBeGreaterThan(10);
    const fonts = pdfFonts(files.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.name.includes('DejaVuSans'))).toBe(true);
    const text = squeeze(pdfText(files.pdf));
    expect(text).toContain('Sommario');
    expect(text).toContain(`Pagina 2 di ${info.Pages}`);
    expect(text).toContain(`Performance organizzativa dell'ente ${score(input.scored.entity.rounded)}`);
    for (const unit of input.scored.units.filter((item) => item.rounded !== null)) expect(text).toMatch(sameRow(unit.code, score(unit.rounded)));
  });

  it('every indicator code and every objective score appears in our PDF and in the DOCX converted by LibreOffice', () => {
    for (const file of [rendered.relazione.files.pdf, rendered.relazione.converted.docx]) {
      const text = squeeze(pdfText(file));
      for (const indicator of input.plan.indicators) expect(text, `${file}: ${indicator.code}`).toContain(indicator.code);
      for (const node of input.scored.nodes.filter((item) => item.rounded !== null)) {
        expect(text, `${file}: ${node.code}`).toMatch(sameRow(node.code, score(node.rounded)));
      }
      expect(text).toContain(score(input.scored.entity.rounded));
      expect(text).toContain('✔ Raggiunto');
      for (const card of input.cardResults ?? []) expect(text).toContain(score(card.rounded.raw));
    }
  });

  it('the DOCX has heading styles, a table of contents field, repeated header rows and page numbers in the footer', () => {
    const { bytes, model } = rendered.relazione;
    const documentXml = readZipEntry(bytes.docx, 'word/document.xml');
    expect(documentXml).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(documentXml.match(/<w:tblHeader\/>/g)?.length ?? 0).toBeGreaterThanOrEqual(tablesOf(model).length);
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((name) => { try { return readZipEntry(bytes.docx, name); } catch { return ''; } }).join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(readZipEntry(bytes.docx, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });

  it('the XLSX has one sheet per table and per chart, frozen header rows and numbers stored as numbers with a display format', async () => {
    const { bytes, model } = rendered.relazione;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.xlsx as unknown as ArrayBuffer);
    const tables = tablesOf(model);
    const charts = model.blocks.filter((block) => block.kind === 'bar_chart');
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(workbook.worksheets.length).toBe(tables.length + charts.length + 1);
    charts.forEach((chart, i) => {
      const chartSheet = workbook.getWorksheet(`Grafico ${i + 1}`);
      expect(chartSheet?.getCell('A1').value).toBe(chart.title);
      expect(chart.bars.map((_, row) => chartSheet?.getRow(3 + row).getCell(2).value)).toEqual(chart.bars.map((bar) => bar.value));
    });
    const sheet = workbook.getWorksheet('performance-ente');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const entityRow = sheet?.getRow(5);
    expect(entityRow?.getCell(3).value).toBe(input.scored.entity.rounded);
    expect(entityRow?.getCell(3).numFmt).toBe('#,##0.00');
    let numbers = 0;
    workbook.worksheets.forEach((worksheet) => worksheet.eachRow((row) => row.eachCell((cell) => { if (cell.type === ExcelJS.ValueType.Number) numbers += 1; })));
    expect(numbers).toBe(numberCellsOf(model).length + charts.reduce((sum, chart) => sum + (chart.kind === 'bar_chart' ? chart.bars.length : 0), 0));
  });

  it('LibreOffice converts the XLSX to a PDF with the tables', () => {
    const text = squeeze(pdfText(rendered.relazione.converted.xlsx));
    expect(Number(pdfInfo(rendered.relazione.converted.xlsx).Pages)).toBeGreaterThan(5);
    expect(text).toContain('Performance organizzativa dell\'ente e sue componenti');
    for (const node of input.scored.nodes) expect(text).toContain(node.code);
  });
});

describe('the Piano of the demo plan', () => {
  it('our PDF and the converted DOCX show the approving act, the tree, the targets and the individual objectives', () => {
    for (const file of [rendered.piano.files.pdf, rendered.piano.converted.docx]) {
      const text = squeeze(pdfText(file));
      expect(text).toContain('Approvato con delibera di Giunta n. 8 del 29/01/2025 (Giunta camerale)');
      expect(text).toContain('Albero della performance');
      for (const node of input.plan.nodes) expect(text, `${file}: ${node.code}`).toContain(node.code);
      for (const indicator of input.plan.indicators) expect(text).toContain(indicator.code);
      expect(text).toContain('>= 14.000');
      expect(text).toContain('Scheda SG-2025: Anna Bianchi – Segretario Generale');
      expect(text).toContain('Analisi di genere');
    }
  });

  it('LibreOffice converts the Piano XLSX without error', () => {
    expect(Number(pdfInfo(rendered.piano.converted.xlsx).Pages)).toBeGreaterThan(3);
    expect(squeeze(pdfText(rendered.piano.converted.xlsx))).toContain('Obiettivo strategico A.1');
  });
});
