import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fundPolicySchema } from './card-policy.schema.js';
import { buildCard, buildCardPolicy } from './card-factories.js';
import { scoreCard } from './card-scoring.js';
import { buildObjectiveResults } from './card-source.js';
import { bandOf, distributeFund, fundScoreOf, type FundDistribution, type FundInput, type FundOutcome } from './fund-distribution.js';

const bands = [
  { min: 60, coefficient: 0.6, label: 'Fascia C' },
  { min: 80, coefficient: 0.8, label: 'Fascia B' },
  { min: 95, coefficient: 1, label: 'Fascia A' },
];

const people: FundInput['people'] = [
  { code: 'A', name: 'Rossi Anna', score: 98 },
  { code: 'B', name: 'Bianchi Bruno', score: 97, partTimePercent: 50 },
  { code: 'C', name: 'Conti Carla', score: 85 },
  { code: 'D', name: 'Deri Dario', score: 70 },
  { code: 'E', name: 'Esposito Elena', score: 50 },
  { code: 'F', name: 'Ferri Franco', score: null },
];

function valueOf(outcome: FundOutcome): FundDistribution {
  if (!outcome.ok) throw new Error(`unexpected failure ${outcome.error.code}`);
  return outcome.value;
}

describe('bandOf', () => {
  it('takes the band with the highest minimum not above the score', () => {
    expect(bandOf(95, bands)?.label).toBe('Fascia A');
    expect(bandOf(94.99, bands)?.label).toBe('Fascia B');
    expect(bandOf(60, bands)?.label).toBe('Fascia C');
    expect(bandOf(59.99, bands)).toBeNull();
  });
});

describe('distributeFund', () => {
  it('shares 10.000,00 € by band and part time, to the cent', () => {
    const result = valueOf(distributeFund({ fund: 10_000, people, policy: { bands } }));
    // weights 1 + 0,5 + 0,8 + 0,6 = 2,9; floors leave 2 cents, to the largest remainders (B ,793 and A ,586)
    expect(result.rows.map((row) => [row.code, row.weight, row.shareCents, row.status])).toEqual([
      ['A', 1, 344_828, 'paid'],
      ['B', 0.5, 172_414, 'paid'],
      ['C', 0.8, 275_862, 'paid'],
      ['D', 0.6, 206_896, 'paid'],
      ['E', 0, 0, 'below_bands'],
      ['F', 0, 0, 'no_score'],
    ]);
    expect(result).toMatchObject({ fundCents: 1_000_000, distributedCents: 1_000_000, undistributedCents: 0 });
  });

  it('pro-rates absences beyond the franchise and can use the complexity coefficient', () => {
    const input: FundInput = {
      fund: 3000,
      people: [
        { code: 'A', score: 100, absenceDays: 30 },
        { code: 'B', score: 100, absenceDays: 130 },
        { code: 'C', score: 100, absenceDays: 400 - 34, complexityCoefficient: 1.2 },
      ],
      policy: { bands, absence: { workingDays: 365, franchiseDays: 30 }, useComplexity: true },
    };
    const result = valueOf(distributeFund(input));
    expect(result.rows.map((row) => row.presenceDays)).toEqual([365, 265, 29]);
    // presence 365 : 265 : 29 × 1,2 = 34,8 → total 664,8
    expect(result.rows.map((row) => row.shareCents)).toEqual([164_711, 119_585, 15_704]);
    expect(result.distributedCents).toBe(300_000);
  });

  it('is a what-if: another policy gives another distribution of the same fund', () => {
    const flat = valueOf(distributeFund({ fund: 10_000, people, policy: { bands: [{ min: 60, coefficient: 1 }], partTime: false } }));
    expect(flat.rows.map((row) => row.shareCents)).toEqual([250_000, 250_000, 250_000, 250_000, 0, 0]);
  });

  it('leaves the fund undistributed when nobody qualifies', () => {
    const result = valueOf(distributeFund({ fund: 500, people: [{ code: 'E', score: 40 }], policy: { bands } }));
    expect(result).toMatchObject({ distributedCents: 0, undistributedCents: 50_000 });
  });

  it('refuses a fund with fractions of a cent, a person twice and bad bands, as values', () => {
    const cents = distributeFund({ fund: 100.005, people, policy: { bands } });
    expect(cents).toMatchObject({ ok: false, error: { code: 'fund_not_in_cents' } });
    const twice = distributeFund({ fund: 100, people: [{ code: 'A', score: 90 }, { code: 'A', score: 80 }], policy: { bands } });
    expect(twice).toMatchObject({ ok: false, error: { code: 'duplicate_person', message: { en: 'Person A appears more than once.' } } });
    const badBands = distributeFund({ fund: 100, people, policy: { bands: [{ min: 60, coefficient: 1 }, { min: 90, coefficient: 0.5 }] } });
    expect(badBands.ok).toBe(false);
    if (!badBands.ok) expect(badBands.error.issues?.[0]?.path).toBe('policy.bands');
    const partTime = distributeFund({ fund: 100, people: [{ code: 'A', score: 90, partTimePercent: 0 }], policy: { bands } });
    expect(partTime).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('fundScoreOf', () => {
  it('feeds the bands with the adjusted card score unless the policy says raw', () => {
    const card = buildCard({ objectives: [{ code: 'O', title: 'Obiettivo', weight: 100 }] });
    const result = scoreCard(card, buildObjectiveResults({ O: 92 }), buildCardPolicy({ tolerance: { threshold: 90, appliesTo: 'objectives' } }));
    expect(fundScoreOf(result, fundPolicySchema.parse({ bands }))).toBe(100);
    expect(fundScoreOf(result, fundPolicySchema.parse({ bands, scoreBasis: 'raw' }))).toBe(92);
  });
});

describe('distributeFund: properties', () => {
  const bandsArb = fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 })
    .chain((mins) => fc.array(fc.integer({ min: 0, max: 300 }), { minLength: mins.length, maxLength: mins.length })
      .map((coefficients) => {
        const sortedMins = [...mins].sort((a, b) => a - b);
        const sortedCoefficients = [...coefficients].sort((a, b) => a - b);
        return sortedMins.map((min, i) => ({ min, coefficient: (sortedCoefficients[i] ?? 0) / 100 }));
      }));
  const personArb = fc.record({
    score: fc.option(fc.integer({ min: 0, max: 11_000 }).map((n) => n / 100), { nil: null }),
    partTimePercent: fc.constantFrom(100, 83.33, 75, 50, 33.33),
    absenceDays: fc.integer({ min: 0, max: 400 }).map((n) => Math.min(366, n)),
    complexityCoefficient: fc.integer({ min: 100, max: 130 }).map((n) => n / 100),
  });
  const inputArb = fc.record({
    fund: fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
    people: fc.array(personArb, { minLength: 1, maxLength: 30 }),
    bands: bandsArb,
    partTime: fc.boolean(),
    absence: fc.option(fc.record({ workingDays: fc.constantFrom(365, 250, 220), franchiseDays: fc.integer({ min: 0, max: 30 }) }), { nil: undefined }),
    useComplexity: fc.boolean(),
  });

  it('pays exactly the fund, never a negative share, and never less to a higher score in the same situation', () => {
    fc.assert(fc.property(inputArb, (generated) => {
      const input: FundInput = {
        fund: generated.fund,
        people: generated.people.map((person, i) => ({ code: `P${i}`, ...person })),
        policy: { bands: generated.bands, partTime: generated.partTime, absence: generated.absence, useComplexity: generated.useComplexity },
      };
      const result = valueOf(distributeFund(input));
      const paid = result.rows.reduce((sum, row) => sum + row.shareCents, 0);
      expect(paid).toBe(result.distributedCents);
      expect(result.fundCents).toBe(Math.round(generated.fund * 100));
      const anyWeight = result.rows.some((row) => row.weight > 0);
      expect(result.distributedCents).toBe(anyWeight ? result.fundCents : 0);
      for (const row of result.rows) {
        expect(row.shareCents).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(row.shareCents)).toBe(true);
      }
      for (const a of result.rows) {
        for (const b of result.rows) {
          const same = a.partTimePercent === b.partTimePercent && a.absenceDays === b.absenceDays && a.complexityCoefficient === b.complexityCoefficient;
          if (same && a.score !== null && b.score !== null && a.score > b.score) expect(a.shareCents).toBeGreaterThanOrEqual(b.shareCents);
        }
      }
    }), { numRuns: 300 });
  });

  it('gives the same result whatever the order of the people, up to the last cent of ties', () => {
    fc.assert(fc.property(inputArb, (generated) => {
      const withCodes = generated.people.map((person, i) => ({ code: `P${i}`, ...person }));
      const policy = { bands: generated.bands, partTime: generated.partTime, absence: generated.absence };
      const forward = valueOf(distributeFund({ fund: generated.fund, people: withCodes, policy }));
      const backward = valueOf(distributeFund({ fund: generated.fund, people: [...withCodes].reverse(), policy }));
      const byCode = new Map(backward.rows.map((row) => [row.code, row.shareCents]));
      for (const row of forward.rows) expect(Math.abs(row.shareCents - (byCode.get(row.code) ?? -10))).toBeLessThanOrEqual(1);
    }), { numRuns: 100 });
  });
});
