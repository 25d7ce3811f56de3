/**
 * Test support for the import/export formats: the real documents of ../shared/seeds read by their
 * readers, the example plan, a plan that fills every field the model has, a workbook editor and a
 * minimal zip writer for crafting hostile archives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { readCardExport } from '../card-export/card-export-reader.js';
import { readTreeExport } from '../tree-export/tree-export-reader.js';
import { readZipDirectory } from './zip-guard.js';
import { readSeed as readSeedText, CARD_SEED, REPO_ROOT, TREE_SEED } from '../../test-support/seeds.js';

export { CARD_SEED, readSeed as readSeedText, REPO_ROOT, SEEDS, TREE_SEED } from '../../test-support/seeds.js';

export function seedTreePlan(): Plan {
  const result = readTreeExport(readSeedText(TREE_SEED), { entityCode: 'LE', entityName: 'Camera di Commercio di Lecce', fileName: TREE_SEED });
  if (!result.plan) throw new Error(`seed 004 did not read: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.plan;
}

export function seedCardPlan(): Plan {
  const result = readCardExport(readSeedText(CARD_SEED), { entityCode: 'MS', entityName: 'Camera di Commercio di Massa-Carrara', fileName: CARD_SEED });
  if (!result.plan) throw new Error(`seed 002 did not read: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.plan;
}

export function examplePlan(): Plan {
  return planSchema.parse(JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs', 'formats', 'example-plan.json'), 'utf8')));
}

const act = { kind: 'delibera_giunta', number: '7/B', date: '2026-01-28', body: 'Giunta camerale', note: 'Approvazione; con "virgolette"' } as const;

/** The example plan with every optional part filled in: budgets, history, parameters, cards, odd texts. */
export function buildFullPlan(): Plan {
  const base = examplePlan();
  const [first, second, ...restNodes] = base.nodes;
  const [indicator, ...restIndicators] = base.indicators;
  return planSchema.parse({
    ...base,
    nodes: [
      { ...first, budget: { 2026: { revenue: { planned: 1000.5 }, costs: { planned: 2500, actual: 2400.25 } }, 2027: {} }, budgetProgram: { mission: '032', program: '003' }, indicatorShare: 40, firstYear: 2026, links: ['OE1'], history: [{ year: 2026, change: 'introduced', act }, { year: 2027, change: 'modified', note: 'Peso rivisto' }] },
      { ...second, description: 'Riga 1\r\nRiga 2\twith tab; _x000D_ literal and _x005F\u0001 control' },
      ...restNodes,
    ],
    indicators: [
      { ...indicator, parameters: { N: { 2026: 5, 2027: 4 }, soglia: { 2026: 0.75 } }, polarity: 'higher', scoringRule: 'linear', firstYear: 2026, notes: '=SOMMA(A1:A3) is text, not a formula', source: '+39 ufficio', description: '@handle -1' },
      ...restIndicators,
    ],
    cards: [{
      code: 'C1', person: { code: 'rossi;mario', name: 'Rossi Mario' }, role: 'dirigente', roleLabel: 'Dirigente Area 1 (ad interim)',
      orgUnit: base.orgUnits[0]?.code, year: 2026, evaluator: { code: 'SG' },
      components: [{ key: 'objectives', weight: 60 }, { key: 'behaviours', weight: 25 }, { key: 'entity_performance', weight: 15 }],
      objectives: [
        { code: 'OB1', title: 'Obiettivo individuale', weight: 70, indicators: [base.indicators[0]!.code, { code: base.indicators[1]!.code, weight: 30 }, { code: 'a=b;c' }], nodes: ['A'] },
        { code: 'OB2', title: 'Obiettivo qualitativo', weight: 30, ownIndicators: [
          { code: 'Q1', name: 'Relazione consegnata', weight: 50, target: 'entro 30/06/2026', achievement: 100, justification: 'Consegnata il 20/06' },
          { code: 'Q2', name: 'Progetto sospeso', suspended: { reason: 'Fusione sospesa dal TAR' } },
        ] },
      ],
      behaviours: [{ code: 'B1', label: 'Orientamento al risultato', weight: 50, rating: 4 }, { code: 'B2', label: 'Collaborazione' }],
      complexity: { staff: 3, innovation: 2, relationships: 4, effort: 1 },
    }, {
      code: 'C2', person: { code: 'bianchi', name: 'Bianchi Anna' }, role: 'po', year: 2026, evaluator: { code: 'DIR1', name: 'Rossi Mario' },
    }],
  });
}

/** Loads a workbook, lets the test change it, and writes it again. */
export async function editWorkbook(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ZipItem {
  name: string;
  content: Buffer;
  /** Size to declare in the directory instead of the real one (to craft a lying archive). */
  declaredSize?: number;
}

/** A minimal zip writer (deflate, no data descriptors), for hostile archives in tests. */
export function buildZip(items: readonly ZipItem[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name, 'utf8');
    const data = deflateRawSync(item.content);
    const size = item.declaredSize ?? item.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(items.length, 8); end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a zip written by buildZip or exceljs (deflated or stored), uncompressed. */
export function unzipEntries(bytes: Buffer): ZipItem[] {
  return (readZipDirectory(bytes) ?? []).filter((entry) => !entry.name.endsWith('/')).map((entry) => {
    const header = entry.localHeaderOffset;
    const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    return { name: entry.name, content: entry.method === 8 ? inflateRawSync(data) : Buffer.from(data) };
  });
}
