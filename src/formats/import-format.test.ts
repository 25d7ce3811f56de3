import { describe, expect, it } from 'vitest';
import { detectImportFormat } from './import-format.js';
import { CARD_SEED, TREE_SEED, examplePlan, readSeedText } from './xlsx/xlsx-test-support.js';
import { writePlanWorkbook } from './xlsx/xlsx-writer.js';
import { writePlanFile } from './plan-file.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('detectImportFormat', () => {
  it('recognises each format by its content, whatever the file is called', async () => {
    expect(detectImportFormat('upload', bytes(readSeedText(TREE_SEED)))).toEqual({ ok: true, format: 'tree-export' });
    expect(detectImportFormat('upload', bytes(readSeedText(CARD_SEED)))).toEqual({ ok: true, format: 'card-export' });
    expect(detectImportFormat('upload', await writePlanWorkbook(examplePlan()))).toEqual({ ok: true, format: 'xlsx' });
    expect(detectImportFormat('upload', bytes(writePlanFile(examplePlan(), 'json')))).toEqual({ ok: true, format: 'json' });
    expect(detectImportFormat('upload', bytes(writePlanFile(examplePlan(), 'yaml')))).toEqual({ ok: true, format: 'json' });
    expect(detectImportFormat('piano.yml', bytes('anything'))).toEqual({ ok: true, format: 'json' });
  });

  it('refuses binary files and texts of no known layout, asking for the format', () => {
    expect(detectImportFormat('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x10]))).toMatchObject({ ok: false, code: 'format_binary' });
    const unknown = detectImportFormat('notes.txt', bytes('Verbale della riunione del 12/03/2026'));
    expect(unknown).toMatchObject({ ok: false, code: 'format_unknown' });
    if (!unknown.ok) expect(unknown.message.en).toContain('tree-export, card-export, xlsx or json');
  });

  it('does not take a multi-byte character cut at the sample boundary for binary', () => {
    const text = `${'Area strategica: A è'.repeat(5000)}\n#### KPI Associati\n`;
    expect(detectImportFormat('x.txt', bytes(text))).toEqual({ ok: true, format: 'tree-export' });
  });
});
