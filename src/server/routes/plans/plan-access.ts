/** Resolves `:entityCode/plans/:planCode` for the caller: the entity must be visible, the plan in it. */
import type { Actor } from '../../../core/authorization/index.js';
import type { Db } from '../../db/database.js';
import { findVisibleEntity, type EntityRow } from '../../services/entity.js';
import { findPlan, type PlanRow } from '../../services/plan.js';
import { ok, type Result } from '../../services/result.js';

export async function resolvePlan(
  db: Db,
  actor: Actor,
  params: { entityCode: string; planCode: string },
): Promise<Result<{ entity: EntityRow; plan: PlanRow }, 'not_found'>> {
  const entity = await findVisibleEntity(db, actor, params.entityCode);
  if (!entity.ok) return entity;
  const plan = await findPlan(db, entity.value.id, params.planCode);
  if (!plan.ok) return plan;
  return ok({ entity: entity.value, plan: plan.value });
}
