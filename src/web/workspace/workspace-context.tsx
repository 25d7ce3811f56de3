/**
 * The workspace: the entity, plan and year the signed-in user is working on, shared by the header's
 * switches and the pages. The plans come from the API; the choice is remembered per user.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { entityListQueryOptions } from '../api/entities.js';
import { planListQueryOptions, type PlanSummary } from '../api/plans.js';
import type { EntityRef, Me, Membership } from '../api/session.js';
import { listWorkspaceEntities, pickEntity, pickPlan, pickYear, type WorkspaceChoice } from './workspace-selection.js';
import { readWorkspaceChoice, storeWorkspaceChoice } from './workspace-storage.js';

export interface Workspace {
  me: Me;
  entities: EntityRef[];
  entity: EntityRef | null;
  /** The user's roles in the selected entity (null for an administrator who is not a member). */
  membership: Membership | null;
  plansStatus: 'idle' | 'pending' | 'error' | 'success';
  plansError: unknown;
  retryPlans: () => void;
  plans: PlanSummary[];
  plan: PlanSummary | null;
  year: number | null;
  selectEntity: (entityCode: string) => void;
  selectPlanYear: (planCode: string, year: number) => void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

function yearInRome(): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Rome' }).format(new Date()));
}

export function WorkspaceProvider({ me, children }: { me: Me; children: ReactNode }) {
  const userId = me.user.id;
  const [choice, setChoice] = useState<WorkspaceChoice>(() => readWorkspaceChoice(userId));
  const allEntities = useQuery({ ...entityListQueryOptions, enabled: me.user.isSystemAdmin });

  const entities = useMemo(
    () => listWorkspaceEntities(me.memberships, allEntities.data ?? null),
    [me.memberships, allEntities.data],
  );
  const entity = pickEntity(entities, choice.entityCode);
  const plansQuery = useQuery({ ...planListQueryOptions(entity?.code ?? ''), enabled: entity !== null });
  const plans = plansQuery.data ?? [];
  const currentYear = yearInRome();
  const plan = pickPlan(plans, choice.planCode, currentYear);
  const year = plan ? pickYear(plan, choice.year, currentYear) : null;

  const update = (next: WorkspaceChoice) => {
    setChoice(next);
    storeWorkspaceChoice(userId, next);
  };

  const value: Workspace = {
    me,
    entities,
    entity,
    membership: me.memberships.find((membership) => membership.entity.code === entity?.code) ?? null,
    plansStatus: entity === null ? 'idle' : plansQuery.status,
    plansError: plansQuery.error,
    retryPlans: () => void plansQuery.refetch(),
    plans,
    plan,
    year,
    selectEntity: (entityCode) => update({ entityCode }),
    selectPlanYear: (planCode, planYear) => update({ entityCode: entity?.code, planCode, year: planYear }),
  };
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}
