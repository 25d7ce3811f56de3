/**
 * The card policy of an entity for a year (SMVP rules of individual evaluation and the fund bands):
 * the stored one, or the defaults of `cardPolicySchema` (no fund bands) when the entity saved none.
 *
 * Versioned like the scoring policy: revision 0 is the default (nothing saved), each save makes the
 * next revision (the row's `version`), names the revision it edited (a save in between gets
 * `version_conflict` with the revision in force) and is audited with the policy before and after, so
 * the audit trail holds every earlier revision.
 */
import { and, eq } from 'drizzle-orm';
import { cardPolicySchema, type CardPolicy, type CardPolicyInput } from '../../core/evaluation/card-policy.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { cardPolicies } from '../db/schema.js';
import { fail, ok, type FieldIssue, type Result } from './result.js';

export interface CardPolicyRevision {
  /** 0 = nothing saved for the year: the default card policy. */
  revision: number;
  savedAt: Date | null;
  policy: CardPolicy;
}

async function findRow(db: Queryable, entityId: string, year: number) {
  const [row] = await db.select().from(cardPolicies).where(and(eq(cardPolicies.entityId, entityId), eq(cardPolicies.year, year)));
  return row;
}

function parseStored(row: { policy: unknown } | undefined, year: number): Result<CardPolicy, 'card_policy_invalid'> {
  const parsed = cardPolicySchema.safeParse(row?.policy ?? {});
  if (!parsed.success) return fail('card_policy_invalid', { detail: `card policy ${year}: ${parsed.error.issues[0]?.message ?? ''}` });
  return ok(parsed.data);
}

export async function findCardPolicy(db: Queryable, entityId: string, year: number): Promise<Result<CardPolicy, 'card_policy_invalid'>> {
  return parseStored(await findRow(db, entityId, year), year);
}

/** The card policy in force for the year with its revision (0 = the default). */
export async function getCardPolicyRevision(db: Queryable, entityId: string, year: number): Promise<Result<CardPolicyRevision, 'card_policy_invalid'>> {
  const row = await findRow(db, entityId, year);
  const policy = parseStored(row, year);
  if (!policy.ok) return policy;
  return ok({ revision: row?.version ?? 0, savedAt: row?.updatedAt ?? null, policy: policy.value });
}

/** Stores the card policy of a year (used by the demo loader and imports); validated first. */
export async function insertCardPolicy(db: Queryable, entityId: string, year: number, policy: CardPolicyInput): Promise<void> {
  await db.insert(cardPolicies).values({ entityId, year, policy: cardPolicySchema.parse(policy) });
}

/** The proposed card policy validated, each issue with its field path under `policy.` and a message in both languages. */
export function parseCardPolicy(input: unknown): Result<CardPolicy, 'card_policy_invalid_input'> {
  const parsed = cardPolicySchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const errors: FieldIssue[] = parsed.error.issues.map((issue) => ({
    path: ['policy', ...issue.path.map(String)].join('.'),
    code: issue.code,
    messages: { it: `Valore non valido: ${issue.message}.`, en: `Invalid value: ${issue.message}.` },
  }));
  return fail('card_policy_invalid_input', { errors, detail: errors.map((e) => `${e.path}: ${e.messages.en}`).join('; ') });
}

export type SaveCardPolicyCode = 'version_conflict' | 'card_policy_invalid_input';

/** Saves the card policy of the year as the next revision; `baseRevision` is the revision edited (0 for the default). */
export async function saveCardPolicy(db: Db, input: {
  entityId: string; year: number; baseRevision: number; policy: unknown; note: string | null; actor: AuditActor;
}): Promise<Result<CardPolicyRevision, SaveCardPolicyCode>> {
  const parsed = parseCardPolicy(input.policy);
  if (!parsed.ok) return parsed;
  const { entityId, year } = input;
  return db.transaction(async (tx) => {
    const row = await findRow(tx, entityId, year);
    const current = row?.version ?? 0;
    const inForce = async () => {
      const latest = await getCardPolicyRevision(tx, entityId, year);
      return latest.ok ? { current: { year, ...latest.value, savedAt: latest.value.savedAt?.toISOString() ?? null } } : {};
    };
    if (current !== input.baseRevision) return fail('version_conflict', { detail: `expected revision ${input.baseRevision}, current ${current}`, ...(await inForce()) });
    if (!row) {
      const [created] = await tx.insert(cardPolicies).values({ entityId, year, policy: parsed.value }).onConflictDoNothing().returning();
      if (!created) return fail('version_conflict', await inForce());
      await appendAudit(tx, {
        actor: input.actor, entityId, objectType: 'card_policy', objectId: `${year}`, action: 'create',
        before: null, after: { revision: created.version, note: input.note, policy: parsed.value },
      });
      return ok({ revision: created.version, savedAt: created.updatedAt, policy: parsed.value });
    }
    const [updated] = await tx.update(cardPolicies).set({ policy: parsed.value, version: row.version + 1, updatedAt: new Date() })
      .where(and(eq(cardPolicies.id, row.id), eq(cardPolicies.version, row.version))).returning();
    if (!updated) return fail('version_conflict', await inForce());
    await appendAudit(tx, {
      actor: input.actor, entityId, objectType: 'card_policy', objectId: `${year}`, action: 'update',
      before: { revision: row.version, policy: row.policy }, after: { revision: updated.version, note: input.note, policy: parsed.value },
    });
    return ok({ revision: updated.version, savedAt: updated.updatedAt, policy: parsed.value });
  });
}
