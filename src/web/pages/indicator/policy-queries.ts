/** The scoring policy in force for a year (GET /api/entities/:entityCode/policies/:year), for the preview. */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ScoringRules } from '../../../core/scoring/policy.schema.js';
import { apiClient } from '../../api/api-client.js';
import type { PreviewPolicy } from './achievement-preview.js';

const policyResponse = z.object({
  revision: z.number(),
  policy: z.object({ cap: z.number(), rules: z.record(z.string(), z.unknown()) }),
});

export function policyQueryOptions(entityCode: string, year: number) {
  return queryOptions({
    queryKey: ['entities', entityCode, 'policies', year],
    queryFn: async ({ signal }): Promise<PreviewPolicy> => {
      const response = await apiClient.request(`/api/entities/${encodeURIComponent(entityCode)}/policies/${year}`, { schema: policyResponse, signal });
      // The server validates the policy against the full schema before answering; the rules are its output.
      return { cap: response.policy.cap, rules: response.policy.rules as unknown as ScoringRules };
    },
    staleTime: 5 * 60_000,
  });
}
