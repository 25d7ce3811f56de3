import { describe, expect, it } from 'vitest';
import { describeLocation, readImportFile } from './import-read.js';

describe('describeLocation', () => {
  it('names a line, a cell, an item with its field, or a field path, in both languages', () => {
    expect(describeLocation({ file: 'a.txt', line: 12, column: 5 })).toEqual({ it: 'Riga 12, colonna 5', en: 'Line 12, column 5' });
    expect(describeLocation({ file: 'a.xlsx', sheet: 'Target', row: 14, columnName: 'Anno', cell: 'B14' }))
      .toEqual({ it: 'Foglio Target, riga 14, colonna Anno', en: 'Sheet Target, row 14, column Anno' });
    expect(describeLocation({ path: 'indicators[4].targets.2021', item: { kind: 'indicator', code: 'A.1-K5' } }))
      .toEqual({ it: 'Indicatore A.1-K5, campo targets.2021', en: 'Indicator A.1-K5, field targets.2021' });
    expect(describeLocation({ path: 'cards[0]', item: { kind: 'card', code: 'C1' } })).toEqual({ it: 'Scheda C1', en: 'Card C1' });
    expect(describeLocation({ path: 'plan.firstYear' })).toEqual({ it: 'Campo plan.firstYear', en: 'Field plan.firstYear' });
    expect(describeLocation({ file: 'x.json', line: 0 })).toEqual({ it: 'x.json', en: 'x.json' });
  });
});

describe('readImportFile', () => {
  const options = { format: 'auto' as const, entityCode: 'E', entityName: 'Ente' };

  it('refuses files over 20 MB before reading them', async () => {
    const read = await readImportFile({ name: 'big.json', bytes: new Uint8Array(20 * 1024 * 1024 + 1) }, options);
    expect(read.errors.map((issue) => [issue.code, issue.message.en])).toEqual([['file_too_large', 'The file is too large (20.0 MB): the limit is 20.0 MB.']]);
  });

  it('locates JSON syntax errors by line and column, and asks for the format of unknown texts', async () => {
    const broken = await readImportFile({ name: 'p.json', bytes: Buffer.from('{\n  "format": "traguardo.plan/v1",\n  oops\n}') }, options);
    expect(broken.errors[0]).toMatchObject({ code: 'json_syntax', location: { file: 'p.json', line: 3 }, where: { it: expect.stringMatching(/^Riga 3, colonna \d+$/) } });
    const unknown = await readImportFile({ name: 'notes.txt', bytes: Buffer.from('nothing to see') }, options);
    expect(unknown.errors.map((issue) => issue.code)).toEqual(['format_unknown']);
    const named = await readImportFile({ name: 'notes.txt', bytes: Buffer.from('nothing to see') }, { ...options, format: 'tree-export' });
    expect(named.format).toBe('tree-export');
    expect(named.plan).toBeNull();
    expect(named.errors.length).toBeGreaterThan(0);
  });
});
