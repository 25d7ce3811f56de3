import { describe, expect, it } from 'vitest';
import { buildNode } from '../plan/plan-factories.js';
import { scorePlan } from './score-plan.js';
import type { ScoredPlan } from './scored-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR } from './scoring-test-plans.js';

const options = { year: TEST_YEAR };
const node = (scored: ScoredPlan, code: string) => scored.nodes.find((n) => n.code === code);

/** Area A with two strategic objectives; A.1 has its own KPI and two operational objectives. */
function mixedTree() {
  return [
    buildNode({ code: 'A', title: 'Area A', level: 'strategic_area', parent: undefined }),
    buildNode({ code: 'A.1', title: 'Strategico A.1', level: 'strategic_objective', parent: 'A', weight: 60, units: { responsible: ['AREA1'] } }),
    buildNode({ code: 'A.2', title: 'Strategico A.2', level: 'strategic_objective', parent: 'A', weight: 40 }),
    buildNode({ code: 'A.1.1', title: 'Operativo A.1.1', parent: 'A.1', units: { responsible: ['UFF1'] } }),
    buildNode({ code: 'A.1.2', title: 'Operativo A.1.2', parent: 'A.1', units: { responsible: ['UFF1', 'UFF2'] } }),
    buildNode({ code: 'E.1', title: "Obiettivo di ente", section: 'entity', level: undefined, parent: undefined, units: { responsible: ['AREA1'] } }),
  ];
}

function mixedPlan() {
  return buildScoringPlan([
    { code: 'S1', node: 'A.1', target: '>= 100', value: 70 },
    { code: 'O1', node: 'A.1.1', target: '>= 100', value: 90 },
    { code: 'O2', node: 'A.1.2', target: '>= 100', value: 100 },
    { code: 'T2', node: 'A.2', target: '>= 100', value: 50 },
    { code: 'E1', node: 'E.1', target: 'SI', value: true },
  ], {
    orgUnits: [
      { code: 'AREA1', name: 'Area anagrafica', kind: 'area' },
      { code: 'UFF1', name: 'Registro imprese', parent: 'AREA1' },
      { code: 'UFF2', name: 'Protesti', parent: 'AREA1' },
    ],
  }, mixedTree());
}

describe('roll-up of a node with indicators and children', () => {
  it('uses its own indicators by default', () => {
    const scored = scorePlan(mixedPlan(), buildPolicy(), options);
    expect(node(scored, 'A.1')).toMatchObject({ basis: 'indicators', score: 70 });
    expect(node(scored, 'A')).toMatchObject({ basis: 'children', score: 62 });
  });

  it('pools indicators and children in one mean', () => {
    const scored = scorePlan(mixedPlan(), buildPolicy({ rollup: { mixedNodes: 'pooled' } }), options);
    expect(node(scored, 'A.1')).toMatchObject({ basis: 'pooled', rounded: 86.67 });
  });

  it('mixes by shares, from the policy or the node', () => {
    const scored = scorePlan(mixedPlan(), buildPolicy({ rollup: { mixedNodes: 'share', indicatorShare: 40 } }), options);
    expect(node(scored, 'A.1')).toMatchObject({ basis: 'share', indicatorShare: 40, score: 85 });
    expect(node(scored, 'A.1')?.contributions.map((c) => c.normalised)).toEqual([40, 30, 30]);
  });

  it('honours links when a node has nothing of its own', () => {
    const plan = mixedPlan();
    plan.nodes.push({ ...plan.nodes[5]!, code: 'E.2', title: 'Collegato', links: ['A.1.1', 'A.2'], units: { responsible: [], involved: [] } });
    const scored = scorePlan(plan, buildPolicy(), options);
    expect(node(scored, 'E.2')).toMatchObject({ basis: 'links', score: 70, state: 'scored' });
  });

  it('reports a cycle of links as an error instead of looping', () => {
    const plan = mixedPlan();
    const base = plan.nodes[5]!;
    plan.nodes.push({ ...base, code: 'L1', links: ['L2'] }, { ...base, code: 'L2', links: ['L1'] });
    const scored = scorePlan(plan, buildPolicy(), options);
    expect(node(scored, 'L1')).toMatchObject({ state: 'error', messages: [{ code: 'cycle' }] });
  });

  it('scores a rollup() indicator as the weighted mean of the children', () => {
    const plan = mixedPlan();
    plan.indicators[0] = { ...plan.indicators[0]!, formula: 'rollup() * 100', targets: { [TEST_YEAR]: '>= 100%' } };
    const scored = scorePlan(plan, buildPolicy(), options);
    expect(scored.indicators[0]).toMatchObject({ value: 95, score: 95 });
    expect(node(scored, 'A.1')).toMatchObject({ score: 95 });
  });
});

describe('units and the entity', () => {
  it('scores a unit as the mean of the objectives it is responsible for', () => {
    const scored = scorePlan(mixedPlan(), buildPolicy(), options);
    const unit = (code: string) => scored.units.find((u) => u.code === code);
    expect(unit('UFF1')).toMatchObject({ score: 95, state: 'scored' });
    expect(unit('UFF2')).toMatchObject({ score: 100 });
    expect(unit('AREA1')).toMatchObject({ score: 85 });
    expect(unit('AREA1')?.contributions.map((c) => c.code)).toEqual(['A.1', 'E.1']);
  });

  it('adds subunits\' objectives when the policy says so', () => {
    const scored = scorePlan(mixedPlan(), buildPolicy({ units: { includeSubunits: true } }), options);
    expect(scored.units.find((u) => u.code === 'AREA1')?.contributions.map((c) => c.code)).toEqual(['A.1', 'A.1.1', 'A.1.2', 'E.1']);
  });

  it('composes the entity from weighted components', () => {
    const scored = scorePlan(mixedPlan(), buildPolicy(), options);
    // entity objectives 100; units (85 + 95 + 100) / 3 = 93,3333…; 50/50
    expect(scored.entity.components.map((c) => c.rounded)).toEqual([100, 93.33]);
    expect(scored.entity).toMatchObject({ state: 'scored', mode: 'weighted', rounded: 96.67 });
  });

  it('pools the components when the policy says so', () => {
    const scored = scorePlan(mixedPlan(), buildPolicy({ entity: { mode: 'pooled' } }), options);
    expect(scored.entity).toMatchObject({ mode: 'pooled', score: 95 });
  });

  it('composes from the tree top or a level', () => {
    const policy = buildPolicy({ entity: { components: [
      { key: 'strategy', source: { section: 'tree' }, weight: 70 },
      { key: 'operations', source: { section: 'tree', level: 'operational_objective' }, weight: 30 },
    ] } });
    const scored = scorePlan(mixedPlan(), policy, options);
    expect(scored.entity.components.map((c) => c.score)).toEqual([62, 95]);
    expect(scored.entity.score).toBe(71.9);
  });
});

describe('tolerance and outputs', () => {
  it('keeps raw and adjusted, and publishes what the policy says', () => {
    const plan = buildScoringPlan([{ code: 'K1', target: '>= 100', value: 92 }, { code: 'K2', target: '>= 100', value: 80 }]);
    const policy = buildPolicy({ tolerance: { threshold: 90 }, outputs: { indicators: 'adjusted', nodes: 'raw' } });
    const scored = scorePlan(plan, policy, options);
    expect(scored.indicators[0]).toMatchObject({ achievement: { raw: 92, adjusted: 100 }, score: 100, toleranceApplied: true });
    // adjusted: indicators 100 and 80 → 90, itself at the threshold → 100
    expect(node(scored, 'A.1.1')).toMatchObject({ achievement: { raw: 86, adjusted: 100 }, score: 86, toleranceApplied: true });
    const indicatorsOnly = scorePlan(plan, buildPolicy({ tolerance: { threshold: 90, appliesTo: ['indicator'] } }), options);
    expect(node(indicatorsOnly, 'A.1.1')).toMatchObject({ achievement: { raw: 86, adjusted: 90 }, toleranceApplied: false });
  });

  it('caps over-achievement at the policy cap', () => {
    const plan = buildScoringPlan([{ code: 'K1', target: '>= 100', value: 150 }]);
    expect(scorePlan(plan, buildPolicy(), options).indicators[0]).toMatchObject({ score: 100, capApplied: true });
    expect(scorePlan(plan, buildPolicy({ cap: 120 }), options).indicators[0]).toMatchObject({ score: 120, capApplied: true });
  });
});

describe('interim periods', () => {
  const periods = [
    { code: '2026-1', year: TEST_YEAR, end: '2026-04-30', expectedProgress: 30 },
    { code: '2026-2', year: TEST_YEAR, end: '2026-08-31' },
    { code: '2026-3', year: TEST_YEAR, end: '2026-12-31', final: true },
  ];
  const plan = () => buildScoringPlan([
    { code: 'VOL', target: '>= 300' },
    { code: 'PCT', target: '>= 80%' },
  ], {
    periods,
    values: [
      { measure: 'M_VOL', year: TEST_YEAR, period: '2026-1', value: 81 },
      { measure: 'M_PCT', year: TEST_YEAR, period: '2026-1', value: 84 },
      { measure: 'M_VOL', year: TEST_YEAR, period: '2026-2', value: 150 },
      { measure: 'M_PCT', year: TEST_YEAR, period: '2026-2', value: 60 },
      { measure: 'M_VOL', year: TEST_YEAR, period: '2026-3', value: 310 },
      { measure: 'M_PCT', year: TEST_YEAR, period: '2026-3', value: 85 },
    ],
  });

  it('scores accumulating targets against expected progress and levels as they are', () => {
    const scored = scorePlan(plan(), buildPolicy(), { year: TEST_YEAR, period: '2026-1' });
    expect(scored).toMatchObject({ interim: true, expectedProgress: 30, period: '2026-1' });
    expect(scored.indicators[0]).toMatchObject({ score: 90, expectedProgress: 30, target: { effective: 90 }, band: { key: 'in_linea' } });
    expect(scored.indicators[1]).toMatchObject({ score: 100, expectedProgress: null, band: { key: 'in_linea' } });
    expect(scored.indicators[0]?.inputs[0]).toMatchObject({ period: '2026-1', value: { value: 81 } });
  });

  it('uses the share of the year elapsed when no expected progress is set', () => {
    const scored = scorePlan(plan(), buildPolicy(), { year: TEST_YEAR, period: '2026-2' });
    expect(scored.expectedProgress).toBeCloseTo((243 * 100) / 365, 10);
    expect(scored.indicators[1]).toMatchObject({ score: 75, band: { key: 'a_rischio' } });
  });

  it('scores the final period as the year', () => {
    const scored = scorePlan(plan(), buildPolicy(), { year: TEST_YEAR, period: '2026-3' });
    expect(scored.interim).toBe(false);
    expect(scored.indicators.map((i) => [i.score, i.band?.key])).toEqual([[100, 'raggiunto'], [100, 'raggiunto']]);
  });

  it('refuses a period the plan does not have', () => {
    expect(() => scorePlan(plan(), buildPolicy(), { year: TEST_YEAR, period: '2026-9' })).toThrow(RangeError);
  });
});
