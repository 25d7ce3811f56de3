/**
 * The real `traguardo import` and `traguardo export` commands as child processes on an embedded PGlite
 * database (DATA_DIR). The service tests run on both backends; the command line is the same on either.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../server/db/test-database.js';
import { CARD_SEED, SEEDS, TREE_SEED, editWorkbook, readSeedText } from '../../formats/xlsx/xlsx-test-support.js';
import { REPO_ROOT } from './cli-test-support.js';

interface Run { code: number; stdout: string; stderr: string }

const folder = mkdtempSync(join(tmpdir(), 'traguardo-cli-import-'));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), DATA_DIR: join(folder, 'data'), SESSION_SECRET: 's'.repeat(40) };

function traguardo(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin', 'traguardo.js'), ...args], { cwd: folder, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe.skipIf(testDatabaseKind() === 'postgres')('traguardo import and export', () => {
  readSeedText(TREE_SEED); // fails clearly when ../shared/seeds is missing
  const tree = join(SEEDS, TREE_SEED);

  it('imports seed 004 into a new entity and prints the report as JSON', async () => {
    const run = await traguardo('import', tree, '--entity', 'LE', '--entity-name', 'Camera di Commercio di Lecce', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { counts: Record<string, unknown>; warnings: { code: string; severity: string; location: unknown; message: unknown }[]; imported: boolean };
    expect(report.imported).toBe(true);
    expect(report.counts).toMatchObject({
      byLevel: { strategic_area: 3, strategic_objective: 5, program: 5, operational_objective: 13, action: 31 },
      indicators: 93, measures: 60, orgUnits: 20, cards: 0,
    });
    expect(report.warnings.length).toBeGreaterThan(0);
    for (const warning of report.warnings) expect(Object.keys(warning)).toEqual(expect.arrayContaining(['code', 'severity', 'location', 'message']));
  }, 180_000);

  it('exports the plan as XLSX and a dry run of that file shows no difference', async () => {
    const exported = await traguardo('export', '--entity', 'LE', '--year', '2022', '--format', 'xlsx', '-o', 'lecce.xlsx');
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('Scritto: lecce.xlsx');
    const dry = await traguardo('import', join(folder, 'lecce.xlsx'), '--dry-run', '--locale', 'en');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('lecce.xlsx (xlsx) → LE: Dry run: no blocking errors.');
    expect(dry.stdout).toContain('Differences from the existing plan: added: —; changed: —; removed: —');
    expect(dry.stdout).toContain('Content: 3 strategic areas, 5 strategic objectives, 5 programs, 13 operational objectives, 31 actions; 93 indicators');
  }, 180_000);

  it('blocks a workbook with a bad cell, naming the sheet, row and column (exit 1)', async () => {
    const broken = await editWorkbook(readFileSync(join(folder, 'lecce.xlsx')), (workbook) => { workbook.getWorksheet('Target')!.getCell('B14').value = 'duemila'; });
    writeFileSync(join(folder, 'broken.xlsx'), broken);
    const run = await traguardo('import', join(folder, 'broken.xlsx'), '--entity', 'LE');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Importazione bloccata dagli errori: nulla è stato scritto.');
    expect(run.stdout).toContain('✘ Foglio Target, riga 14, colonna Anno: atteso un numero intero, trovato "duemila". [xlsx_cell_invalid]');
  }, 180_000);

  it('exports open data as CSV (Italian option) and JSON', async () => {
    const csv = await traguardo('export', '--entity', 'LE', '--year', '2021', '--format', 'csv', '--csv-locale', 'it', '--table', 'indicators');
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFCodice;Nodo;Nome;Tipo;Algoritmo;')).toBe(true);
    expect(csv.stdout.split('\r\n').filter((line) => line !== '')).toHaveLength(94);
    const json = await traguardo('export', '--entity', 'LE', '--year', '2021', '--format', 'open-data');
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'traguardo.open-data/v1', year: 2021, entity: { code: 'LE' } });
  }, 180_000);

  it('refuses bad input with exit 2: a missing file, an unknown entity, a year no plan covers', async () => {
    expect((await traguardo('import', join(folder, 'nope.txt'), '--entity', 'LE')).code).toBe(2);
    const unknown = await traguardo('import', join(SEEDS, CARD_SEED), '--entity', 'MS');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('L’ente MS non esiste: crealo con --entity-name');
    const year = await traguardo('export', '--entity', 'LE', '--year', '2030', '--format', 'json');
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('Nessun piano dell’ente LE copre il 2030');
  }, 180_000);
});
