/** Resolves `:entityCode/plans/:planCode` for the caller: the entity must be visible, the plan in it. */
import { can, type Action, type Actor } from '../../../core/authorization/index.js';
import type { Db } from '../../db/database.js';
import { findVisibleEntity, type EntityRow } from '../../services/entity.js';
import { findPlan, type PlanRow } from '../../services/plan.js';
import { fail, ok, type Result } from '../../services/result.js';

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

/** resolvePlan, then the caller must be allowed every given action on the entity (not found first, then forbidden). */
export async function resolvePlanFor(
  db: Db,
  actor: Actor,
  params: { entityCode: string; planCode: string },
  ...actions: Action[]
): Promise<Result<{ entity: EntityRow; plan: PlanRow }, 'not_found' | 'forbidden'>> {
  const found = await resolvePlan(db, actor, params);
  if (!found.ok) return found;
  return actions.every((action) => can(actor, action, { entityId: found.value.entity.id })) ? found : fail('forbidden');
}
