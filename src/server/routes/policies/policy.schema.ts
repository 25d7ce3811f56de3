/**
 * Scoring policies (SMVP) per entity and year: params, the save body (the policy as in the policy file,
 * `meta.entity/year/revision` taken from the URL and the history), responses and presenters.
 */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import { scoringPolicySchema } from '../../../core/scoring/policy.schema.js';
import type { PolicyRevision, PolicyRevisionInfo } from '../../services/policy.js';
import { abilities, codeParam, listOf } from '../common.schema.js';

const year = z.coerce.number().int().min(1990).max(2100);

export const policyParams = z.strictObject({ entityCode: codeParam, year });
export const policyRevisionParams = z.strictObject({ entityCode: codeParam, year, revision: z.coerce.number().int().min(0) });

/** The policy as the client sends it: every setting of the policy file; meta's entity, year and revision are ignored. */
export const policyInput = scoringPolicySchema.omit({ meta: true }).extend({
  meta: scoringPolicySchema.shape.meta.partial().optional(),
});

export const policySaveBody = z.strictObject({
  baseRevision: z.number().int().min(0).describe('The revision edited (0 = the default policy); another save in between gets 409 version_conflict'),
  note: z.string().trim().max(2000).nullable().optional().describe('Why the policy changes (shown in the history)'),
  policy: policyInput,
});

const savedBy = z.object({ username: z.string(), displayName: z.string() }).nullable();

export const policyRevisionInfo = z.object({
  revision: z.number().int().describe('0 = nothing saved for the year: the default policy'),
  savedAt: z.string().nullable(),
  savedBy,
  note: z.string().nullable(),
}).meta({ id: 'PolicyRevisionInfo' });

export const policyResponse = z.object({
  entityCode: z.string(),
  year: z.number().int(),
  revision: z.number().int().describe('0 = nothing saved for the year: the default policy'),
  isDefault: z.boolean(),
  savedAt: z.string().nullable(),
  savedBy,
  note: z.string().nullable(),
  policy: scoringPolicySchema,
  abilities,
}).meta({ id: 'ScoringPolicyRevision' });

export const policyRevisionList = listOf(policyRevisionInfo);

export function presentRevisionInfo(info: PolicyRevisionInfo): z.infer<typeof policyRevisionInfo> {
  return { revision: info.revision, savedAt: info.savedAt?.toISOString() ?? null, savedBy: info.savedBy, note: info.note };
}

export function presentPolicy(
  entity: { id: string; code: string }, year: number, revision: PolicyRevision, actor: Actor | null,
): z.infer<typeof policyResponse> {
  return {
    entityCode: entity.code, year, ...presentRevisionInfo(revision), isDefault: revision.revision === 0, policy: revision.policy,
    abilities: abilitiesFor(actor, { entityId: entity.id }, 'policy'),
  };
}
