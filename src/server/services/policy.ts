/**
 * The scoring policy (SMVP) of an entity's year as an append-only history: every save is a new
 * revision (1, 2, …) in `scoring_policies`, audited; nothing is updated or deleted. Before the first
 * save the year runs on the default policy (revision 0 here: nothing saved).
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { defaultScoringPolicy, scoringPolicySchema, type ScoringPolicy, type ScoringPolicyInput } from '../../core/scoring/policy.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { scoringPolicies, users } from '../db/schema.js';
import { fail, ok, type FieldIssue, type Result } from './result.js';

export interface PolicyOwner { id: string; code: string }

export interface PolicyRevisionInfo {
  /** 0 = nothing saved: the default policy. */
  revision: number;
  savedAt: Date | null;
  savedBy: { username: string; displayName: string } | null;
  note: string | null;
}

export interface PolicyRevision extends PolicyRevisionInfo {
  policy: ScoringPolicy;
}

const revisionColumns = {
  revision: scoringPolicies.revision,
  policy: scoringPolicies.policy,
  note: scoringPolicies.note,
  createdAt: scoringPolicies.createdAt,
  username: users.username,
  displayName: users.displayName,
};

type RevisionRow = { revision: number; policy: unknown; note: string | null; createdAt: Date; username: string | null; displayName: string | null };

function infoOf(row: RevisionRow): PolicyRevisionInfo {
  return {
    revision: row.revision, savedAt: row.createdAt, note: row.note,
    savedBy: row.username === null ? null : { username: row.username, displayName: row.displayName ?? row.username },
  };
}

function revisionOf(row: RevisionRow): Result<PolicyRevision, 'policy_invalid'> {
  const parsed = scoringPolicySchema.safeParse(row.policy);
  if (!parsed.success) return fail('policy_invalid', { detail: `revision ${row.revision}: ${parsed.error.message}` });
  return ok({ ...infoOf(row), policy: parsed.data });
}

function defaultRevision(entity: PolicyOwner, year: number): PolicyRevision {
  // The default policy's own meta.revision is the schema's default (1): the revision a first save gets.
  return { revision: 0, savedAt: null, savedBy: null, note: null, policy: defaultScoringPolicy(entity.code, year) };
}

function revisionsQuery(db: Queryable, entityId: string, year: number, revision?: number) {
  const filters = [eq(scoringPolicies.entityId, entityId), eq(scoringPolicies.year, year)];
  if (revision !== undefined) filters.push(eq(scoringPolicies.revision, revision));
  return db.select(revisionColumns).from(scoringPolicies).leftJoin(users, eq(users.id, scoringPolicies.createdBy)).where(and(...filters));
}

/** The policy in force for the year: the latest saved revision, or the default (revision 0). */
export async function getCurrentPolicy(db: Queryable, entity: PolicyOwner, year: number): Promise<Result<PolicyRevision, 'policy_invalid'>> {
  const [row] = await revisionsQuery(db, entity.id, year).orderBy(desc(scoringPolicies.revision)).limit(1);
  return row ? revisionOf(row) : ok(defaultRevision(entity, year));
}

/** One saved revision (revision 0 is the default policy). */
export async function getPolicyRevision(
  db: Queryable, entity: PolicyOwner, year: number, revision: number,
): Promise<Result<PolicyRevision, 'not_found' | 'policy_invalid'>> {
  if (revision === 0) return ok(defaultRevision(entity, year));
  const [row] = await revisionsQuery(db, entity.id, year, revision);
  return row ? revisionOf(row) : fail('not_found', { detail: `policy revision ${revision} of ${year}` });
}

/** The saved revisions of the year, newest first. */
export async function listPolicyRevisions(db: Queryable, entityId: string, year: number): Promise<PolicyRevisionInfo[]> {
  const rows = await revisionsQuery(db, entityId, year).orderBy(desc(scoringPolicies.revision), asc(scoringPolicies.createdAt));
  return rows.map(infoOf);
}

/** The proposed policy for the entity's year: validated, meta set from the URL, issues with their field paths. */
export function parseProposedPolicy(
  entity: PolicyOwner, year: number, revision: number, input: Omit<ScoringPolicyInput, 'meta'> & { meta?: Partial<ScoringPolicyInput['meta']> },
): Result<ScoringPolicy, 'policy_invalid_input'> {
  const parsed = scoringPolicySchema.safeParse({ ...input, meta: { ...input.meta, entity: entity.code, year, revision } });
  if (parsed.success) return ok(parsed.data);
  const errors: FieldIssue[] = parsed.error.issues.map((issue) => ({
    path: ['policy', ...issue.path.map(String)].join('.'),
    code: issue.code,
    messages: { it: `Valore non valido: ${issue.message}.`, en: `Invalid value: ${issue.message}.` },
  }));
  return fail('policy_invalid_input', { errors, detail: errors.map((e) => `${e.path}: ${e.messages.en}`).join('; ') });
}

export type SavePolicyCode = 'version_conflict' | 'policy_invalid' | 'policy_invalid_input';

/**
 * Saves the policy as the next revision of the year. `baseRevision` is the revision the user edited
 * (0 for the default): if someone saved in between, nothing is written and the current revision is
 * returned with `version_conflict`.
 */
export async function savePolicyRevision(db: Db, input: {
  entity: PolicyOwner; year: number; baseRevision: number; note: string | null;
  policy: Omit<ScoringPolicyInput, 'meta'> & { meta?: Partial<ScoringPolicyInput['meta']> };
  actor: AuditActor;
}): Promise<Result<PolicyRevision, SavePolicyCode>> {
  const { entity, year } = input;
  return db.transaction(async (tx) => {
    const current = await getCurrentPolicy(tx, entity, year);
    if (!current.ok) return current;
    if (current.value.revision !== input.baseRevision) return fail('version_conflict', { current: current.value });
    const revision = current.value.revision + 1;
    const parsed = parseProposedPolicy(entity, year, revision, input.policy);
    if (!parsed.ok) return parsed;
    const [row] = await tx.insert(scoringPolicies).values({
      entityId: entity.id, year, revision, policy: parsed.value, note: input.note, createdBy: input.actor.userId,
    }).onConflictDoNothing().returning({ createdAt: scoringPolicies.createdAt });
    // Someone saved the same revision number between our read and our write.
    if (!row) {
      const latest = await getCurrentPolicy(tx, entity, year);
      return fail('version_conflict', latest.ok ? { current: latest.value } : {});
    }
    await appendAudit(tx, {
      actor: input.actor, entityId: entity.id, objectType: 'scoring_policy', objectId: `${year}`, action: 'create',
      before: current.value.revision === 0 ? null : { revision: current.value.revision, policy: current.value.policy },
      after: { revision, note: input.note, policy: parsed.value },
    });
    const saved = await getPolicyRevision(tx, entity, year, revision);
    return saved.ok ? ok(saved.value) : fail('policy_invalid', { detail: `revision ${revision} just saved` });
  });
}
