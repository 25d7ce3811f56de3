/** Misura: one measure of the plan, its editor and the indicators that use it. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { MeasureEditor } from './measure-editor.js';
import { measureQueryOptions } from './measure-queries.js';
import { MeasureUsageTable } from './measure-usage-table.js';

function MeasureView({ code }: { code: string }) {
  const { t } = useTranslation();
  const plan = usePlanRef();
  const measure = useQuery(measureQueryOptions(plan, code));
  useDocumentTitle(t('performance.measures.editorTitle', { code }));
  if (measure.error instanceof ApiError && measure.error.status === 404) {
    return (
      <Callout color="warning" data-testid="measure-not-found">
        <CalloutTitle>{t('performance.common.notFoundTitle')}</CalloutTitle>
        <CalloutText>{t('performance.common.notFoundBody', { code })}</CalloutText>
        <Link to="/misure">{t('performance.measures.back')}</Link>
      </Callout>
    );
  }
  if (measure.error) return <LoadFailure error={measure.error} onRetry={() => void measure.refetch()} />;
  if (!measure.data) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="row gx-5 mt-3">
      <div className="col-lg-7">
        <MeasureEditor key={`${plan.entityCode}/${plan.planCode}/${code}`} plan={plan} measure={measure.data} />
      </div>
      <section className="col-lg-5 mt-4 mt-lg-0" aria-labelledby="measure-usage-heading">
        <h2 id="measure-usage-heading" className="h4">{t('performance.measures.usage')}</h2>
        <MeasureUsageTable usedBy={measure.data.usedBy} />
      </section>
    </div>
  );
}

export function MeasurePage() {
  const { t } = useTranslation();
  const { measureCode } = useParams({ strict: false }) as { measureCode: string };
  return (
    <>
      <p className="mb-1"><Link to="/misure">{t('performance.measures.back')}</Link></p>
      <h1>{t('performance.measures.editorTitle', { code: measureCode })}</h1>
      <PerformanceGate>
        <MeasureView code={measureCode} />
      </PerformanceGate>
    </>
  );
}
