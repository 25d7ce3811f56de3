/**
 * The fund page's draft: the amount (euros, at most two decimals, typed in Italian or English), the
 * bands and the pro-rating rules, and each person's payroll data. `fundRequestOf` validates it into
 * the API request, or returns the fields in error.
 */
import type { FundPolicy, FundPolicyInput } from '../../../core/evaluation/card-policy.schema.js';
import { parseDecimal } from './card-format.js';
import type { FundRequest } from './card-queries.js';

export interface BandDraft { min: string; coefficient: string; label: string }
export interface FundDraft {
  amount: string;
  bands: BandDraft[];
  partTime: boolean;
  absence: boolean;
  workingDays: string;
  franchiseDays: string;
  useComplexity: boolean;
  scoreBasis: 'raw' | 'adjusted';
  payroll: Record<string, { partTime: string; absence: string }>;
}

const text = (value: number) => String(value).replace('.', ',');

export function fundDraftOf(policy: FundPolicy | undefined): FundDraft {
  return {
    amount: '',
    bands: (policy?.bands ?? []).map((band) => ({ min: text(band.min), coefficient: text(band.coefficient), label: band.label ?? '' })),
    partTime: policy?.partTime ?? true,
    absence: policy?.absence !== undefined,
    workingDays: policy?.absence ? text(policy.absence.workingDays) : '250',
    franchiseDays: policy?.absence ? text(policy.absence.franchiseDays) : '0',
    useComplexity: policy?.useComplexity ?? false,
    scoreBasis: policy?.scoreBasis ?? 'adjusted',
    payroll: {},
  };
}

function inRange(textValue: string, min: number, max: number): number | null {
  const value = parseDecimal(textValue);
  return value !== null && value >= min && value <= max ? value : null;
}

export function fundPolicyOfDraft(draft: FundDraft): { policy: FundPolicyInput } | { errors: Record<string, true> } {
  const errors: Record<string, true> = {};
  const bands = draft.bands.map((band, i) => {
    const min = inRange(band.min, 0, 1000);
    const coefficient = inRange(band.coefficient, 0, 100);
    if (min === null) errors[`bands.${i}.min`] = true;
    if (coefficient === null) errors[`bands.${i}.coefficient`] = true;
    return { min: min ?? 0, coefficient: coefficient ?? 0, ...(band.label.trim() !== '' ? { label: band.label.trim() } : {}) };
  });
  if (bands.length === 0) errors.bands = true;
  const workingDays = inRange(draft.workingDays, 1, 366);
  const franchiseDays = inRange(draft.franchiseDays, 0, 366);
  if (draft.absence && workingDays === null) errors.workingDays = true;
  if (draft.absence && franchiseDays === null) errors.franchiseDays = true;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    policy: {
      bands, partTime: draft.partTime, useComplexity: draft.useComplexity, scoreBasis: draft.scoreBasis,
      ...(draft.absence ? { absence: { workingDays: workingDays!, franchiseDays: franchiseDays! } } : {}),
    },
  };
}

/** The amount in euros when it has at most two decimals. */
export function fundAmountOf(textValue: string): number | null {
  const value = parseDecimal(textValue);
  if (value === null || value < 0 || value > 1e12) return null;
  return Math.round(value * 100) / 100 === value ? value : null;
}

export function fundRequestOf(year: number, draft: FundDraft): { request: FundRequest } | { errors: Record<string, true> } {
  const policy = fundPolicyOfDraft(draft);
  const errors: Record<string, true> = 'errors' in policy ? { ...policy.errors } : {};
  const fund = fundAmountOf(draft.amount);
  if (fund === null) errors.amount = true;
  const people = Object.entries(draft.payroll).map(([code, data]) => {
    const partTime = data.partTime.trim() === '' ? 100 : inRange(data.partTime, 0.01, 100);
    const absence = data.absence.trim() === '' ? 0 : inRange(data.absence, 0, 366);
    if (partTime === null) errors[`payroll.${code}.partTime`] = true;
    if (absence === null) errors[`payroll.${code}.absence`] = true;
    return { code, partTimePercent: partTime ?? 100, absenceDays: absence ?? 0 };
  });
  if (Object.keys(errors).length > 0 || 'errors' in policy) return { errors };
  return { request: { year, fund: fund!, policy: policy.policy, people } };
}
