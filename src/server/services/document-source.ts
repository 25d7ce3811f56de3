/**
 * What a document of an entity's plan is made from, read from the database: the plan (the one named,
 * or the latest covering the year), the year (default: the plan's first for the Piano, the latest with
 * final values for the Relazione), the year's saved scoring policy, the card policy (saved, else the
 * defaults with the scoring policy's rounding) and the year's approved revisions. Shared by
 * `traguardo report`, the document job and the narrative texts API, so they all render the same numbers.
 */
import { and, eq } from 'drizzle-orm';
import { cardPolicySchema, type CardPolicy } from '../../core/evaluation/card-policy.schema.js';
import { actSchema, planSchema, type Plan } from '../../core/plan/plan.schema.js';
import type { ScoringPolicy } from '../../core/scoring/policy.schema.js';
import { defaultScoringYear } from '../../core/scoring/default-year.js';
import type { PlanRevision } from '../../documents/model/document-input.js';
import type { DocumentKind } from '../../documents/model/document-model.js';
import type { Db } from '../db/database.js';
import { cardPolicies } from '../db/schema.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { findScoringPolicy } from './plan-scoring-policy.js';
import { listPlans, type PlanRow } from './plan.js';
import { listRevisions } from './revision.js';
import { fail, ok, type Result } from './result.js';

export interface DocumentSource {
  planRow: PlanRow;
  plan: Plan;
  year: number;
  policy: ScoringPolicy;
  cardPolicy: CardPolicy;
  revisions: PlanRevision[];
}

/** `plan_not_found` carries the entity's plans (code and years) as its detail. */
export type DocumentSourceProblem = 'plan_not_found' | 'year_outside_plan' | 'policy_invalid' | 'revision_unreadable' | 'card_policy_invalid';

export interface DocumentSourceQuery {
  kind: DocumentKind;
  planCode?: string;
  year?: number;
}

/** The default year: the first of the plan for the Piano, the latest with final values for the Relazione. */
export function documentYear(kind: DocumentKind, plan: Plan, year: number | undefined): number {
  return year ?? (kind === 'piano' ? plan.plan.firstYear : defaultScoringYear(plan));
}

function choosePlan(plans: PlanRow[], query: DocumentSourceQuery): PlanRow | undefined {
  if (query.planCode !== undefined) return plans.find((plan) => plan.code === query.planCode);
  const { year } = query;
  return plans.filter((plan) => year === undefined || (plan.firstYear <= year && year <= plan.lastYear)).at(-1);
}

/** The approved revisions of the year, with the plan content before each and after it. */
async function approvedRevisions(db: Db, plan: PlanRow, year: number): Promise<Result<PlanRevision[], 'revision_unreadable'>> {
  const rows = (await listRevisions(db, plan, year)).filter((row) => row.status === 'approved');
  const revisions: PlanRevision[] = [];
  for (const row of rows) {
    const original = planSchema.safeParse(row.snapshot);
    const revised = row.revised === null ? undefined : planSchema.safeParse(row.revised);
    const act = row.act === null ? undefined : actSchema.safeParse(row.act);
    if (!original.success || (revised !== undefined && !revised.success)) return fail('revision_unreadable', { detail: `revision ${row.number} of ${year}` });
    revisions.push({
      number: row.number, year, reason: row.reason, original: original.data,
      ...(revised?.success ? { revised: revised.data } : {}), ...(act?.success ? { act: act.data } : {}),
    });
  }
  return ok(revisions);
}

async function cardPolicyOf(db: Db, entityId: string, year: number, policy: ScoringPolicy): Promise<Result<CardPolicy, 'card_policy_invalid'>> {
  const [row] = await db.select().from(cardPolicies).where(and(eq(cardPolicies.entityId, entityId), eq(cardPolicies.year, year)));
  const parsed = cardPolicySchema.safeParse(row?.policy ?? { rounding: policy.rounding });
  return parsed.success ? ok(parsed.data) : fail('card_policy_invalid', { detail: `card policy ${year}: ${parsed.error.issues[0]?.message ?? ''}` });
}

export async function loadDocumentSource(
  db: Db, entity: { id: string; code: string }, query: DocumentSourceQuery,
): Promise<Result<DocumentSource, DocumentSourceProblem>> {
  const plans = await listPlans(db, entity.id);
  const planRow = choosePlan(plans, query);
  if (planRow === undefined) {
    const known = plans.map((plan) => `${plan.code} (${plan.firstYear}–${plan.lastYear})`).join(', ') || '—';
    return fail('plan_not_found', { detail: known });
  }
  const plan = await loadPlan(db, entity.id, planRow.code);
  if (plan === null) return fail('plan_not_found', { detail: planRow.code });
  const year = documentYear(query.kind, plan, query.year);
  if (year < planRow.firstYear || year > planRow.lastYear) {
    return fail('year_outside_plan', { detail: `${year}: ${planRow.code} (${planRow.firstYear}–${planRow.lastYear})` });
  }
  const policy = await findScoringPolicy(db, entity, year);
  if (!policy.ok) return policy;
  const cardPolicy = await cardPolicyOf(db, entity.id, year, policy.value);
  if (!cardPolicy.ok) return cardPolicy;
  const revisions = await approvedRevisions(db, planRow, year);
  if (!revisions.ok) return revisions;
  return ok({ planRow, plan, year, policy: policy.value, cardPolicy: cardPolicy.value, revisions: revisions.value });
}
