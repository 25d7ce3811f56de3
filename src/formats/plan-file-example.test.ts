import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPlan } from '../core/lint/lint-plan.js';
import { validatePlan } from '../core/plan/plan-validation.js';
import { defaultScoringPolicy } from '../core/scoring/policy.schema.js';
import { scorePlan } from '../core/scoring/score-plan.js';
import { readPlanFile, writePlanFile } from './plan-file.js';

const EXAMPLE = join(resolve(import.meta.dirname, '..', '..'), 'docs', 'formats', 'example-plan.json');

function readExample() {
  const result = readPlanFile(readFileSync(EXAMPLE, 'utf8'), 'example-plan.json');
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.location.path}: ${error.message.en}`).join('\n'));
  return result.value;
}

describe('the documented example plan (docs/formats/example-plan.json)', () => {
  const plan = readExample();

  it('is valid and lints clean', () => {
    expect(validatePlan(plan)).toEqual([]);
    expect(lintPlan(plan)).toEqual([]);
  });

  it('shows every feature the format documents', () => {
    const targets = plan.indicators.flatMap((indicator) => Object.values(indicator.targets));
    for (const text of ['>= 80%', '<= 5 gg', '>= +15%', 'Entro 30/06/2026', 'SI', '85% - 95%', '<= 0', '---', 'entro giugno']) expect(targets).toContain(text);
    const uses = (code: string) => plan.indicators.filter((indicator) => indicator.formula?.includes(code)).length;
    expect(uses('PRAT_EVASE')).toBe(2);
    expect(uses('SERV_DIG')).toBe(2);
    expect(plan.suspensions).toHaveLength(1);
    expect(plan.manualAchievements).toHaveLength(1);
    expect(new Set(plan.nodes.map((node) => node.section))).toEqual(new Set(['tree', 'entity']));
  });

  it('scores as worked out by hand', () => {
    const scored = scorePlan(plan, defaultScoringPolicy('DEMO', 2026), { year: 2026 });
    const indicator = (code: string) => scored.indicators.find((item) => item.code === code);
    const node = (code: string) => scored.nodes.find((item) => item.code === code);
    expect(indicator('K1')?.achievement?.raw).toBe(100); // 4.210 / 5.000 = 84,2% >= 80%
    expect(indicator('K2')?.achievement?.raw).toBeCloseTo(500 / 5.5, 12); // <= 5 gg, actual 5,5
    expect(indicator('K3')?.achievement?.raw).toBe(75); // 3 of 4 services
    expect(indicator('K5')?.achievement?.raw).toBeCloseTo(((640 / 581 - 1) / 0.15) * 100, 10); // literal growth 67,7
    expect(indicator('K6')?.state).toBe('suspended');
    expect(indicator('K9')).toMatchObject({ rule: 'binary', achievement: { raw: 100 } }); // -3,2 <= 0
    expect(indicator('K13')).toMatchObject({ state: 'manual', achievement: { raw: 90 } });
    expect(node('A1.1.1')?.rounded).toBe(95.45); // (100 + 90,909) / 2
    expect(node('A1.1.2')?.rounded).toBe(85); // 75 × 60% + 100 × 40%
    expect(node('A1.2.1')?.rounded).toBe(67.7); // K6 suspended: K5 alone
    expect(node('A2.1.2')?.rounded).toBe(96.67); // (100 × 33,33 + 100 × 33,33 + 90 × 33,34) / 100
  });

  it('matches the YAML fragment of docs/formats/plan.md, which reads and lints without errors', () => {
    const doc = readFileSync(join(EXAMPLE, '..', 'plan.md'), 'utf8');
    const fragment = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const read = readPlanFile(fragment, 'plan.md.yaml');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(lintPlan(read.value).filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(read.value.indicators[0]?.targets).toEqual({ '2026': '>= 80%', '2027': '>= 85%', '2028': '>= 90%' });
  });

  it('survives a round trip through YAML', () => {
    expect(readPlanFile(writePlanFile(plan, 'yaml'), 'example-plan.yaml')).toEqual({ ok: true, value: plan });
  });
});
