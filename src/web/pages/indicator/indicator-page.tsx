/**
 * Indicatore: the editor of one indicator of the workspace's plan, with the measures for the formula's
 * suggestions, the plan's years for the targets and the lint findings of the saved version.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { LintList } from '../../components/score/lint-list.js';
import { planLintQueryOptions } from '../../components/score/score-queries.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { measureListQueryOptions } from '../measures/measure-queries.js';
import { IndicatorEditor } from './indicator-editor.js';
import { indicatorQueryOptions } from './indicator-queries.js';
import './indicator.css';

function IndicatorView({ code }: { code: string }) {
  const { t } = useTranslation();
  const plan = usePlanRef();
  const { plan: planItem } = useWorkspace();
  const indicator = useQuery(indicatorQueryOptions(plan, code));
  const measures = useQuery(measureListQueryOptions(plan));
  const lint = useQuery(planLintQueryOptions(plan));
  useDocumentTitle(t('performance.indicator.title', { code }));

  if (indicator.error instanceof ApiError && indicator.error.status === 404) {
    return (
      <Callout color="warning" data-testid="indicator-not-found">
        <CalloutTitle>{t('performance.common.notFoundTitle')}</CalloutTitle>
        <CalloutText>{t('performance.common.notFoundBody', { code })}</CalloutText>
        <Link to="/albero">{t('performance.common.backToTree')}</Link>
      </Callout>
    );
  }
  const failure = indicator.error ?? measures.error;
  if (failure) return <LoadFailure error={failure} onRetry={() => { void indicator.refetch(); void measures.refetch(); }} />;
  if (!indicator.data || !measures.data || !planItem) return <p role="status">{t('common.loading')}</p>;

  const item = indicator.data;
  const years = Array.from({ length: planItem.lastYear - planItem.firstYear + 1 }, (_, i) => planItem.firstYear + i);
  const findings = (lint.data ?? []).filter((finding) => finding.location.code === item.code);
  return (
    <>
      <p className="mb-1">
        <Link to="/obiettivi/$nodeCode" params={{ nodeCode: item.nodeCode }}>{t('performance.indicator.node')} {item.nodeCode}</Link>
      </p>
      <h1>{t('performance.indicator.title', { code: item.code })}</h1>
      <p className="lead">{item.name}</p>
      <p>{t('performance.indicator.intro')}</p>
      {item.formulaProse ? <p className="small"><strong>{t('performance.indicator.formulaProse')}:</strong> {item.formulaProse}</p> : null}
      <section aria-labelledby="indicator-lint-heading" className="mb-4">
        <h2 id="indicator-lint-heading" className="h5">{t('performance.indicator.lint')}</h2>
        {lint.data ? <LintList findings={findings} empty={t('performance.indicator.lintNone')} /> : <p role="status">{t('common.loading')}</p>}
      </section>
      <IndicatorEditor key={`${plan.entityCode}/${plan.planCode}/${item.code}`} plan={plan} indicator={item} years={years} measures={measures.data} findings={findings} />
    </>
  );
}

export function IndicatorPage() {
  const { indicatorCode } = useParams({ strict: false }) as { indicatorCode: string };
  return (
    <PerformanceGate>
      <IndicatorView code={indicatorCode} />
    </PerformanceGate>
  );
}
