import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { contentDisposition, fileNameProblem, safeFileName } from './attachment-name.js';
import { EVIDENCE_TYPES } from '../../core/cycle/index.js';
import { ACCEPTED_EVIDENCE, sniffEvidence, zipEntryNames } from './attachment-sniff.js';

/** A zip whose entries are stored (not compressed), written by hand as the format says. */
function storedZip(entries: { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = Buffer.from(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(10, 4); local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(10, 6); central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('evidence type by content', () => {
  it('accepts exactly the types the web application lists before an upload', () => {
    expect(EVIDENCE_TYPES.map((type) => type.extension).sort()).toEqual([...ACCEPTED_EVIDENCE].sort());
  });

  it('recognises PDF, PNG and JPEG by their signatures, whatever the name', () => {
    expect(sniffEvidence(Buffer.from('%PDF-1.7\n...'), 'scan.png')?.kind).toBe('pdf');
    expect(sniffEvidence(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.pdf')?.kind).toBe('png');
    expect(sniffEvidence(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'foto')?.mediaType).toBe('image/jpeg');
  });

  it('recognises real XLSX and DOCX files, and ODT by its mimetype entry', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Dati').addRow(['Pratiche', 120]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(sniffEvidence(xlsx, 'dati.xlsx')?.kind).toBe('xlsx');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Verbale')] }] }));
    expect(sniffEvidence(Buffer.from(docx), 'verbale.docx')?.kind).toBe('docx');
    const odt = storedZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<office:document-content/>' }]);
    expect(sniffEvidence(odt, 'relazione.odt')?.kind).toBe('odt');
  });

  it('refuses other zips: macro-enabled workbooks, plain archives, spreadsheets of OpenDocument', () => {
    const macro = storedZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<w/>' }, { name: 'xl/vbaProject.bin', data: 'x' }]);
    expect(sniffEvidence(macro, 'dati.xlsx')).toBeNull();
    expect(sniffEvidence(storedZip([{ name: 'run.sh', data: 'rm -rf /' }]), 'a.zip')).toBeNull();
    expect(sniffEvidence(storedZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]), 'a.odt')).toBeNull();
    expect(zipEntryNames(Buffer.from('PK\u0003\u0004 truncated'))).toBeNull();
  });

  it('refuses executables and markup disguised by their name', () => {
    expect(sniffEvidence(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'relazione.pdf')).toBeNull();
    expect(sniffEvidence(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64), Buffer.from('This program cannot be run in DOS mode')]), 'dati.pdf')).toBeNull();
    expect(sniffEvidence(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'note.txt')).toBeNull();
    expect(sniffEvidence(Buffer.from('  <svg onload="x()"/>'), 'grafico.csv')).toBeNull();
    expect(sniffEvidence(Buffer.from([0xc3, 0x28]), 'bad.txt')).toBeNull();
    expect(sniffEvidence(Buffer.alloc(0), 'empty.txt')).toBeNull();
  });

  it('accepts UTF-8 text as CSV or TXT by the declared name', () => {
    expect(sniffEvidence(Buffer.from('\ufeffmisura;valore\nPratiche evase;1.234,5\n'), 'dati.csv')?.mediaType).toBe('text/csv; charset=utf-8');
    expect(sniffEvidence(Buffer.from('Verbale del 12/05/2026: 120 pratiche.\r\n'), 'verbale')?.kind).toBe('txt');
  });
});

describe('evidence file names', () => {
  it('refuses names that are paths or carry control characters', () => {
    expect(fileNameProblem('../../etc/passwd.pdf')).toBe('path');
    expect(fileNameProblem('..\\..\\windows\\system.ini')).toBe('path');
    expect(fileNameProblem('C:evil.pdf')).toBe('path');
    expect(fileNameProblem('.htaccess')).toBe('path');
    expect(fileNameProblem('verbale\u0000.pdf')).toBe('control_characters');
    expect(fileNameProblem('   ')).toBe('empty');
    expect(fileNameProblem('x'.repeat(201))).toBe('too_long');
    expect(fileNameProblem('Verbale n. 3 (maggio).pdf')).toBeNull();
  });

  it('keeps letters, digits and ._()- and puts the detected type\'s extension', () => {
    expect(safeFileName('Verbale n. 3 (maggio).pdf', 'pdf')).toBe('Verbale n. 3 (maggio).pdf');
    expect(safeFileName('dati<script>.pdf', 'png')).toBe('dati_script_.png');
    expect(safeFileName('città attività.xlsx', 'xlsx')).toBe('città attività.xlsx');
    expect(safeFileName('***.txt', 'txt')).toBe('evidenza.txt');
  });

  it('always makes the download an attachment, with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('città "x".pdf')).toBe('attachment; filename="citta _x_.pdf"; filename*=UTF-8\'\'citt%C3%A0%20%22x%22.pdf');
  });
});
