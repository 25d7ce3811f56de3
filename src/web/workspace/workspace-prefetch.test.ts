import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { planListQueryOptions, type PlanItem } from '../api/plans.js';
import type { Me } from '../api/session.js';
import { resolveWorkspacePlan } from './workspace-prefetch.js';
import { yearInRome } from './workspace-selection.js';

const me: Me = {
  user: { id: 'u1', username: 'stp', displayName: 'STP', isSystemAdmin: false },
  memberships: [{ entity: { id: 'e1', code: 'DEMO', name: 'Camera di prova' }, roles: ['stp'], scopeUnitIds: [] }],
  csrfToken: 'token',
};

const planOf = (code: string, firstYear: number, lastYear: number): PlanItem => ({
  code, title: `Piano ${code}`, firstYear, lastYear,
  years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, status: 'planning' })),
});

describe('resolveWorkspacePlan', () => {
  it('picks, from the cached plan list, the plan covering the current year and that year, as the workspace does', async () => {
    const year = yearInRome();
    const queryClient = new QueryClient();
    queryClient.setQueryData(planListQueryOptions('DEMO').queryKey, [planOf('OLD', year - 5, year - 3), planOf('NOW', year - 1, year + 1)]);
    await expect(resolveWorkspacePlan(queryClient, me)).resolves.toEqual({ entityCode: 'DEMO', planCode: 'NOW', year });
  });

  it('is null for a user without entities or an entity without plans', async () => {
    const queryClient = new QueryClient();
    await expect(resolveWorkspacePlan(queryClient, { ...me, memberships: [] })).resolves.toBeNull();
    queryClient.setQueryData(planListQueryOptions('DEMO').queryKey, []);
    await expect(resolveWorkspacePlan(queryClient, me)).resolves.toBeNull();
  });
});
