/**
 * Scostamenti: the indicators below target or at risk at a period (official scores: only the value
 * states the policy accepts), with what was recorded, and the form to explain each deviation.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Callout, CalloutText } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { LoadFailure, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { DeviationForm } from './deviation-form.js';
import { useMonitoringAbilities } from './monitoring-access.js';
import { InterimBadge, MonitoringGate, StatusNote, WithPeriod, MonitoringTabs } from './monitoring-parts.js';
import { deviationsQueryOptions, type CyclePeriod, type DeviationItem } from './monitoring-queries.js';
import { validateMonitoringSearch } from './monitoring-search.js';

function shownValue(value: unknown, locale: string): string {
  if (typeof value === 'number') return formatNumber(value, { locale });
  return value === null || value === undefined ? '—' : String(value);
}

function DeviationRow({ item, onEdit }: { item: DeviationItem; onEdit: () => void }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const { indicator, deviation } = item;
  return (
    <tr data-indicator={indicator.code} data-recorded={deviation ? 'yes' : 'no'}>
      <th scope="row"><code>{indicator.code}</code><div className="fw-normal">{indicator.name}</div><div className="small text-muted fw-normal">{indicator.node}</div></th>
      <td>{indicator.target ?? '—'}</td>
      <td className="text-end">{shownValue(indicator.value, locale)}</td>
      <td className="text-end">{indicator.achievement === null ? '—' : formatPercent(indicator.achievement, { locale })}</td>
      <td><InterimBadge status={item.status} /></td>
      <td className="small">
        {deviation ? (
          <>
            <span className="value-state value-state-validated">{t('monitoring.deviations.done')}</span>
            <div><strong>{deviation.causeLabel[language]}</strong>: {deviation.explanation}</div>
            {deviation.correctiveAction ? <div>{t('monitoring.deviations.correctiveAction')}: {deviation.correctiveAction}{deviation.owner ? ` (${deviation.owner})` : ''}</div> : null}
          </>
        ) : <span className="value-state value-state-rejected">{t('monitoring.deviations.missing')}</span>}
      </td>
      <td>
        <Button color="primary" outline={deviation !== null} size="xs" onClick={onEdit}
          aria-label={deviation ? t('monitoring.deviations.editFor', { code: indicator.code }) : t('monitoring.deviations.explainFor', { code: indicator.code })}>
          {deviation ? t('monitoring.deviations.edit') : t('monitoring.deviations.explain')}
        </Button>
      </td>
    </tr>
  );
}

function DeviationsTable({ plan, period }: { plan: WorkspacePlan; period: CyclePeriod }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const list = useQuery(deviationsQueryOptions(plan, period.year, period.code));
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (list.error) return <LoadFailure error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <p role="status">{t('monitoring.common.loading')}</p>;
  const items = list.data.filter((item) => item.required || item.deviation !== null);
  const editingItem = items.find((item) => item.indicator.code === editing);
  return (
    <>
      <p className="small">{t('monitoring.deviations.officialNote')}</p>
      <StatusNote testId="deviations-status" text={notice} />
      {items.length === 0 ? <Callout color="note" testId="deviations-empty"><CalloutText>{t('monitoring.deviations.empty')}</CalloutText></Callout> : (
        <div className="table-responsive">
          <table className="table entry-grid" data-testid="deviations-table">
            <caption className="visually-hidden">{t('monitoring.deviations.caption', { date: formatDate(period.end, locale) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('monitoring.deviations.indicator')}</th>
                <th scope="col">{t('monitoring.deviations.target')}</th>
                <th scope="col" className="text-end">{t('monitoring.deviations.value')}</th>
                <th scope="col" className="text-end">{t('monitoring.deviations.achievement')}</th>
                <th scope="col">{t('monitoring.deviations.status')}</th>
                <th scope="col">{t('monitoring.deviations.recorded')}</th>
                <th scope="col"><span className="visually-hidden">{t('monitoring.entry.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => <DeviationRow key={item.indicator.code} item={item} onEdit={() => { setNotice(null); setEditing(item.indicator.code); }} />)}
            </tbody>
          </table>
        </div>
      )}
      {editingItem ? (
        <DeviationForm key={editingItem.indicator.code} plan={plan} periodCode={period.code} item={editingItem} onCancel={() => setEditing(null)}
          onDone={(code) => { setEditing(null); setNotice(t('monitoring.deviations.saved', { code })); }} />
      ) : null}
    </>
  );
}

export function DeviationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = validateMonitoringSearch(useSearch({ strict: false }));
  const abilities = useMonitoringAbilities();
  useDocumentTitle(t('monitoring.deviations.title'));
  return (
    <>
      <MonitoringTabs />
      <h1>{t('monitoring.deviations.title')}</h1>
      <p className="lead">{t('monitoring.deviations.intro')}</p>
      <MonitoringGate allowed={abilities.deviations} whatFor={t('monitoring.deviations.whatFor')}>
        <WithPeriod periodCode={search.periodo} onPeriod={(periodo) => void navigate({ to: '/scostamenti', search: { periodo }, replace: true })}>
          {({ plan, period }) => <DeviationsTable plan={plan} period={period} />}
        </WithPeriod>
      </MonitoringGate>
    </>
  );
}
