/**
 * Inserimento dati: the referente's grid for a period — only their units' measures (the API decides),
 * with previous values, targets, the value, the provisional interim status, state and evidence. A
 * measure asked for by address (`misura`, e.g. from a notification) is brought into view, or the page
 * says clearly why it is not among the caller's.
 */
import { useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Callout, CalloutText } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { LoadFailure } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { ENTRY_COLUMNS, EntryRow } from './entry-row.js';
import { EntryRows } from './entry-rows.js';
import type { RowDrafts } from './use-entry-row.js';
import { useMonitoringAbilities } from './monitoring-access.js';
import { CampaignLine, MonitoringGate, WithPeriod, MonitoringTabs } from './monitoring-parts.js';
import { gridQueryOptions, type CycleOverview, type CyclePeriod } from './monitoring-queries.js';
import { validateMonitoringSearch } from './monitoring-search.js';

function EntryGrid({ plan, cycle, period, focusMeasure }: { plan: WorkspacePlan; cycle: CycleOverview; period: CyclePeriod; focusMeasure: string | undefined }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const [showAll, setShowAll] = useState(false);
  // What the user typed, per measure, for this period (kept when a virtualised row leaves the view).
  const drafts = useMemo(() => new Map() as RowDrafts, [period.code]);
  const focused = useRef(false);
  const focusDone = () => { focused.current = true; };
  const grid = useQuery(gridQueryOptions(plan, period.year, period.code, showAll ? false : undefined));
  if (grid.error) return <LoadFailure error={grid.error} onRetry={() => void grid.refetch()} />;
  if (!grid.data) return <p role="status">{t('monitoring.common.loading')}</p>;
  const rows = grid.data.rows;
  const focusMissing = focusMeasure !== undefined && !rows.some((row) => row.measure.code === focusMeasure);
  return (
    <>
      <CampaignLine period={period} />
      {focusMissing ? <Alert color="warning" fade={false} role="alert" data-testid="measure-not-mine">{t('monitoring.entry.notMine', { code: focusMeasure })}</Alert> : null}
      <div className="form-check mb-3">
        <input id="entry-show-all" type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
        <label htmlFor="entry-show-all">{t('monitoring.entry.showAll')}</label>
      </div>
      {rows.length === 0 ? (
        <Callout color="note" testId="entry-empty"><CalloutText>{t('monitoring.entry.empty')}</CalloutText></Callout>
      ) : (
        <>
          <p className="small mb-1">{t('monitoring.entry.count', { count: rows.length })} · {t('monitoring.interim.provisionalNote')}</p>
          <EntryRows rows={rows} keyOf={(row) => row.measure.code} columns={ENTRY_COLUMNS}
            focusIndex={rows.findIndex((row) => row.measure.code === focusMeasure)}
            renderRow={(row) => (
              <EntryRow key={`${period.code}-${row.measure.code}`} plan={plan} period={period} periods={cycle.periods} row={row} drafts={drafts}
                highlighted={row.measure.code === focusMeasure} focusOnce={row.measure.code === focusMeasure && !focused.current ? focusDone : undefined} />
            )}
            table={(body, scrollRef) => (
              <div ref={scrollRef} className={scrollRef ? 'table-responsive entry-scroll' : 'table-responsive'} data-virtual={scrollRef ? 'yes' : 'no'}>
                <table className="table entry-grid" data-testid="entry-grid">
                  <caption className="visually-hidden">{t('monitoring.entry.caption', { date: formatDate(period.end, locale) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('monitoring.common.measure')}</th>
                      <th scope="col">{t('monitoring.common.units')}</th>
                      <th scope="col">{t('monitoring.entry.previous')}</th>
                      <th scope="col">{t('monitoring.entry.target')}</th>
                      <th scope="col">{t('monitoring.entry.value')}</th>
                      <th scope="col">{t('monitoring.interim.achievement')}</th>
                      <th scope="col">{t('monitoring.common.state')}</th>
                      <th scope="col">{t('monitoring.entry.actions')}</th>
                    </tr>
                  </thead>
                  {body}
                </table>
              </div>
            )} />
        </>
      )}
    </>
  );
}

export function EntryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = validateMonitoringSearch(useSearch({ strict: false }));
  const abilities = useMonitoringAbilities();
  useDocumentTitle(t('monitoring.entry.title'));
  return (
    <>
      <MonitoringTabs />
      <h1>{t('monitoring.entry.title')}</h1>
      <p className="lead">{t('monitoring.entry.intro')}</p>
      <MonitoringGate allowed={abilities.entry} whatFor={t('monitoring.entry.whatFor')}>
        <WithPeriod periodCode={search.periodo} onPeriod={(periodo) => void navigate({ to: '/inserimento-dati', search: { periodo }, replace: true })}>
          {({ plan, cycle, period }) => <EntryGrid plan={plan} cycle={cycle} period={period} focusMeasure={search.misura} />}
        </WithPeriod>
      </MonitoringGate>
    </>
  );
}
