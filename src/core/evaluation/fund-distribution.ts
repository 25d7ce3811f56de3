/**
 * Distribution of the bonus fund (risorse decentrate, parte variabile) by evaluation score. Each
 * person's weight is the coefficient of their score band × part-time percentage × days of presence ×
 * (optionally) the complexity coefficient; the fund is shared in proportion to the weights, in whole
 * cents, with a largest-remainder allocation so the total paid equals the fund to the cent.
 * A what-if is the same call with another policy.
 *
 * All arithmetic is exact: weights are finite decimals scaled to integers, shares are integer
 * quotients (BigInt), so the allocation never depends on float rounding.
 */
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { normalizeNumber } from '../numbers/rounding.js';
import type { BilingualMessage } from '../plan/plan-issue.js';
import { fundPolicySchema, type FundBand, type FundPolicy } from './card-policy.schema.js';
import type { CardResult } from './card-scoring.js';

const Exact = Decimal.clone({ precision: 200 });

export const fundPersonSchema = z.strictObject({
  code: z.string().min(1).max(80),
  name: z.string().max(300).optional(),
  /** The card's final score; null when the card could not be scored (the person then gets 0). */
  score: z.number().min(0).max(1000).nullable(),
  partTimePercent: z.number().gt(0).max(100).default(100),
  absenceDays: z.number().nonnegative().max(366).default(0),
  complexityCoefficient: z.number().positive().max(10).optional(),
});

export const fundInputSchema = z.strictObject({
  fund: z.number().nonnegative().max(1e12).describe('Euros, at most two decimals'),
  people: z.array(fundPersonSchema),
  policy: fundPolicySchema,
});

export type FundPerson = z.infer<typeof fundPersonSchema>;
export type FundInput = z.input<typeof fundInputSchema>;

export type FundRowStatus = 'paid' | 'below_bands' | 'no_score' | 'no_presence';

export interface FundRow {
  code: string;
  name?: string;
  score: number | null;
  band: FundBand | null;
  partTimePercent: number;
  absenceDays: number;
  /** Days of presence the share is reckoned on; null when the policy does not pro-rate absences. */
  presenceDays: number | null;
  complexityCoefficient: number;
  /** Coefficient × part-time share × presence share × complexity: the person's relative weight. */
  weight: number;
  shareCents: number;
  status: FundRowStatus;
}

export interface FundDistribution {
  fundCents: number;
  distributedCents: number;
  /** Not paid because nobody has a positive weight. */
  undistributedCents: number;
  rows: FundRow[];
}

export interface FundError {
  code: 'invalid_input' | 'fund_not_in_cents' | 'duplicate_person';
  message: BilingualMessage;
  issues?: { path: string; message: string }[];
}

export type FundOutcome = { ok: true; value: FundDistribution } | { ok: false; error: FundError };

/** The card score that feeds the bands: raw or tolerance-adjusted, as the fund policy says. */
export function fundScoreOf(result: Pick<CardResult, 'raw' | 'adjusted'>, policy: Pick<FundPolicy, 'scoreBasis'>): number | null {
  return policy.scoreBasis === 'raw' ? result.raw : result.adjusted;
}

/** The band of a score: the one with the highest minimum not above it; null below every band. */
export function bandOf(score: number, bands: readonly FundBand[]): FundBand | null {
  let chosen: FundBand | null = null;
  for (const band of bands) if (score >= band.min && (chosen === null || band.min > chosen.min)) chosen = band;
  return chosen;
}

interface Weighed { row: Omit<FundRow, 'shareCents'>; exact: Decimal }

function weigh(person: FundPerson, policy: FundPolicy): Weighed {
  const band = person.score === null ? null : bandOf(person.score, policy.bands);
  const complexity = policy.useComplexity ? person.complexityCoefficient ?? 1 : 1;
  const partTime = policy.partTime ? person.partTimePercent : 100;
  const absence = policy.absence;
  const counted = absence === undefined ? 0 : Math.max(0, person.absenceDays - absence.franchiseDays);
  const presence = absence === undefined ? null : Exact.max(0, new Exact(absence.workingDays).minus(counted));
  // The unnormalised weight; the common divisors (100 for the part-time percentage, the working days) cancel out.
  const exact = new Exact(band?.coefficient ?? 0).times(partTime).times(presence ?? 1).times(complexity);
  const divisor = new Exact(100).times(absence?.workingDays ?? 1);
  const status: FundRowStatus = person.score === null ? 'no_score' : band === null ? 'below_bands'
    : exact.isZero() ? 'no_presence' : 'paid';
  return {
    exact,
    row: {
      code: person.code,
      ...(person.name === undefined ? {} : { name: person.name }),
      score: person.score,
      band,
      partTimePercent: person.partTimePercent,
      absenceDays: person.absenceDays,
      presenceDays: presence === null ? null : presence.toNumber(),
      complexityCoefficient: complexity,
      weight: normalizeNumber(exact.div(divisor).toNumber()),
      status,
    },
  };
}

/** Exact weights as integers on a common scale. */
function scaledWeights(weights: readonly Decimal[]): bigint[] {
  const places = Math.max(0, ...weights.map((weight) => weight.decimalPlaces()));
  const scale = new Exact(10).pow(places);
  return weights.map((weight) => BigInt(weight.times(scale).toFixed(0)));
}

/**
 * Largest remainder in whole cents: everyone gets the floor of their exact share; the cents left go
 * one each to the largest remainders, ties to the higher score, then to the earlier person. So a
 * higher weight, or the same weight with a higher score, never gets less.
 */
function allocateCents(fundCents: bigint, weights: readonly bigint[], scores: readonly (number | null)[]): bigint[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) return weights.map(() => 0n);
  const shares = weights.map((weight) => (fundCents * weight) / total);
  const remainders = weights.map((weight) => (fundCents * weight) % total);
  let left = fundCents - shares.reduce((sum, share) => sum + share, 0n);
  const order = weights.map((_, i) => i).filter((i) => (weights[i] ?? 0n) > 0n).sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
  });
  for (const i of order) {
    if (left === 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares;
}

function fail(code: FundError['code'], it: string, en: string, issues?: FundError['issues']): FundOutcome {
  return { ok: false, error: { code, message: { it, en }, ...(issues === undefined ? {} : { issues }) } };
}

export function distributeFund(input: FundInput): FundOutcome {
  const parsed = fundInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    return fail('invalid_input', 'Dati per la ripartizione del fondo non validi.', 'Invalid fund distribution input.', issues);
  }
  const { fund, people, policy } = parsed.data;
  const cents = new Exact(fund).times(100);
  if (!cents.isInteger()) {
    return fail('fund_not_in_cents', `Il fondo ${fund} ha più di due decimali.`, `The fund ${fund} has more than two decimals.`);
  }
  const codes = new Set<string>();
  for (const person of people) {
    if (codes.has(person.code)) {
      return fail('duplicate_person', `La persona ${person.code} compare più volte.`, `Person ${person.code} appears more than once.`);
    }
    codes.add(person.code);
  }
  const weighed = people.map((person) => weigh(person, policy));
  const fundCents = BigInt(cents.toFixed(0));
  const shares = allocateCents(fundCents, scaledWeights(weighed.map((entry) => entry.exact)), people.map((person) => person.score));
  const distributed = shares.reduce((sum, share) => sum + share, 0n);
  return {
    ok: true,
    value: {
      fundCents: Number(fundCents),
      distributedCents: Number(distributed),
      undistributedCents: Number(fundCents - distributed),
      rows: weighed.map((entry, i) => ({ ...entry.row, shareCents: Number(shares[i] ?? 0n) })),
    },
  };
}

/** A share in euros, from cents (exact: the quotient by 100 of an integer prints as its decimal). */
export function centsToEuros(cents: number): number {
  return cents / 100;
}
