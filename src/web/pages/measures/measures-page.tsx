/**
 * Misure: the plan's measure catalogue with unit, source, periodicity and how many indicators use
 * each measure (computed from the formulas), searchable, each row opening the measure's editor.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { buildMeasureUsage } from '../../../core/plan/measure-usage.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { indicatorListQueryOptions } from '../indicator/indicator-queries.js';
import { validateMeasuresSearch } from '../tree/tree-search.js';
import { useMeasureLabels } from './measure-labels.js';
import { measureListQueryOptions, type MeasureItem } from './measure-queries.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function matches(measure: MeasureItem, text: string): boolean {
  const needle = fold(text.trim());
  return needle === '' || [measure.code, measure.name, measure.source ?? ''].some((value) => fold(value).includes(needle));
}

function MeasuresTable({ measures, usage }: { measures: MeasureItem[]; usage: Map<string, number> }) {
  const { t } = useTranslation();
  const labels = useMeasureLabels();
  return (
    <div className="table-responsive position-relative">
      <table className="table" data-testid="measures-table">
        <caption className="visually-hidden">{t('performance.measures.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('performance.measures.code')}</th>
            <th scope="col">{t('performance.measures.name')}</th>
            <th scope="col">{t('performance.measures.unit')}</th>
            <th scope="col">{t('performance.measures.source')}</th>
            <th scope="col">{t('performance.measures.periodicity')}</th>
            <th scope="col">{t('performance.measures.usedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => {
            const count = usage.get(measure.code) ?? 0;
            return (
              <tr key={measure.code} data-code={measure.code}>
                <th scope="row"><Link to="/misure/$measureCode" params={{ measureCode: measure.code }}><code>{measure.code}</code></Link></th>
                <td>{measure.name}</td>
                <td>{labels.unit(measure.unit)}</td>
                <td>{measure.source ?? '—'}</td>
                <td>{labels.periodicity(measure.periodicity)}</td>
                <td>{count === 0 ? <span className="text-muted">{t('performance.measures.unused')}</span> : t('performance.measures.usedByCount', { count })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MeasuresView({ text }: { text: string }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const navigate = useNavigate();
  const plan = usePlanRef();
  const measures = useQuery(measureListQueryOptions(plan));
  const indicators = useQuery(indicatorListQueryOptions(plan));
  const usage = useMemo(() => {
    const uses = buildMeasureUsage(measures.data ?? [], (indicators.data ?? []).map((i) => ({ code: i.code, formula: i.formula })));
    return new Map([...uses].map(([code, list]) => [code, list.length]));
  }, [measures.data, indicators.data]);
  const failure = measures.error ?? indicators.error;
  if (failure) return <LoadFailure error={failure} onRetry={() => { void measures.refetch(); void indicators.refetch(); }} />;
  if (!measures.data || !indicators.data) return <p role="status">{t('common.loading')}</p>;
  if (measures.data.length === 0) {
    return (
      <Callout color="note" data-testid="measures-empty">
        <CalloutTitle>{t('performance.measures.emptyTitle')}</CalloutTitle>
        <CalloutText>{t('performance.measures.emptyBody')}</CalloutText>
      </Callout>
    );
  }
  const shown = measures.data.filter((measure) => matches(measure, text));
  return (
    <>
      <form role="search" className="form-group measures-search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="measures-filter" className="active">{t('performance.measures.filter')}</label>
        <input id="measures-filter" type="search" className="form-control" value={text} data-testid="measures-filter"
          onChange={(event) => void navigate({ to: '/misure', search: validateMeasuresSearch({ testo: event.target.value || undefined }), replace: true })} />
      </form>
      <p className="small" role="status">{t('performance.measures.count', { shown: formatNumber(shown.length, { locale }), total: formatNumber(measures.data.length, { locale }) })}</p>
      {shown.length === 0 ? <p>{t('performance.measures.noMatches', { text })}</p> : <MeasuresTable measures={shown} usage={usage} />}
    </>
  );
}

export function MeasuresPage() {
  const { t } = useTranslation();
  const { testo } = validateMeasuresSearch(useSearch({ strict: false }));
  useDocumentTitle(t('performance.measures.title'));
  return (
    <>
      <h1>{t('performance.measures.title')}</h1>
      <p className="lead">{t('performance.measures.intro')}</p>
      <PerformanceGate>
        <MeasuresView text={testo ?? ''} />
      </PerformanceGate>
    </>
  );
}
