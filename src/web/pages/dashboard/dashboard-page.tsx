/**
 * Cruscotto, the home page (`/` leads here): the welcome with the user's roles in the entity; the
 * entity's organisational performance and its components, each org unit's performance, the statuses of the indicators per strategic area (chart and table), the plan's
 * years side by side and the indicators at risk, for the period chosen in the address (`periodo`);
 * then the plan with its years in the cycle and its counts. Every number opens its explanation.
 */
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExplanationProvider } from '../../components/explanation/explanation-context.js';
import type { ExplanationScope } from '../../components/explanation/explanation-queries.js';
import { PeriodSelect } from '../../components/score/period-select.js';
import { planScoresQueryOptions } from '../../components/score/score-queries.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { periodChoiceOf, validatePeriodSearch } from '../tree/tree-search.js';
import { AreaDistributionSection } from './area-distribution.js';
import { AtRiskSection } from './at-risk-table.js';
import { EntitySection } from './entity-section.js';
import { PolicyNote } from './policy-note.js';
import { UnitsSection } from './units-table.js';
import { YearComparisonSection } from './year-comparison.js';
import { WorkspacePlanOverview, WorkspaceWelcome } from './workspace-summary.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import './dashboard.css';

function DashboardContent({ periodo }: { periodo: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanRef();
  const scoresQuery = useQuery(planScoresQueryOptions(plan, plan.year, periodChoiceOf(periodo)));
  if (scoresQuery.isPending) return <p role="status">{t('results.dashboard.loading')}</p>;
  if (scoresQuery.isError) return <LoadFailure error={scoresQuery.error} onRetry={() => void scoresQuery.refetch()} />;
  const scores = scoresQuery.data;
  // Explanations are asked for the period the scores are of (the server resolves "current").
  const scope: ExplanationScope = { ...plan, year: scores.year, period: scores.period };
  return (
    <>
      <div className="dashboard-controls">
        <PeriodSelect scores={scores} onChange={(next) => void navigate({ to: '/cruscotto', search: { periodo: next }, replace: true })} />
        <PolicyNote entityCode={plan.entityCode} year={scores.year} />
      </div>
      <EntitySection scores={scores} scope={scope} />
      <UnitsSection scores={scores} scope={scope} />
      <AreaDistributionSection scores={scores} />
      <AtRiskSection scores={scores} scope={scope} />
      <YearComparisonSection plan={plan} current={scores} />
    </>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const search = validatePeriodSearch(useSearch({ strict: false }));
  const { entity } = useWorkspace();
  useDocumentTitle(t('results.dashboard.title'));
  return (
    <>
      <h1>{t('results.dashboard.title')}</h1>
      <WorkspaceWelcome />
      {entity ? (
        <>
          <p className="lead mt-4">{t('results.dashboard.intro')}</p>
          <PerformanceGate>
            <ExplanationProvider>
              <DashboardContent periodo={search.periodo} />
            </ExplanationProvider>
          </PerformanceGate>
          <div className="mt-5">
            <WorkspacePlanOverview />
          </div>
        </>
      ) : null}
    </>
  );
}
