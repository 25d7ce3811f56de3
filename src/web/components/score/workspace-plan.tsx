/**
 * The performance pages work on the workspace's plan and year. The gate shows what to do when there
 * is none yet (or while it loads); inside it, usePlanRef gives the plan and year.
 */
import type { ReactNode } from 'react';
import { Button, Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../problem-alert.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import type { PlanRef } from './score-queries.js';

export interface WorkspacePlan extends PlanRef { year: number }

export function PerformanceGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { entity, plan, year, plansStatus, plansError, retryPlans } = useWorkspace();
  if (plansStatus === 'error') return <LoadFailure error={plansError} onRetry={retryPlans} />;
  if (plansStatus === 'pending') return <p role="status">{t('common.loading')}</p>;
  if (!entity || !plan || year === null) {
    return (
      <Callout color="note" data-testid="no-plan">
        <CalloutTitle>{t('performance.common.noPlanTitle')}</CalloutTitle>
        <CalloutText>{t('performance.common.noPlanBody')}</CalloutText>
      </Callout>
    );
  }
  return <>{children}</>;
}

/** The workspace's plan and year; only inside PerformanceGate. */
export function usePlanRef(): WorkspacePlan {
  const { entity, plan, year } = useWorkspace();
  if (!entity || !plan || year === null) throw new Error('usePlanRef outside PerformanceGate');
  return { entityCode: entity.code, planCode: plan.code, year };
}

export function LoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ProblemAlert title={t('performance.common.loadFailed')} error={error}>
      <Button color="primary" size="sm" className="mt-3" onClick={onRetry}>{t('performance.common.retry')}</Button>
    </ProblemAlert>
  );
}
