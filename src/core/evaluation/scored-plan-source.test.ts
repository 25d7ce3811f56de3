import { describe, expect, it } from 'vitest';
import { buildTreeNodes } from '../plan/plan-factories.js';
import { scorePlan } from '../scoring/score-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR, type IndicatorSpec } from '../scoring/scoring-test-plans.js';
import type { ScoringPolicy } from '../scoring/policy.schema.js';
import { buildCard, buildCardPolicy } from './card-factories.js';
import { scoreCard } from './card-scoring.js';
import { cardSourceFromScoredPlan } from './scored-plan-source.js';

const nodes = [
  ...buildTreeNodes().map((node) => (node.code === 'A.1.1' ? { ...node, units: { responsible: ['AREA1'], involved: [] } } : node)),
  { code: 'A.1.2', title: 'Obiettivo operativo 2', level: 'operational_objective' as const, parent: 'A.1', units: { responsible: ['AREA2'], involved: [] } },
];

function scored(extra: IndicatorSpec[] = [], policy: ScoringPolicy = buildPolicy()) {
  const plan = buildScoringPlan([
    { code: 'K1', target: '>= 100', value: 96 }, { code: 'K2', target: '>= 100', value: 100 },
    { code: 'K3', node: 'A.1.2', target: '>= 10', value: 8 }, { code: 'K4', node: 'A.1.2', target: '>= 10', value: null },
    ...extra,
  ], {
    orgUnits: [{ code: 'AREA1', name: 'Area 1', kind: 'area' }, { code: 'AREA2', name: 'Area 2', kind: 'area' }],
    suspensions: [{ target: { kind: 'indicator', code: 'K4' }, year: TEST_YEAR, reason: 'Progetto sospeso con delibera' }],
  }, nodes);
  return scorePlan(plan, policy, { year: TEST_YEAR });
}

const person = { code: 'ciabatti.enrico', name: 'Ciabatti Enrico' };
const sgCard = buildCard({
  year: TEST_YEAR, person,
  components: [{ key: 'entity_performance', weight: 20 }, { key: 'objectives', weight: 80 }],
  objectives: [
    { code: 'SG_1', title: 'Livelli di servizio', weight: 40, indicators: ['K1', 'K2'] },
    { code: 'SG_2', title: 'Progetti di area 2', weight: 60, nodes: ['A.1.2'] },
  ],
});
const managerCard = (area: 'AREA1' | 'AREA2', indicator: string) => buildCard({
  code: `DIR-${area}`, year: TEST_YEAR, person, role: 'dirigente', orgUnit: area,
  components: [{ key: 'unit_performance', weight: 40 }, { key: 'objectives', weight: 60 }],
  objectives: [{ code: `${area}_1`, title: 'Obiettivo di area', weight: 100, indicators: [indicator] }],
});

describe('cards scored on a ScoredPlan', () => {
  it('reuses indicator, node, unit and entity results of the organisational scoring', () => {
    const source = cardSourceFromScoredPlan(scored());
    expect(source.entity).toEqual({ state: 'scored', raw: 89, adjusted: 89 });
    expect(source.indicators.get('K4')?.state).toBe('suspended');
    // SG: objectives 0,4 × 98 + 0,6 × 80 = 87,2 (node A.1.2 = 80, K4 suspended); final 0,2 × 89 + 0,8 × 87,2
    const sg = scoreCard(sgCard, source, buildCardPolicy());
    expect(sg.objectives.map((objective) => objective.raw)).toEqual([98, 80]);
    expect(sg.raw).toBe(87.56);
    // Area 1: 0,4 × 98 + 0,6 × 96
    expect(scoreCard(managerCard('AREA1', 'K1'), source, buildCardPolicy()).raw).toBe(96.8);
  });

  it("takes the unit's adjusted score from the organisational tolerance", () => {
    const policy = buildPolicy({ tolerance: { threshold: 75, appliesTo: ['indicator', 'node', 'unit'] } });
    const result = scoreCard(managerCard('AREA2', 'K3'), cardSourceFromScoredPlan(scored([], policy)), buildCardPolicy());
    // raw 0,4 × 80 + 0,6 × 80; adjusted 0,4 × 100 + 0,6 × 80 (the card's objectives use raw achievements)
    expect([result.raw, result.adjusted]).toEqual([80, 88]);
  });

  it('blocks a card linked to an indicator the plan cannot compute', () => {
    const withError = scored([{ code: 'R', node: 'A.1.2', target: '>= 50', formula: 'M_R / 0', value: 10 }]);
    expect(withError.indicators.find((indicator) => indicator.code === 'R')?.state).toBe('error');
    const card = managerCard('AREA1', 'R');
    const result = scoreCard(card, cardSourceFromScoredPlan(withError), buildCardPolicy());
    expect(result.state).toBe('incomplete');
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([['result_error', 'objectives[0].indicators[0]']]);
  });

  it('refuses results of another year', () => {
    const result = scoreCard(buildCard({ ...sgCard, year: TEST_YEAR - 1 }), cardSourceFromScoredPlan(scored()), buildCardPolicy());
    expect(result.state).toBe('incomplete');
    expect(result.raw).toBeNull();
    expect(result.problems[0]?.code).toBe('year_mismatch');
  });
});
