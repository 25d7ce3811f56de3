import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCard, buildCardPolicy } from './card-factories.js';
import { scoreCard, type CardResult } from './card-scoring.js';
import { buildObjectiveResults } from './card-source.js';
import { differentiationReport, distributionStats } from './differentiation.js';

const policy = buildCardPolicy();

function result(code: string, score: number | null, evaluator?: string, orgUnit?: string): CardResult {
  const card = buildCard({
    code,
    person: { code, name: `Persona ${code}` },
    role: 'staff',
    evaluator: evaluator === undefined ? undefined : { code: evaluator, name: `Dirigente ${evaluator}` },
    orgUnit,
    objectives: [{ code: 'O', title: 'Obiettivo di ufficio', weight: 100 }],
  });
  return scoreCard(card, buildObjectiveResults({ O: score }), policy);
}

const results = [
  result('p1', 96, 'A', 'U1'), result('p2', 98, 'A', 'U1'), result('p3', 100, 'A', 'U2'), result('p4', 100, 'A', 'U2'),
  result('p5', 60, 'B', 'U1'), result('p6', 75, 'B', 'U2'), result('p7', 90, 'B', 'U2'),
  result('p8', 100, 'C', 'U3'), result('p9', 100, 'C', 'U3'),
  result('p10', 88), result('p11', null, 'B', 'U1'),
];

describe('differentiationReport by evaluator', () => {
  const report = differentiationReport(results, { by: 'evaluator' });
  const group = (key: string) => report.groups.find((entry) => entry.key === key);

  it('describes each evaluator\'s distribution', () => {
    expect(report.groups.map((entry) => entry.key)).toEqual(['A', 'B', 'C', '—']);
    expect(group('A')?.stats).toEqual({ count: 4, mean: 98.5, min: 96, max: 100, stdDev: 1.6583123951777, shareHigh: 100 });
    expect(group('B')?.stats).toEqual({ count: 3, mean: 75, min: 60, max: 90, stdDev: 12.2474487139159, shareHigh: 0 });
    expect(group('B')?.unscored).toBe(1);
    expect(group('A')?.label).toEqual({ it: 'Dirigente A', en: 'Dirigente A' });
  });

  it('flags the evaluator whose ratings are all high, with a bilingual message', () => {
    const flat = group('A');
    expect(flat?.flat).toBe(true);
    expect(flat?.reasons).toEqual(['all_high', 'low_spread']);
    expect(flat?.message?.it).toBe('Valutazioni appiattite (Dirigente A): tutti i 4 punteggi sono pari o superiori a 95. Le linee guida chiedono di differenziare le valutazioni.');
    expect(group('B')?.flat).toBe(false);
    expect(group('B')?.message).toBeNull();
  });

  it('flags ratings with too little spread even when they are not high', () => {
    const narrow = [result('r1', 80, 'E'), result('r2', 81, 'E'), result('r3', 82, 'E')];
    const [only] = differentiationReport(narrow, { by: 'evaluator' }).groups;
    expect(only?.reasons).toEqual(['low_spread']);
    expect(only?.message?.it).toBe('Valutazioni poco differenziate (Dirigente E): deviazione standard 0,82 punti, sotto la soglia di 2.');
    expect(only?.message?.en).toBe('Little differentiation (Dirigente E): standard deviation 0.82 points, below the threshold of 2.');
  });

  it('does not flag groups smaller than the minimum size', () => {
    expect(group('C')?.stats.shareHigh).toBe(100);
    expect(group('C')?.flat).toBe(false);
  });

  it('flags a group where everyone scores at or above 95', () => {
    const top = [result('q1', 95, 'D'), result('q2', 100, 'D'), result('q3', 99, 'D')];
    const report95 = differentiationReport(top, { by: 'evaluator', minStdDev: 1 });
    expect(report95.groups[0]?.reasons).toEqual(['all_high']);
    expect(report95.groups[0]?.message?.en).toBe('Flat ratings (Dirigente D): all 3 scores are at or above 95. The guidelines require evaluations to be differentiated.');
  });

  it('describes every card together', () => {
    expect(report.overall.stats.count).toBe(10);
    expect(report.overall.unscored).toBe(1);
    expect(report.overall.label.en).toBe('all evaluators');
    expect(report.overall.flat).toBe(false);
  });
});

describe('differentiationReport by unit', () => {
  it('groups by the card\'s org unit', () => {
    const report = differentiationReport(results, { by: 'unit', basis: 'raw' });
    expect(report.groups.map((entry) => [entry.key, entry.stats.count, entry.stats.mean])).toEqual([
      ['U1', 3, 84.6666666666667], ['U2', 4, 91.25], ['U3', 2, 100], ['—', 1, 88],
    ]);
    expect(report.basis).toBe('raw');
  });
});

describe('distributionStats', () => {
  it('is empty for no scores', () => {
    expect(distributionStats([], 95)).toEqual({ count: 0, mean: null, min: null, max: null, stdDev: null, shareHigh: null });
  });

  it('keeps the mean between min and max and the spread non-negative', () => {
    const score = fc.integer({ min: 0, max: 12_000 }).map((n) => n / 100);
    fc.assert(fc.property(fc.array(score, { minLength: 1, maxLength: 40 }), (scores) => {
      const stats = distributionStats(scores, 95);
      expect(stats.mean as number).toBeGreaterThanOrEqual(stats.min as number);
      expect(stats.mean as number).toBeLessThanOrEqual(stats.max as number);
      expect(stats.stdDev as number).toBeGreaterThanOrEqual(0);
      expect(stats.shareHigh as number).toBeCloseTo((scores.filter((s) => s >= 95).length / scores.length) * 100, 9);
      if (new Set(scores).size === 1) expect(stats.stdDev).toBe(0);
    }));
  });
});
