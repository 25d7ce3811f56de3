import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_SHEETS } from './xlsx-layout.js';
import { REPO_ROOT } from './xlsx-test-support.js';

const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'formats', 'xlsx.md'), 'utf8');
const [italian = '', english = ''] = doc.split('\n## English\n');

describe('docs/formats/xlsx.md describes the workbook the code writes', () => {
  it('lists every sheet and every column, in Italian and in English', () => {
    for (const spec of DATA_SHEETS) {
      expect(italian).toContain(`#### ${spec.name}\n`);
      expect(english).toContain(`#### ${spec.name} (${spec.nameEn})\n`);
      for (const column of spec.columns) {
        expect(italian).toContain(`| ${column.header.it} |`);
        expect(english).toContain(`| ${column.header.it} / ${column.header.en} |`);
      }
    }
  });
});
