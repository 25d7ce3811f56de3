/**
 * The card policy of an entity for a year (SMVP rules of individual evaluation and the fund bands):
 * the stored one, or the defaults of `cardPolicySchema` (no fund bands) when the entity saved none.
 */
import { and, eq } from 'drizzle-orm';
import { cardPolicySchema, type CardPolicy, type CardPolicyInput } from '../../core/evaluation/card-policy.schema.js';
import type { Queryable } from '../db/database.js';
import { cardPolicies } from '../db/schema.js';
import { fail, ok, type Result } from './result.js';

export async function findCardPolicy(db: Queryable, entityId: string, year: number): Promise<Result<CardPolicy, 'card_policy_invalid'>> {
  const [row] = await db.select().from(cardPolicies).where(and(eq(cardPolicies.entityId, entityId), eq(cardPolicies.year, year)));
  const parsed = cardPolicySchema.safeParse(row?.policy ?? {});
  if (!parsed.success) return fail('card_policy_invalid', { detail: `card policy ${year}: ${parsed.error.issues[0]?.message ?? ''}` });
  return ok(parsed.data);
}

/** Stores the card policy of a year (used by the demo loader and imports); validated first. */
export async function insertCardPolicy(db: Queryable, entityId: string, year: number, policy: CardPolicyInput): Promise<void> {
  await db.insert(cardPolicies).values({ entityId, year, policy: cardPolicySchema.parse(policy) });
}
