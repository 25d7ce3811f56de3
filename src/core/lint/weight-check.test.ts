import { describe, expect, it } from 'vitest';
import { buildIndicator, buildNode, buildPlan, buildTreeNodes } from '../plan/plan-factories.js';
import { findingsWith, lintCodes } from './lint-test-support.js';

const kpi = (code: string, weight?: number) => buildIndicator({ code, weight });

describe('weights per group', () => {
  it('accepts indicator weights summing to 100, and rounded thirds', () => {
    expect(lintCodes(buildPlan({ indicators: [kpi('K1', 40), kpi('K2', 60)] }))).toEqual([]);
    expect(lintCodes(buildPlan({ indicators: [kpi('K1', 33.33), kpi('K2', 33.33), kpi('K3', 33.34)] }))).toEqual([]);
    expect(lintCodes(buildPlan({ indicators: [kpi('K1', 33.33), kpi('K2', 33.33), kpi('K3', 33.33)] }))).toEqual([]);
  });

  it('accepts groups without any weight (equal weights)', () => {
    expect(lintCodes(buildPlan({ indicators: [kpi('K1'), kpi('K2')] }))).toEqual([]);
  });

  it('reports indicator weights that do not sum to 100 at the node, listing the terms', () => {
    const findings = findingsWith(buildPlan({ indicators: [kpi('K1', 30), kpi('K2', 60)] }), 'weights_sum');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', location: { kind: 'node', code: 'A.1.1', path: 'nodes[2]' } })]);
    expect(findings[0]?.message.it).toBe('I pesi degli indicatori del nodo "A.1.1" sommano a 90 invece di 100 (K1 30 + K2 60).');
  });

  it('reports a sum just beyond the tolerance of 0,01 per weight', () => {
    const plan = buildPlan({ indicators: [kpi('K1', 33.3), kpi('K2', 33.3), kpi('K3', 33.3)] });
    expect(findingsWith(plan, 'weights_sum')[0]?.message.en).toBe('The weights of the indicators of node "A.1.1" add up to 99.9 instead of 100 (K1 33.3 + K2 33.3 + K3 33.3).');
  });

  it('reports child node weights within a parent and top-level node weights', () => {
    const plan = buildPlan({
      nodes: [
        buildNode({ code: 'A', level: 'strategic_area', parent: undefined, weight: 70 }),
        buildNode({ code: 'B', level: 'strategic_area', parent: undefined, weight: 20 }),
        buildNode({ code: 'A.1', level: 'strategic_objective', parent: 'A', weight: 50 }),
        buildNode({ code: 'A.2', level: 'strategic_objective', parent: 'A', weight: 50 }),
        buildNode({ code: 'A.1.1', parent: 'A.1', weight: 60 }),
        buildNode({ code: 'A.1.2', parent: 'A.1', weight: 60 }),
      ],
    });
    expect(lintCodes(plan)).toEqual(['weights_sum@nodes[0].weight', 'weights_sum@nodes[2]']);
  });

  it('reports items without a weight in a group where others have one', () => {
    const plan = buildPlan({ indicators: [kpi('K1', 100), kpi('K2')] });
    expect(lintCodes(plan)).toEqual(['weight_missing@indicators[1].weight']);
  });

  it('does not mix sections at the top level', () => {
    const plan = buildPlan({
      nodes: [...buildTreeNodes(), buildNode({ code: 'OE1', section: 'entity', level: undefined, parent: undefined, weight: 100 })],
    });
    expect(lintCodes(plan)).toEqual([]);
  });
});
