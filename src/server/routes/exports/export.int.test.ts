import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREE_SEED, readSeedText } from '../../../formats/xlsx/xlsx-test-support.js';
import { readPlanWorkbook } from '../../../formats/xlsx/xlsx-reader.js';
import { recomputeOpenData } from '../../../formats/open-data/open-data.js';
import { loadPlan } from '../../repositories/plan-repository.js';
import { importPlan } from '../../services/import.js';
import { buildEntity, buildUser, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';

let t: TestApp;
let stp: Session;
let lettore: Session;
let entityId: string;
const base = '/api/entities/LE/plans/2021-2023';

beforeAll(async () => {
  t = await startTestApp();
  entityId = (await buildEntity(t.db, { code: 'LE', name: 'Camera di Commercio di Lecce' })).id;
  stp = await login(t.app, (await buildUser(t.db, { entityId, role: 'stp' })).username);
  lettore = await login(t.app, (await buildUser(t.db, { entityId, role: 'lettore' })).username);
  const imported = await importPlan(t.db, {
    entityCode: 'LE', file: { name: TREE_SEED, bytes: Buffer.from(readSeedText(TREE_SEED)) }, format: 'auto', dryRun: false,
    actor: { userId: null, username: 'test' },
  });
  expect(imported.ok && imported.value.imported).toBe(true);
});
afterAll(async () => { await t?.close(); });

describe('GET …/plans/:planCode/export', () => {
  it('downloads the plan workbook, which reads back as the stored plan', async () => {
    const response = await t.app.inject({ method: 'GET', url: `${base}/export?format=xlsx`, headers: stp.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="LE-2021-2023.xlsx"');
    const read = await readPlanWorkbook(response.rawPayload);
    expect(read.errors).toEqual([]);
    expect(read.plan).toStrictEqual(await loadPlan(t.db, entityId, '2021-2023'));
  });

  it('downloads the canonical plan file as YAML; readers of the entity may not', async () => {
    const yaml = await t.app.inject({ method: 'GET', url: `${base}/export?format=yaml`, headers: stp.headers });
    expect(yaml.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(yaml.body).toContain('format: traguardo.plan/v1');
    const reader = await t.app.inject({ method: 'GET', url: `${base}/export?format=json`, headers: lettore.headers });
    expect(problemOf(reader)).toMatchObject({ status: 403, code: 'forbidden' });
  });
});

describe('GET …/plans/:planCode/open-data', () => {
  it('gives every reader the open data JSON, which recomputes to the same results', async () => {
    const response = await t.app.inject({ method: 'GET', url: `${base}/open-data?year=2022`, headers: lettore.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="LE-2021-2023-open-data-2022.json"');
    const document = response.json<{ results: unknown[]; year: number }>();
    expect(document.year).toBe(2022);
    expect(recomputeOpenData(document)).toStrictEqual(document.results);
  });

  it('gives CSV tables with the Italian option', async () => {
    const response = await t.app.inject({ method: 'GET', url: `${base}/open-data?year=2022&format=csv&table=nodes&locale=it`, headers: lettore.headers });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.startsWith('\uFEFFCodice;Titolo;Sezione;Livello;Padre;Peso;')).toBe(true);
    expect(response.body.trim().split('\r\n')).toHaveLength(58);
  });

  it('refuses a year outside the plan (400) and an unknown period (404)', async () => {
    const year = await t.app.inject({ method: 'GET', url: `${base}/open-data?year=2030`, headers: lettore.headers });
    expect(problemOf(year)).toMatchObject({ status: 400, code: 'year_outside_plan' });
    const period = await t.app.inject({ method: 'GET', url: `${base}/open-data?year=2022&period=2022-9`, headers: lettore.headers });
    expect(problemOf(period)).toMatchObject({ status: 404, code: 'period_not_found' });
  });
});
