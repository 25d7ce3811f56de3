import { describe, expect, it } from 'vitest';
import { planSchema } from '../../core/plan/plan.schema.js';
import { validatePlan } from '../../core/plan/plan-validation.js';
import { lintPlan } from '../../core/lint/lint-plan.js';
import { parseFormula } from '../../core/formula/formula-parser.js';
import { parseTarget } from '../../core/target/target-parser.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import { defaultScoringPolicy } from '../../core/scoring/policy.schema.js';
import { buildDemoPlan, demoPlanInput } from './demo-plan.js';

const plan = buildDemoPlan();
const count = (level: string) => plan.nodes.filter((node) => node.level === level).length;

describe('the demo plan', () => {
  it('passes the plan schema and the plan validation without errors', () => {
    expect(planSchema.safeParse(demoPlanInput).success).toBe(true);
    expect(validatePlan(plan).filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('has no lint errors', () => {
    expect(lintPlan(plan).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('has the size and shape of a chamber of commerce plan', () => {
    expect([count('strategic_area'), count('strategic_objective'), count('program'), count('operational_objective'), count('action')]).toEqual([3, 6, 6, 12, 20]);
    expect(plan.nodes.filter((node) => node.section === 'entity')).toHaveLength(3);
    expect(plan.nodes.filter((node) => node.section === 'unit').length).toBeGreaterThanOrEqual(3);
    expect(plan.indicators.length).toBeGreaterThanOrEqual(60);
    expect(plan.orgUnits.filter((unit) => unit.validTo !== undefined).map((unit) => unit.code)).toEqual(['A1.S2.U2']);
    expect(plan.suspensions).toHaveLength(1);
    expect(plan.manualAchievements).toHaveLength(1);
  });

  it('writes every formula in the canonical language and every target in the target language', () => {
    for (const indicator of plan.indicators) {
      if (indicator.formula) expect(parseFormula(indicator.formula), indicator.code).toMatchObject({ ok: true });
      for (const [year, text] of Object.entries(indicator.targets)) {
        const parsed = parseTarget(text, { unit: indicator.unit, planYear: Number(year) });
        expect(parsed, `${indicator.code} ${year}`).toMatchObject({ ok: true });
      }
    }
  });

  it('uses every kind of target the documents use', () => {
    const kinds = new Set(plan.indicators.flatMap((indicator) => Object.entries(indicator.targets).map(([year, text]) => {
      const parsed = parseTarget(text, { unit: indicator.unit, planYear: Number(year) });
      return parsed.ok ? parsed.target.kind : 'error';
    })));
    expect([...kinds].sort()).toEqual(['boolean', 'compare', 'deadline', 'growth', 'manual', 'range', 'relative']);
  });

  it('shares measures between indicators and references them by code, by name, and the previous year', () => {
    const formulas = plan.indicators.map((indicator) => indicator.formula ?? '');
    expect(formulas.filter((formula) => formula.includes('PAG_30')).length).toBeGreaterThanOrEqual(2);
    expect(formulas.some((formula) => formula.includes('['))).toBe(true);
    expect(formulas.some((formula) => formula.includes('@t-1'))).toBe(true);
    expect(formulas.some((formula) => formula.includes('rollup()'))).toBe(true);
  });

  it('has final 2025 values and 2026 values for the first two periods only', () => {
    const periodsOf = (year: number) => new Set(plan.values.filter((value) => value.year === year).map((value) => value.period ?? 'final'));
    expect([...periodsOf(2025)]).toEqual(['final']);
    expect([...periodsOf(2026)].sort()).toEqual(['2026-1', '2026-2']);
    expect(plan.values.filter((value) => value.year === 2027)).toEqual([]);
  });
});

describe('the demo plan, scored', () => {
  it('scores every indicator of the closed year 2025 (no missing data), with a few targets missed', () => {
    const scored = scorePlan(plan, defaultScoringPolicy('DEMO', 2025), { year: 2025 });
    const states = scored.indicators.map((indicator) => indicator.state);
    expect(states.filter((state) => state === 'missing' || state === 'error' || state === 'blocked')).toEqual([]);
    expect(scored.indicators.find((indicator) => indicator.code === 'kpiE2_02')?.state).toBe('manual');
    const missed = scored.indicators.filter((indicator) => indicator.met === false).map((indicator) => indicator.code);
    expect(missed.length).toBeGreaterThanOrEqual(5);
    expect(scored.entity.state).toBe('scored');
  });

  it('suspends the inspections indicator in 2026', () => {
    const scored = scorePlan(plan, defaultScoringPolicy('DEMO', 2026), { year: 2026, period: '2026-2' });
    expect(scored.indicators.find((indicator) => indicator.code === 'kpiB212_01')?.state).toBe('suspended');
  });
});
