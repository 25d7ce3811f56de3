/**
 * The scene of the policy and what-if integration tests: an entity with a stored plan (two operational
 * objectives of two areas, one indicator below a 90% tolerance, one value missing, a manager's card),
 * an stp and a lettore.
 */
import { buildCard } from '../../../core/evaluation/card-factories.js';
import { buildTreeNodes } from '../../../core/plan/plan-factories.js';
import { buildScoringPlan, TEST_YEAR } from '../../../core/scoring/scoring-test-plans.js';
import { SYSTEM_ACTOR } from '../../audit/audit-log.js';
import { savePlan } from '../../repositories/plan-repository.js';
import { buildEntity, buildUser, login, type Session, type TestApp } from '../test-support.js';

export const SCENE_YEAR = TEST_YEAR;

const nodes = [
  ...buildTreeNodes().map((node) => (node.code === 'A.1.1' ? { ...node, units: { responsible: ['AREA1'], involved: [] } } : node)),
  { code: 'A.1.2', title: 'Obiettivo operativo 2', level: 'operational_objective' as const, parent: 'A.1', units: { responsible: ['AREA2'], involved: [] } },
];

/** A.1.1: indicators 96 and 100 against >= 100; A.1.2: 8 against >= 10 and a missing value. */
export function buildScenePlan() {
  return buildScoringPlan([
    { code: 'K1', target: '>= 100', value: 96 }, { code: 'K2', target: '>= 100', value: 100 },
    { code: 'K3', node: 'A.1.2', target: '>= 10', value: 8 }, { code: 'K4', node: 'A.1.2', target: '>= 10', value: null },
  ], {
    plan: {
      code: 'PIANO', title: 'Piano di prova', firstYear: TEST_YEAR, lastYear: TEST_YEAR,
      levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }],
    },
    orgUnits: [{ code: 'AREA1', name: 'Area 1', kind: 'area' }, { code: 'AREA2', name: 'Area 2', kind: 'area' }],
    periods: [{ code: 'Q1', year: TEST_YEAR, end: `${TEST_YEAR}-04-30`, expectedProgress: 33.33 }],
    cards: [buildCard({
      code: 'DIR-1', year: TEST_YEAR, role: 'dirigente', roleLabel: 'Dirigente Area 1', orgUnit: 'AREA1',
      components: [{ key: 'unit_performance', weight: 100 }], objectives: [],
    })],
  }, nodes);
}

export interface PolicyScene {
  entity: { id: string; code: string };
  planCode: string;
  stp: Session;
  stpUsername: string;
  lettore: Session;
}

export async function buildPolicyScene(t: TestApp): Promise<PolicyScene> {
  const entity = await buildEntity(t.db);
  const saved = await t.db.transaction((tx) => savePlan(tx, entity.id, buildScenePlan(), SYSTEM_ACTOR));
  if (!saved.ok) throw new Error(`scene plan not saved: ${saved.code} ${JSON.stringify('issues' in saved ? saved.issues : saved.detail)}`);
  const stp = await buildUser(t.db, { entityId: entity.id, role: 'stp' });
  const lettore = await buildUser(t.db, { entityId: entity.id, role: 'lettore' });
  return {
    entity: { id: entity.id, code: entity.code }, planCode: 'PIANO',
    stp: await login(t.app, stp.username), stpUsername: stp.username, lettore: await login(t.app, lettore.username),
  };
}
