/**
 * Ciclo del piano: the workspace year's lifecycle as a stepper with the act of each step, what the
 * caller may do next (from the API), periods and campaigns, the plan's versions, the OIV's record, the
 * frozen results with the recompute check, and the year's audit trail (for those who may read it).
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { CycleActions } from './cycle-actions.js';
import { cycleQueryOptions } from './cycle-queries.js';
import { PeriodsSection, RevisionsSection, TrailSection, ValidationRecord } from './cycle-sections.js';
import { CycleStepper } from './cycle-stepper.js';
import { SnapshotSection } from './snapshot-section.js';
import './cycle.css';

function CycleContent() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const plan = usePlanRef();
  const query = useQuery(cycleQueryOptions(plan));
  if (query.isPending) return <p role="status">{t('lifecycle.page.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  const cycle = query.data;
  return (
    <>
      <h1>{t('lifecycle.page.heading', { year: cycle.year })}</h1>
      <p className="lead">{t('lifecycle.page.intro', { year: cycle.year })}</p>
      <p data-testid="cycle-state"><strong>{t('lifecycle.page.state', { state: cycle.label[language] })}</strong></p>
      <CycleStepper cycle={cycle} />
      <CycleActions plan={plan} cycle={cycle} />
      <p><Link to="/sterilizzazioni">{t('lifecycle.page.suspensionsLink')}</Link></p>
      <SnapshotSection plan={plan} cycle={cycle} />
      <ValidationRecord cycle={cycle} />
      <RevisionsSection cycle={cycle} />
      <PeriodsSection cycle={cycle} />
      {cycle.abilities.includes('audit.read') ? <TrailSection plan={plan} /> : null}
    </>
  );
}

export function CyclePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('lifecycle.page.title'));
  return <PerformanceGate><CycleContent /></PerformanceGate>;
}
