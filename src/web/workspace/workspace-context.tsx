/**
 * The workspace: the entity, plan and year the signed-in user is working on, shared by the header's
 * switches and the pages. Plans come from the API (the list, with each plan's years); the choice is
 * remembered per user. The plan's counts are asked for only where shown (the dashboard).
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { entityListQueryOptions } from '../api/entities.js';
import { planListQueryOptions, type PlanItem } from '../api/plans.js';
import type { EntityRef, Me, Membership } from '../api/session.js';
import { listWorkspaceEntities, pickEntity, pickPlan, pickYear, yearInRome, type WorkspaceChoice } from './workspace-selection.js';
import { readWorkspaceChoice, storeWorkspaceChoice } from './workspace-storage.js';

export type LoadStatus = 'idle' | 'pending' | 'error' | 'success';

export interface Workspace {
  me: Me;
  entities: EntityRef[];
  entity: EntityRef | null;
  /** The user's roles in the selected entity (null for an administrator who is not a member). */
  membership: Membership | null;
  plans: PlanItem[];
  plansStatus: LoadStatus;
  plan: PlanItem | null;
  /** The error of whichever plan request failed. */
  plansError: unknown;
  retryPlans: () => void;
  year: number | null;
  selectEntity: (entityCode: string) => void;
  selectPlan: (planCode: string) => void;
  selectYear: (year: number) => void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ me, children }: { me: Me; children: ReactNode }) {
  const userId = me.user.id;
  const [choice, setChoice] = useState<WorkspaceChoice>(() => readWorkspaceChoice(userId));
  const allEntities = useQuery({ ...entityListQueryOptions, enabled: me.user.isSystemAdmin });
  const entities = useMemo(
    () => listWorkspaceEntities(me.memberships, allEntities.data ?? null),
    [me.memberships, allEntities.data],
  );
  const entity = pickEntity(entities, choice.entityCode);
  const currentYear = yearInRome();

  const plansQuery = useQuery({ ...planListQueryOptions(entity?.code ?? ''), enabled: entity !== null });
  const plans = plansQuery.data ?? [];
  const plan = pickPlan(plans, choice.planCode, currentYear);
  const year = plan ? pickYear(plan.years, choice.year, currentYear) : null;

  const update = (next: WorkspaceChoice) => {
    setChoice(next);
    storeWorkspaceChoice(userId, next);
  };

  const value: Workspace = {
    me,
    entities,
    entity,
    membership: me.memberships.find((membership) => membership.entity.code === entity?.code) ?? null,
    plans,
    plansStatus: entity === null ? 'idle' : plansQuery.status,
    plan,
    plansError: plansQuery.error,
    retryPlans: () => void plansQuery.refetch(),
    year,
    selectEntity: (entityCode) => update({ entityCode }),
    selectPlan: (planCode) => update({ entityCode: entity?.code, planCode, year: year ?? undefined }),
    selectYear: (planYear) => update({ entityCode: entity?.code, planCode: plan?.code, year: planYear }),
  };
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}
