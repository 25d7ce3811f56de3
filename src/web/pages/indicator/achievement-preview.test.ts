import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { parseTarget } from '../../../core/target/target-parser.js';
import type { Target } from '../../../core/target/target-ast.js';
import { needsReference, parseTrialValue, previewAchievement } from './achievement-preview.js';

const policy = defaultScoringPolicy('DEMO', 2026);
const target = (text: string): Target => {
  const parsed = parseTarget(text, { planYear: 2026 });
  if (!parsed.ok) throw new Error(text);
  return parsed.target;
};

describe('parseTrialValue', () => {
  it('reads Italian numbers, signs, percentages, dates and yes/no', () => {
    expect(parseTrialValue('1.234,5')).toBe(1234.5);
    expect(parseTrialValue('-3,5')).toBe(-3.5);
    expect(parseTrialValue('82,5 %')).toBe(82.5);
    expect(parseTrialValue('30/06/2026')).toBe('2026-06-30');
    expect(parseTrialValue('Sì')).toBe(true);
    expect(parseTrialValue('NO')).toBe(false);
    expect(parseTrialValue('31/02/2026')).toBeUndefined();
    expect(parseTrialValue('molto')).toBeUndefined();
  });
});

describe('previewAchievement', () => {
  it('gives the engine\'s achievement, capped by the policy', () => {
    expect(previewAchievement({ target: target('>= 80%'), trial: 60, rateFormula: false }, policy)).toEqual({ kind: 'achievement', achievement: 75, rule: 'ratio', capped: false });
    expect(previewAchievement({ target: target('>= 80%'), trial: 96, rateFormula: false }, policy)).toEqual({ kind: 'achievement', achievement: 100, rule: 'ratio', capped: true });
    expect(previewAchievement({ target: target('<= 5 gg'), trial: 6.25, rateFormula: false }, policy)).toMatchObject({ achievement: 80, rule: 'inverse_ratio' });
  });

  it('uses the previous year for growth (DOMAIN.md example: 581, +15%, 640 → 67,7% literal)', () => {
    const result = previewAchievement({ target: target('>= +15%'), trial: 640, reference: 581, rateFormula: false }, policy);
    expect(result.kind).toBe('achievement');
    expect(result.kind === 'achievement' && Math.round(result.achievement * 10) / 10).toBe(67.7);
    expect(needsReference(target('>= +15%'), false)).toBe(true);
    expect(needsReference(target('>= +15%'), true)).toBe(false);
  });

  it('says when there is nothing to compute or the value does not fit the target', () => {
    expect(previewAchievement({ target: target('---'), trial: 1, rateFormula: false }, policy)).toEqual({ kind: 'no_target' });
    expect(previewAchievement({ target: target('SI'), trial: 12, rateFormula: false }, policy).kind).toBe('failed');
    expect(previewAchievement({ target: target('>= 80%'), trial: 60, rateFormula: false, override: 'binary' }, policy)).toMatchObject({ achievement: 0, rule: 'binary' });
  });
});
