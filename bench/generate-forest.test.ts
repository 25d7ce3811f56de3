import { describe, expect, it } from 'vitest';
import { planSchema } from '../src/core/plan/plan.schema.js';
import { generateForest } from './generate-forest.js';

describe('generateForest', () => {
  const plan = generateForest({ indicators: 300, seed: 5 });

  it('builds about the requested number of indicators on a four-level tree', () => {
    expect(plan.indicators.length).toBeGreaterThanOrEqual(300);
    expect(plan.indicators.length).toBeLessThan(300 + 29);
    const levels = new Set(plan.nodes.map((n) => n.level));
    expect([...levels].sort()).toEqual(['action', 'operational_objective', 'strategic_area', 'strategic_objective']);
  });

  it('is a valid plan whose references all resolve', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    const nodes = new Set(plan.nodes.map((n) => n.code));
    const measures = new Set(plan.measures.map((m) => m.code));
    expect(plan.indicators.every((i) => nodes.has(i.node))).toBe(true);
    expect(plan.nodes.every((n) => n.parent === undefined || nodes.has(n.parent))).toBe(true);
    expect(plan.values.every((v) => measures.has(v.measure))).toBe(true);
    expect(new Set(plan.indicators.map((i) => i.code)).size).toBe(plan.indicators.length);
  });

  it('uses the target kinds of the documents', () => {
    const targets = plan.indicators.map((i) => i.targets['2026'] as string);
    for (const pattern of [/^>= \d+$/, /^>= \d+%$/, /^>= \+\d+%$/, /^<= \d+ gg$/, /^entro /, /^SI$/, /^85% - 90%$/]) {
      expect(targets.some((t) => pattern.test(t))).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    expect(generateForest({ indicators: 300, seed: 5 })).toEqual(plan);
    expect(generateForest({ indicators: 300, seed: 6 })).not.toEqual(plan);
  });
});
