import { describe, expect, it } from 'vitest';
import type { PlanItem, PlanYear } from '../api/plans.js';
import type { Membership } from '../api/session.js';
import { listWorkspaceEntities, pickEntity, pickPlan, pickYear } from './workspace-selection.js';

function buildPlan(code: string, firstYear: number, lastYear: number): PlanItem {
  return { code, title: `Piano ${firstYear}-${lastYear}`, firstYear, lastYear, years: buildYears(firstYear, lastYear) };
}

function buildYears(firstYear: number, lastYear: number): PlanYear[] {
  const years: PlanYear[] = [];
  for (let year = lastYear; year >= firstYear; year -= 1) years.push({ year, status: 'planning' });
  return years;
}

function buildMembership(code: string, name: string): Membership {
  return { entity: { id: `id-${code}`, code, name }, roles: ['stp'], scopeUnitIds: [] };
}

describe('listWorkspaceEntities', () => {
  it('lists the memberships, sorted by name', () => {
    const entities = listWorkspaceEntities([buildMembership('LU', 'Lucca'), buildMembership('CCIAA-AR', 'Arezzo')], null);
    expect(entities.map((entity) => entity.code)).toEqual(['CCIAA-AR', 'LU']);
  });

  it('adds every other entity for a system administrator without duplicates', () => {
    const entities = listWorkspaceEntities([buildMembership('LU', 'Lucca')], [
      { id: 'id-LU', code: 'LU', name: 'Lucca' },
      { id: 'id-MS', code: 'MS', name: 'Massa-Carrara' },
    ]);
    expect(entities.map((entity) => entity.code)).toEqual(['LU', 'MS']);
  });
});

describe('pickEntity', () => {
  const entities = [{ id: '1', code: 'A', name: 'A' }, { id: '2', code: 'B', name: 'B' }];

  it('keeps a remembered entity that is still available, else takes the first', () => {
    expect(pickEntity(entities, 'B')?.code).toBe('B');
    expect(pickEntity(entities, 'gone')?.code).toBe('A');
    expect(pickEntity([], 'A')).toBeNull();
  });
});

describe('pickPlan', () => {
  const plans = [buildPlan('P2024', 2024, 2026), buildPlan('P2025', 2025, 2027), buildPlan('P2021', 2021, 2023)];

  it('keeps the remembered plan', () => {
    expect(pickPlan(plans, 'P2021', 2025)?.code).toBe('P2021');
  });

  it('takes the most recent plan covering the current year when rolling plans overlap', () => {
    expect(pickPlan(plans, undefined, 2025)?.code).toBe('P2025');
    expect(pickPlan(plans, 'unknown', 2024)?.code).toBe('P2024');
  });

  it('falls back to the latest plan when none covers the current year', () => {
    expect(pickPlan(plans, undefined, 2030)?.code).toBe('P2025');
    expect(pickPlan(plans, undefined, 2010)?.code).toBe('P2025');
    expect(pickPlan([], undefined, 2025)).toBeNull();
  });
});

describe('pickYear', () => {
  const years = buildYears(2025, 2027);

  it('keeps a remembered year of the plan, else the current year', () => {
    expect(pickYear(years, 2027, 2025)).toBe(2027);
    expect(pickYear(years, 2019, 2026)).toBe(2026);
  });

  it('takes the nearest end of the plan when the current year is outside it, whatever the order given', () => {
    expect(pickYear(years, undefined, 2023)).toBe(2025);
    expect(pickYear(years, undefined, 2031)).toBe(2027);
  });

  it('has no year for a plan without years', () => {
    expect(pickYear([], undefined, 2025)).toBeNull();
  });
});
