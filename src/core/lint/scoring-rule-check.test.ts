import { describe, expect, it } from 'vitest';
import { buildIndicator, buildPlan } from '../plan/plan-factories.js';
import { defaultScoringPolicy, scoringPolicySchema } from '../scoring/policy.schema.js';
import { findingsWith, lintCodes } from './lint-test-support.js';

describe('targets against scoring rules', () => {
  it('warns about "<= 0" under a ratio rule, naming the fallback of the policy', () => {
    const plan = buildPlan({ indicators: [buildIndicator({ targets: { '2026': '<= 0' } })] });
    const findings = findingsWith(plan, 'ratio_nonpositive_target');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', location: { kind: 'indicator', code: 'KPI1', path: 'indicators[0].targets.2026' } })]);
    expect(findings[0]?.message.it).toContain('binaria (100 se il confronto è soddisfatto, altrimenti 0)');
    const band = scoringPolicySchema.parse({ meta: { entity: 'DEMO', year: 2026 }, rules: { nonPositiveTarget: { mode: 'tolerance_band', band: 5 } } });
    expect(findingsWith(plan, 'ratio_nonpositive_target', band)[0]?.message.en).toContain('tolerance band');
  });

  it('is silent for positive targets and for explicitly binary rules', () => {
    expect(lintCodes(buildPlan({ indicators: [buildIndicator({ targets: { '2026': '<= 5' } })] }))).toEqual([]);
    expect(lintCodes(buildPlan({ indicators: [buildIndicator({ scoringRule: 'binary', targets: { '2026': '<= 0' } })] }))).toEqual([]);
  });

  it('reports a linear rule whose target equals the baseline', () => {
    const policy = scoringPolicySchema.parse({ meta: { entity: 'DEMO', year: 2026 }, rules: { atLeast: 'linear_baseline' } });
    const plan = buildPlan({ indicators: [buildIndicator({ baseline: { value: 100 }, targets: { '2026': '>= 100' } })] });
    expect(lintCodes(plan, policy)).toEqual(['linear_baseline_zero_span@indicators[0].targets.2026']);
    expect(lintCodes(plan, defaultScoringPolicy('DEMO', 2026))).toEqual([]);
  });

  it('reports an unknown rule override', () => {
    const plan = buildPlan({ indicators: [buildIndicator({ scoringRule: 'rapporto' })] });
    expect(lintCodes(plan)).toEqual(['scoring_rule_unknown@indicators[0].scoringRule']);
  });
});
