import { describe, expect, it } from 'vitest';
import { buildCard, buildCardPolicy } from '../evaluation/card-factories.js';
import { buildTreeNodes } from '../plan/plan-factories.js';
import { scorePlan } from '../scoring/score-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR } from '../scoring/scoring-test-plans.js';
import { buildScoreChange } from './score-change.js';
import { runWhatIf } from './run-what-if.js';
import { compareScoredPlans } from './what-if.js';

const nodes = [
  ...buildTreeNodes().map((node) => (node.code === 'A.1.1' ? { ...node, units: { responsible: ['AREA1'], involved: [] } } : node)),
  { code: 'A.1.2', title: 'Obiettivo operativo 2', level: 'operational_objective' as const, parent: 'A.1', units: { responsible: ['AREA2'], involved: [] } },
];

/** A.1.1: indicators 96 and 100 (mean 98); A.1.2: 80 and a missing value. */
const plan = buildScoringPlan([
  { code: 'K1', target: '>= 100', value: 96 }, { code: 'K2', target: '>= 100', value: 100 },
  { code: 'K3', node: 'A.1.2', target: '>= 10', value: 8 }, { code: 'K4', node: 'A.1.2', target: '>= 10', value: null },
], {
  orgUnits: [{ code: 'AREA1', name: 'Area 1', kind: 'area' }, { code: 'AREA2', name: 'Area 2', kind: 'area' }],
  cards: [buildCard({
    code: 'DIR-2026', year: TEST_YEAR, role: 'dirigente', roleLabel: 'Dirigente Area 1', orgUnit: 'AREA1',
    components: [{ key: 'unit_performance', weight: 100 }], objectives: [],
  }), buildCard({ code: 'SG-2025', year: TEST_YEAR - 1 })],
}, nodes);
const options = { year: TEST_YEAR };
const cardPolicy = buildCardPolicy();

describe('compareScoredPlans', () => {
  it('lists nothing but the unchanged entity when both policies are the same', () => {
    const scored = scorePlan(plan, buildPolicy(), options);
    const comparison = compareScoredPlans(scored, scorePlan(plan, buildPolicy(), options));
    expect(comparison.changes).toEqual([]);
    expect(comparison.entity).toMatchObject({ kind: 'entity', changed: false, statusChanged: false, delta: null });
    expect(comparison.summary.node).toEqual({ compared: 4, changed: 0, statusChanged: 0, improved: 0, worsened: 0 });
    expect(comparison.summary.indicator.compared).toBe(4);
    expect(comparison.cardsCompared).toBe(false);
  });

  it('shows the objectives that reach their target under a 90% tolerance, with the points gained', () => {
    const saved = buildPolicy({ missingData: 'exclude' });
    const proposed = buildPolicy({ missingData: 'exclude', tolerance: { threshold: 90 }, outputs: { nodes: 'adjusted' } });
    const before = scorePlan(plan, saved, options);
    const after = scorePlan(plan, proposed, options);
    const { changes, summary } = compareScoredPlans(before, after);
    const objective = changes.find((change) => change.kind === 'node' && change.code === 'A.1.1');
    expect(objective).toMatchObject({
      label: 'Obiettivo operativo di prova', section: 'tree', level: 'operational_objective', statusChanged: true, changed: true, delta: 2,
      before: { state: 'scored', score: 98, rounded: 98, band: { key: 'parzialmente_raggiunto' } },
      after: { state: 'scored', score: 100, rounded: 100, band: { key: 'raggiunto' } },
    });
    // A.1.2 scores 80 (below the threshold): unchanged, so not listed. Indicators publish raw: unchanged.
    expect(changes.some((change) => change.code === 'A.1.2')).toBe(false);
    expect(summary.indicator.changed).toBe(0);
    expect(summary.node.improved).toBe(summary.node.changed);
    // Every changed node is the engine's own difference of published scores.
    for (const change of changes.filter((c) => c.kind === 'node')) {
      const b = before.nodes.find((n) => n.code === change.code)!;
      const a = after.nodes.find((n) => n.code === change.code)!;
      expect(change.before.score).toBe(b.score);
      expect(change.after.score).toBe(a.score);
    }
  });

  it('reports a state change when the missing-data rule changes from block to exclude', () => {
    const before = scorePlan(plan, buildPolicy({ missingData: 'block' }), options);
    const after = scorePlan(plan, buildPolicy({ missingData: 'exclude' }), options);
    const objective = compareScoredPlans(before, after).changes.find((change) => change.code === 'A.1.2');
    expect(objective).toMatchObject({ statusChanged: true, before: { state: 'blocked', score: null }, after: { state: 'scored', score: 80 }, delta: null });
  });

  it('lists a rounding change as changed without a status change', () => {
    const before = scorePlan(plan, buildPolicy({ missingData: 'exclude', rounding: { decimals: 2 } }), options);
    const after = scorePlan(plan, buildPolicy({ missingData: 'exclude', rounding: { decimals: 0, mode: 'truncate' } }), options);
    const { changes } = compareScoredPlans(before, after);
    for (const change of changes) {
      expect(change.statusChanged).toBe(false);
      expect(change.delta).toBe(0);
      expect(change.before.rounded).not.toBe(change.after.rounded);
    }
  });

  it('refuses to compare different years or periods', () => {
    const scored = scorePlan(plan, buildPolicy(), options);
    expect(() => compareScoredPlans(scored, { ...scored, year: TEST_YEAR + 1 })).toThrow(RangeError);
  });
});

describe('runWhatIf', () => {
  it('compares the cards of the scored year, with bands of each policy and the published output', () => {
    const saved = buildPolicy({ missingData: 'exclude' });
    const proposed = buildPolicy({ missingData: 'exclude', tolerance: { threshold: 90 }, outputs: { nodes: 'adjusted', cards: 'adjusted' } });
    const { comparison } = runWhatIf(plan, saved, proposed, options, cardPolicy);
    expect(comparison.cardsCompared).toBe(true);
    expect(comparison.summary.card.compared).toBe(1);
    // The card is the performance of unit AREA1 (objective A.1.1): raw 98, adjusted 100 under the
    // proposed tolerance; cards publish the adjusted score under the proposal. The 2025 card is not compared.
    const card = comparison.changes.find((change) => change.kind === 'card');
    expect(card).toMatchObject({
      code: 'DIR-2026', label: 'Ciabatti Enrico', role: 'Dirigente Area 1', delta: 2,
      before: { score: 98, band: { key: 'parzialmente_raggiunto' } }, after: { score: 100, band: { key: 'raggiunto' } }, statusChanged: true,
    });
  });
});

describe('buildScoreChange', () => {
  const identity = { kind: 'indicator' as const, code: 'K', label: 'K' };
  const snapshot = (score: number | null, band: string | null, state = 'scored') => ({
    state, score, rounded: score, band: band ? { key: band, label: { it: band, en: band }, symbol: '', icon: '', colour: '#000000' } : null,
  });

  it('computes the difference exactly', () => {
    expect(buildScoreChange(identity, snapshot(99.2, 'p'), snapshot(100, 'r')).delta).toBe(0.8);
    expect(buildScoreChange(identity, snapshot(0.3, 'n'), snapshot(0.1, 'n')).delta).toBe(-0.2);
  });

  it('marks an item that gains or loses its score as changed, with no delta', () => {
    const change = buildScoreChange(identity, snapshot(null, null, 'blocked'), snapshot(50, 'p'));
    expect(change).toMatchObject({ changed: true, statusChanged: true, delta: null });
  });
});
