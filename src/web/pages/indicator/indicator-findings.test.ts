import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../components/score/score-queries.js';
import { findingField, groupFindings } from './indicator-findings.js';

const finding = (code: string, path: string): LintFinding => ({ code: 'x', severity: 'warning', location: { kind: 'indicator', code, path }, message: { it: 'm', en: 'm' } });

describe('indicator findings', () => {
  it('maps paths to editor fields', () => {
    expect(findingField('indicators[3].formula')).toBe('formula');
    expect(findingField('indicators[3].targets.2026')).toBe('targets.2026');
    expect(findingField('indicators[12].weight')).toBe('weight');
    expect(findingField('indicators[1].scoringRule')).toBe('scoringRule');
    expect(findingField('indicators[1].baseline')).toBe('other');
    expect(findingField('nodes[1].weight')).toBe('other');
  });

  it('keeps only the indicator\'s findings, grouped by field', () => {
    const groups = groupFindings([finding('k1', 'indicators[0].formula'), finding('k2', 'indicators[1].formula'), finding('k1', 'indicators[0].targets.2026')], 'k1');
    expect([...groups.keys()]).toEqual(['formula', 'targets.2026']);
  });
});
