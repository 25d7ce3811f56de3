/**
 * The scoring policy that applies to an entity's year: the latest saved revision in
 * `scoring_policies`, or the default policy of DOMAIN.md §6 when the body has saved none.
 */
import { and, desc, eq } from 'drizzle-orm';
import { defaultScoringPolicy, scoringPolicySchema, type ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scoringPolicies } from '../db/schema.js';
import type { Queryable } from '../db/database.js';
import { fail, ok, type Result } from './result.js';

export interface PolicyOwner { id: string; code: string }

export async function findScoringPolicy(db: Queryable, entity: PolicyOwner, year: number): Promise<Result<ScoringPolicy, 'policy_invalid'>> {
  const [row] = await db.select({ policy: scoringPolicies.policy, revision: scoringPolicies.revision }).from(scoringPolicies)
    .where(and(eq(scoringPolicies.entityId, entity.id), eq(scoringPolicies.year, year)))
    .orderBy(desc(scoringPolicies.revision)).limit(1);
  if (!row) return ok(defaultScoringPolicy(entity.code, year));
  const parsed = scoringPolicySchema.safeParse(row.policy);
  if (!parsed.success) return fail('policy_invalid', { detail: `policy ${entity.code}/${year} revision ${row.revision}: ${parsed.error.message}` });
  return ok(parsed.data);
}
