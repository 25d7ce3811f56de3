import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { buildIndicator, buildMeasure, buildPlan, buildTreeNodes } from '../../core/plan/plan-factories.js';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { auditLog, entities, orgUnits, planYears, plans } from '../db/schema.js';
import { withTransaction, type Database } from '../db/database.js';
import { createTestDatabase, testDatabaseKind } from '../db/test-database.js';
import { loadPlan, savePlan } from './plan-repository.js';
import { canonicalPlan } from './plan-order.js';

const actor = { userId: null, username: 'stp' };
const act = { kind: 'delibera_giunta' as const, number: '12', date: '2026-01-28', body: 'Giunta camerale' };

/** A plan that uses every optional field of the model at least once. */
function richPlan(): Plan {
  const [area, strategic, operational] = buildTreeNodes();
  return buildPlan({
    plan: {
      code: 'P2026', title: 'Piano 2026–2027', firstYear: 2026, lastYear: 2027, approvedBy: act,
      levels: [{ key: 'strategic_area', label: { it: 'Area', en: 'Area' } }, { key: 'strategic_objective' }, { key: 'operational_objective', codeRequired: false }],
    },
    orgUnits: [
      { code: 'SG', name: 'Segreteria Generale', kind: 'entity', validFrom: '2020-01-01' },
      { code: 'AREA1', name: 'Area Anagrafe', kind: 'area', parent: 'SG', validFrom: '2020-01-01', validTo: '2027-12-31' },
      { code: 'UFF1', name: 'Ufficio Registro', parent: 'AREA1' },
    ],
    nodes: [
      { ...area!, description: '<p>Competitività</p>', weight: 40, units: { responsible: ['SG'], involved: [] } },
      { ...strategic!, budget: { '2026': { costs: { planned: 1234.56, actual: 1000.1 } } }, budgetProgram: { mission: '032', program: '003' }, firstYear: 2024, history: [{ year: 2026, change: 'modified', act }] },
      { ...operational!, indicatorShare: 60, units: { responsible: ['AREA1'], involved: ['UFF1'] }, links: ['ENTE1'] },
      { code: 'ENTE1', title: 'Obiettivo di ente', section: 'entity', weight: 0.1 },
    ],
    indicators: [
      buildIndicator({ description: 'Tempo medio', type: 'efficiency', formulaProse: 'Pratiche evase', unit: 'days', polarity: 'lower', baseline: { year: 2025, value: 12.5, text: '12,5 gg' }, targets: { '2026': '<= 10 gg', '2027': '<= 9 gg' }, weight: 33.33, source: 'Priamo', periodicity: 'four_monthly', scoringRule: 'linear', parameters: { N: { '2026': 5 } }, firstYear: 2026, notes: 'nota' }),
      buildIndicator({ code: 'KPI2', name: 'Regolamento approvato', formula: 'REG', unit: 'boolean', baseline: { value: false }, targets: { '2026': 'SI' } }),
      buildIndicator({ code: 'KPI0', node: 'ENTE1', name: 'Indicatore manuale', formula: undefined, targets: { '2026': 'Migliorare il clima' } }),
    ],
    measures: [buildMeasure({ unit: 'number', source: 'Priamo', periodicity: 'annual', description: 'conteggio' }), buildMeasure({ code: 'REG', name: 'Regolamento', unit: 'boolean' })],
    periods: [
      { code: '2026-2', year: 2026, end: '2026-08-31' },
      { code: '2026-1', year: 2026, end: '2026-04-30', expectedProgress: 33.33 },
      { code: '2026-3', year: 2026, end: '2026-12-31', final: true },
    ],
    values: [
      { measure: 'REG', year: 2026, value: true, state: 'submitted', enteredBy: 'referente', enteredAt: '2026-05-10T08:00:00.000Z', evidence: 'delibera.pdf', note: 'ok', source: 'Albo' },
      { measure: 'PRAT', year: 2026, period: '2026-1', value: 41, enteredAt: '2026-05-11T09:30:00.000Z' },
      { measure: 'PRAT', year: 2026, period: '2026-1', value: 43, state: 'draft', enteredBy: 'referente', enteredAt: '2026-05-12T09:30:00.000Z', note: 'correzione' },
      { measure: 'PRAT', year: 2026, period: '2026-2', value: 77.25, state: 'draft', enteredAt: '2026-09-11T09:30:00.000Z' },
    ],
    suspensions: [{ target: { kind: 'indicator', code: 'KPI2' }, year: 2026, reason: 'Norma sospesa', act }],
    cards: [{
      code: 'SG-2026', person: { code: 'P001', name: 'Mario Rossi' }, role: 'sg', roleLabel: 'Segretario Generale', orgUnit: 'SG', year: 2026,
      evaluator: { code: 'OIV' }, components: [{ key: 'entity_performance', weight: 30 }, { key: 'objectives', weight: 70 }],
      objectives: [{ code: 'OB1', title: 'Tempi', weight: 100, indicators: ['KPI1', { code: 'KPI2', weight: 40 }], nodes: [], ownIndicators: [{ code: 'OWN1', name: 'Relazione', achievement: 90, justification: 'consegnata' }] }],
      behaviours: [{ code: 'B1', label: 'Leadership', rating: 4 }], complexity: { staff: 3, innovation: 2, relationships: 4, effort: 3 },
    }],
    manualAchievements: [{ target: { kind: 'indicator', code: 'KPI0' }, year: 2026, period: '2026-2', achievement: 80, justification: 'Valutazione OIV', by: 'oiv', at: '2026-09-20T12:00:00.000Z' }],
  });
}

describe(`plan repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let entityId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const [entity] = await database.db.insert(entities).values({ code: 'DEMO', name: 'Camera di commercio di prova' }).returning();
    entityId = entity!.id;
  });
  afterAll(async () => { await database?.close(); });

  it('reads back the plan it saved, field by field, and the result passes the plan schema', async () => {
    const plan = richPlan();
    const saved = await withTransaction(database.db, (tx) => savePlan(tx, entityId, plan, actor, { yearStatus: { 2026: 'monitoring' }, closedPeriods: ['2026-1'] }));
    expect(saved).toMatchObject({ ok: true, value: { code: 'P2026' } });
    const loaded = await loadPlan(database.db, entityId, 'P2026');
    expect(planSchema.safeParse(loaded).success).toBe(true);
    expect(loaded).toEqual(canonicalPlan(plan));
    expect(loaded!.periods.map((period) => period.code)).toEqual(['2026-1', '2026-2', '2026-3']);
    expect(loaded!.orgUnits.find((unit) => unit.code === 'UFF1')).toEqual({ code: 'UFF1', name: 'Ufficio Registro', kind: 'office', parent: 'AREA1' });
  });

  it('records the plan years with their status and one audit entry holding the plan', async () => {
    const [header] = await database.db.select().from(plans).where(eq(plans.code, 'P2026'));
    const years = await database.db.select({ year: planYears.year, status: planYears.status }).from(planYears).where(eq(planYears.planId, header!.id)).orderBy(planYears.year);
    expect(years).toEqual([{ year: 2026, status: 'monitoring' }, { year: 2027, status: 'planning' }]);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.objectId, header!.id));
    expect(audit).toMatchObject({ objectType: 'plan', action: 'create', username: 'stp', entityId });
    expect((audit!.after as { plan: Plan }).plan.indicators).toHaveLength(3);
  });

  it('refuses a second plan with the same code and leaves the first untouched', async () => {
    const again = await savePlan(database.db, entityId, richPlan(), actor);
    expect(again).toMatchObject({ ok: false, code: 'plan_exists' });
  });

  it('returns null for a plan of another entity or an unknown code', async () => {
    const [other] = await database.db.insert(entities).values({ code: 'OTHER', name: 'Altro ente' }).returning();
    expect(await loadPlan(database.db, other!.id, 'P2026')).toBeNull();
    expect(await loadPlan(database.db, entityId, 'NOPE')).toBeNull();
  });

  it('rejects a plan with broken references, with located issues, writing nothing', async () => {
    const plan = buildPlan({ plan: { code: 'BAD', title: 'Rotto', firstYear: 2026, lastYear: 2026, levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }] }, indicators: [buildIndicator({ node: 'Z.9' })] });
    const result = await savePlan(database.db, entityId, plan, actor);
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== 'invalid_plan') throw new Error('expected invalid_plan');
    expect(result.issues.map((issue) => [issue.code, issue.location.path])).toEqual([['indicator_node_unknown', 'indicators[0].node']]);
    expect(await loadPlan(database.db, entityId, 'BAD')).toBeNull();
  });

  it('keeps the org units the entity already has and writes nothing when the transaction fails', async () => {
    const plan = { ...richPlan(), plan: { ...richPlan().plan, code: 'P-ROLLBACK' } };
    const unitsBefore = await database.db.select({ n: count() }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
    await expect(withTransaction(database.db, async (tx) => {
      const result = await savePlan(tx, entityId, plan, actor);
      expect(result.ok).toBe(true);
      throw new Error('a later step of the import failed');
    })).rejects.toThrow('a later step of the import failed');
    expect(await loadPlan(database.db, entityId, 'P-ROLLBACK')).toBeNull();
    const unitsAfter = await database.db.select({ n: count() }).from(orgUnits).where(eq(orgUnits.entityId, entityId));
    expect(unitsAfter).toEqual(unitsBefore);
    expect(unitsBefore[0]!.n).toBe(3);
  });
});
