import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import type { Plan } from '../../core/plan/plan.schema.js';
import { writePlanFile } from '../../formats/plan-file.js';
import { CARD_SEED, TREE_SEED, readSeedText, seedCardPlan } from '../../formats/xlsx/xlsx-test-support.js';
import { writePlanWorkbook } from '../../formats/xlsx/xlsx-writer.js';
import type { Database, Db } from '../db/database.js';
import { auditLog, entities, evaluationCards, indicators, planYears, plans } from '../db/schema.js';
import { createTestDatabase } from '../db/test-database.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { importPlan, type ImportReport, type ImportRequest } from './import.js';
import { countPlan } from './import-report.js';
import { tableFingerprint } from './import-test-support.js';

const actor = { userId: null, username: 'stp-test' };
let database: Database;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await db.insert(entities).values([{ code: 'LE', name: 'Camera di Commercio di Lecce' }, { code: 'MS', name: 'Camera di Commercio di Massa-Carrara' }]);
});
afterAll(async () => { await database.close(); });

async function run(request: Partial<ImportRequest> & Pick<ImportRequest, 'file'>): Promise<ImportReport> {
  const result = await importPlan(db, { entityCode: 'LE', format: 'auto', dryRun: false, actor, ...request });
  if (!result.ok) throw new Error(result.code);
  return result.value;
}

const seedFile = (name: string) => ({ name, bytes: Buffer.from(readSeedText(name)) });
const entityId = async (code: string) => (await db.select().from(entities).where(eq(entities.code, code)))[0]!.id;

describe('importPlan: the seed documents into the database', () => {
  it('seed 004 (tree export) gives 3/5/5/13/31 nodes, 93 indicators and 20 org units, written and read back', async () => {
    const report = await run({ file: seedFile(TREE_SEED) });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ format: 'tree-export', imported: true, replaces: false, planCode: '2021-2023' });
    expect(report.counts).toMatchObject({
      byLevel: { strategic_area: 3, strategic_objective: 5, program: 5, operational_objective: 13, action: 31 },
      indicators: 93, orgUnits: 20,
    });
    const lint = report.warnings.find((issue) => issue.code === 'trend_without_baseline');
    expect(lint).toMatchObject({ severity: 'error', location: { item: { kind: 'indicator' } } });
    const plan = (await loadPlan(db, await entityId('LE'), '2021-2023'))!;
    expect(plan.nodes).toHaveLength(57);
    expect(plan.indicators).toHaveLength(93);
    expect(plan.orgUnits).toHaveLength(20);
  });

  it('seed 002 (card export) gives the counts of its reader plus 7 cards', async () => {
    const report = await run({ entityCode: 'MS', file: seedFile(CARD_SEED) });
    expect(report.errors).toEqual([]);
    expect(report.format).toBe('card-export');
    expect(report.counts).toEqual({ ...countPlan(seedCardPlan()), cards: 7 });
    const [row] = await db.select({ n: count() }).from(evaluationCards).where(eq(evaluationCards.entityId, await entityId('MS')));
    expect(row!.n).toBe(7);
    expect(report.warnings.some((issue) => issue.code === 'card_missing_evaluator' && issue.location.item?.kind === 'card')).toBe(true);
  });

  it('re-importing the export of an imported plan (XLSX and JSON) changes nothing', async () => {
    const id = await entityId('LE');
    const stored = (await loadPlan(db, id, '2021-2023'))!;
    for (const file of [
      { name: 'lecce.xlsx', bytes: await writePlanWorkbook(stored) },
      { name: 'lecce.json', bytes: Buffer.from(writePlanFile(stored, 'json')) },
      { name: 'lecce.yaml', bytes: Buffer.from(writePlanFile(stored, 'yaml')) },
    ]) {
      const dry = await run({ file, dryRun: true });
      expect(dry.errors).toEqual([]);
      expect(dry.replaces).toBe(true);
      expect(dry.diff).toMatchObject({ headerChanged: false, added: { nodes: [], indicators: [], measures: [] }, changed: { nodes: [], indicators: [] }, removed: { nodes: [], indicators: [] } });
      const real = await run({ file });
      expect(real.imported).toBe(true);
      expect(await loadPlan(db, id, '2021-2023')).toStrictEqual(stored);
    }
  });
});

describe('importPlan: dry run, diff and what blocks an import', () => {
  it('a dry run reports the diff and writes nothing', async () => {
    const stored = (await loadPlan(db, await entityId('LE'), '2021-2023'))!;
    const edited: Plan = {
      ...stored,
      nodes: stored.nodes.map((node) => (node.code === 'A' ? { ...node, title: 'Area A rinominata' } : node)),
      indicators: stored.indicators.filter((indicator) => indicator.code !== 'A.1-K2'),
      measures: [...stored.measures, { code: 'NEW1', name: 'Misura nuova', unit: 'number' }],
    };
    const before = await tableFingerprint(db);
    const report = await run({ file: { name: 'edited.json', bytes: Buffer.from(writePlanFile(edited, 'json')) }, dryRun: true });
    expect(report.imported).toBe(false);
    expect(report.diff?.changed.nodes).toEqual(['A']);
    expect(report.diff?.removed.indicators).toEqual(['A.1-K2']);
    expect(report.diff?.added.measures).toEqual(['NEW1']);
    expect(await tableFingerprint(db)).toEqual(before);
  });

  it('is all or nothing: a constraint violation in the middle of the write leaves the database as it was', async () => {
    const id = await entityId('LE');
    const stored = (await loadPlan(db, id, '2021-2023'))!;
    await db.execute(sql`ALTER TABLE indicators ADD CONSTRAINT test_no_boom CHECK (name <> 'BOOM')`);
    try {
      const last = stored.indicators.length - 1;
      const crafted: Plan = { ...stored, indicators: stored.indicators.map((indicator, i) => (i === last ? { ...indicator, name: 'BOOM' } : indicator)) };
      const before = await tableFingerprint(db);
      const report = await run({ file: { name: 'crafted.xlsx', bytes: await writePlanWorkbook(crafted) } });
      expect(report.imported).toBe(false);
      expect(report.errors.map((issue) => issue.code)).toEqual(['write_failed']);
      expect(report.errors[0]!.message.it).toContain('nulla è stato scritto');
      expect(await tableFingerprint(db)).toEqual(before);
      expect(await loadPlan(db, id, '2021-2023')).toStrictEqual(stored);
    } finally {
      await db.execute(sql`ALTER TABLE indicators DROP CONSTRAINT test_no_boom`);
    }
  });

  it('blocks texts with a NUL character, a year outside the plan, and a plan already in monitoring', async () => {
    const id = await entityId('LE');
    const stored = (await loadPlan(db, id, '2021-2023'))!;
    const nul: Plan = { ...stored, nodes: stored.nodes.map((node, i) => (i === 2 ? { ...node, title: 'Titolo\u0000rotto' } : node)) };
    const before = await tableFingerprint(db);
    const blocked = await run({ file: { name: 'nul.xlsx', bytes: await writePlanWorkbook(nul) }, year: 2025 });
    expect(blocked.errors.map((issue) => [issue.code, issue.where.it])).toEqual([
      ['year_outside_plan', 'Campo plan.firstYear'],
      ['text_nul_character', 'Foglio Nodi, riga 4, colonna Titolo'],
    ]);
    const [plan] = await db.select().from(plans).where(eq(plans.entityId, id));
    await db.update(planYears).set({ status: 'monitoring' }).where(eq(planYears.planId, plan!.id));
    const refused = await run({ file: { name: 'same.json', bytes: Buffer.from(writePlanFile(stored, 'json')) } });
    expect(refused.errors.map((issue) => issue.code)).toEqual(['plan_not_replaceable']);
    await db.update(planYears).set({ status: 'planning' }).where(eq(planYears.planId, plan!.id));
    const after = await tableFingerprint(db);
    expect(after).toEqual(before);
  });

  it('fails for an unknown entity unless asked to create it, and creates it in the same transaction', async () => {
    expect(await importPlan(db, { entityCode: 'NOPE', file: seedFile(TREE_SEED), format: 'auto', dryRun: false, actor })).toMatchObject({ ok: false, code: 'entity_not_found' });
    const report = await run({ entityCode: 'LE2', createEntityName: 'Lecce bis', file: seedFile(TREE_SEED), format: 'tree-export' });
    expect(report.imported).toBe(true);
    const [entity] = await db.select().from(entities).where(eq(entities.code, 'LE2'));
    expect(entity?.name).toBe('Lecce bis');
    const [indicatorRows] = await db.select({ n: count() }).from(indicators).where(eq(indicators.entityId, entity!.id));
    expect(indicatorRows!.n).toBe(93);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, entity!.id));
    expect(audit.map((row) => `${row.objectType}.${row.action}`).sort()).toEqual(['entity.create', 'plan.import']);
  });
});
