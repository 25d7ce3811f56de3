import { describe, expect, it } from 'vitest';
import { buildNode, buildPlan } from '../plan/plan-factories.js';
import { findingsWith, lintCodes } from './lint-test-support.js';

const costs = (planned: number) => ({ '2026': { costs: { planned } } });

function planWith(parent: number, children: (number | undefined)[]) {
  return buildPlan({
    nodes: [
      buildNode({ code: 'A', level: 'strategic_area', parent: undefined }),
      buildNode({ code: '1B', level: 'strategic_objective', parent: 'A', budget: costs(parent) }),
      ...children.map((amount, i) => buildNode({ code: `1B0${i + 1}`, parent: '1B', budget: amount === undefined ? undefined : costs(amount) })),
    ],
    indicators: [],
  });
}

describe('budget totals', () => {
  it('accepts children that add up to the parent, to the cent', () => {
    expect(lintCodes(planWith(3830.8, [1830.5, 2000.3]))).toEqual([]);
    expect(lintCodes(planWith(0.3, [0.1, 0.2]))).toEqual([]);
  });

  it('reports the 3.380,80 typed for 3.830,80 case with Italian amounts', () => {
    const findings = findingsWith(planWith(3380.8, [1830.5, 2000.3]), 'budget_total_mismatch');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', location: { kind: 'node', code: '1B', path: 'nodes[1].budget.2026.costs.planned' } })]);
    expect(findings[0]?.message.it).toBe('Budget 2026 del nodo "1B", oneri previsti: 3.380,80, ma i nodi figli sommano a 3.830,80 (1B01 1.830,50 + 1B02 2.000,30). Un errore di battitura?');
    expect(findings[0]?.message.en).toContain('planned costs: 3,380.80, but the child nodes add up to 3,830.80');
  });

  it('with some children unbudgeted, only a total above the parent is wrong', () => {
    expect(lintCodes(planWith(3000, [1000, undefined]))).toEqual([]);
    expect(lintCodes(planWith(3000, [3500, undefined]))).toEqual(['budget_total_mismatch@nodes[1].budget.2026.costs.planned']);
  });

  it('ignores parents without the figure', () => {
    const plan = planWith(100, [60, 60]);
    plan.nodes[1]!.budget = { '2026': { revenue: { planned: 5 } } };
    expect(lintCodes(plan)).toEqual([]);
  });
});
