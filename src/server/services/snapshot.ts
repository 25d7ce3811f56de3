/**
 * Frozen results. Freezing a validated year scores it one last time and stores the ScoredPlan as
 * canonical JSON with its SHA-256, the policy used, and the slice of the plan it was computed from with
 * its fingerprint; the row is immutable (a trigger refuses UPDATE and DELETE). The recompute check
 * scores the year again — from the data as stored now, and from the stored inputs — and tells whether
 * the results are identical, where they differ if not, and whether the inputs moved.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Action } from '../../core/authorization/index.js';
import { canonicalJson, jsonDifferences, planYearSlice, type JsonDifference } from '../../core/cycle/index.js';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { scoringPolicySchema, type ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import type { AuditActor } from '../audit/audit-log.js';
import type { Db, Queryable } from '../db/database.js';
import { planYearSnapshots } from '../db/schema.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { applyYearTransition, type CycleEntity, type CyclePlan } from './cycle-year.js';
import { findScoringPolicy } from './plan-scoring-policy.js';
import { fail, ok, type Result } from './result.js';

export type SnapshotRow = typeof planYearSnapshots.$inferSelect;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The year's final results as canonical JSON, and the plan slice they come from. */
export function frozenTexts(plan: Plan, policy: ScoringPolicy, year: number): { scored: string; slice: string } {
  const slice = planYearSlice(plan, year);
  return { scored: canonicalJson(scorePlan(slice, policy, { year })), slice: canonicalJson(slice) };
}

export async function freezeYear(
  db: Db, input: { entity: CycleEntity; plan: CyclePlan; year: number; version: number; allows: (action: Action) => boolean; actor: AuditActor },
) {
  return db.transaction(async (tx) => {
    const result = await applyYearTransition(tx, {
      plan: input.plan, year: input.year, transition: 'freeze', version: input.version, allows: input.allows, actor: input.actor,
      work: async (inner) => {
        const model = await loadPlan(inner, input.plan.entityId, input.plan.code);
        const policy = await findScoringPolicy(inner, input.entity, input.year);
        if (!model) return fail('not_found');
        if (!policy.ok) return policy;
        const texts = frozenTexts(model, policy.value, input.year);
        const [row] = await inner.insert(planYearSnapshots).values({
          entityId: input.plan.entityId, planId: input.plan.id, year: input.year, scored: texts.scored, scoredHash: sha256(texts.scored),
          policy: policy.value, planHash: sha256(texts.slice), planSlice: texts.slice, createdBy: input.actor.username,
        }).returning({ id: planYearSnapshots.id, scoredHash: planYearSnapshots.scoredHash, planHash: planYearSnapshots.planHash });
        return ok({ snapshot: row! });
      },
    });
    return result.ok ? ok(result.value.row) : result;
  });
}

export async function findSnapshot(db: Queryable, plan: Pick<CyclePlan, 'id' | 'entityId'>, year: number): Promise<Result<SnapshotRow, 'year_not_frozen'>> {
  const [row] = await db.select().from(planYearSnapshots)
    .where(and(eq(planYearSnapshots.planId, plan.id), eq(planYearSnapshots.entityId, plan.entityId), eq(planYearSnapshots.year, year)));
  return row ? ok(row) : fail('year_not_frozen', { detail: `year ${year} has no frozen results` });
}

export interface RecomputeCheck {
  /** The results recomputed from the data as stored now equal the frozen ones. */
  identical: boolean;
  /** The results recomputed from the stored inputs (plan slice and policy) equal the frozen ones. */
  reproducible: boolean;
  /** The plan slice the year depends on is unchanged since freezing. */
  inputsUnchanged: boolean;
  frozen: { scoredHash: string; planHash: string; at: string };
  recomputed: { scoredHash: string; planHash: string };
  /** Where the recomputed results differ (first 20). */
  differences: JsonDifference[];
}

export async function checkRecompute(db: Db, plan: CyclePlan, year: number): Promise<Result<RecomputeCheck, 'year_not_frozen' | 'not_found'>> {
  const snapshot = await findSnapshot(db, plan, year);
  if (!snapshot.ok) return snapshot;
  const model = await loadPlan(db, plan.entityId, plan.code);
  if (!model) return fail('not_found');
  const policy = scoringPolicySchema.parse(snapshot.value.policy);
  const live = frozenTexts(model, policy, year);
  const stored = frozenTexts(planSchema.parse(JSON.parse(snapshot.value.planSlice)), policy, year);
  const liveHash = sha256(live.scored);
  const identical = liveHash === snapshot.value.scoredHash;
  return ok({
    identical,
    reproducible: sha256(stored.scored) === snapshot.value.scoredHash,
    inputsUnchanged: sha256(live.slice) === snapshot.value.planHash,
    frozen: { scoredHash: snapshot.value.scoredHash, planHash: snapshot.value.planHash, at: snapshot.value.createdAt.toISOString() },
    recomputed: { scoredHash: liveHash, planHash: sha256(live.slice) },
    differences: identical ? [] : jsonDifferences(JSON.parse(snapshot.value.scored), JSON.parse(live.scored)),
  });
}
