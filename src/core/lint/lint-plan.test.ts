import { describe, expect, it } from 'vitest';
import { buildCard } from '../evaluation/card-factories.js';
import { buildIndicator, buildPlan } from '../plan/plan-factories.js';
import { lintPlan } from './lint-plan.js';

describe('lintPlan', () => {
  it('gathers validation issues, plan checks and card checks, errors first in document order', () => {
    const plan = buildPlan({
      indicators: [
        buildIndicator({ code: 'K1', weight: 50, targets: { '2026': '>= 3' } }),
        buildIndicator({ code: 'K2', weight: 40, node: 'A.1.1', targets: { '2026': '>= 30', '2031': '>= 40' } }),
        buildIndicator({ code: 'K3', node: 'NOPE', targets: { '2026': '<= abc' } }),
      ],
    });
    plan.cards.push(buildCard({ year: 2026, objectives: [{ code: 'O1', title: 'Obiettivo', weight: 90, indicators: ['K1'] }] }));
    expect(lintPlan(plan).map((finding) => `${finding.severity}:${finding.code}@${finding.location.path}`)).toEqual([
      'error:weights_sum@nodes[2]',
      'error:indicator_node_unknown@indicators[2].node',
      'error:target_syntax@indicators[2].targets.2026',
      'error:card_objective_weights@cards[0].objectives',
      'warning:year_outside_plan@indicators[1].targets.2031',
    ]);
  });

  it('gives every finding a bilingual message and a location', () => {
    const plan = buildPlan({ indicators: [buildIndicator({ formula: 'NOPE', targets: { '2026': '>= +10%' } })] });
    const findings = lintPlan(plan);
    expect(findings.length).toBeGreaterThan(1);
    for (const finding of findings) {
      expect(finding.message.it).not.toBe(finding.message.en);
      expect(finding.message.it.length).toBeGreaterThan(10);
      expect(finding.location.path).toMatch(/^indicators\[0\]/);
    }
  });
});
