/**
 * Validazione: the values of a period as the unit's dirigente, the SG or a validatore sees them —
 * submitted ones to validate (one by one or the selected together) or reject with a mandatory reason,
 * validated ones to reopen with a reason (SG, STP). Every action asks the API, which decides; a refusal
 * is shown with its reason.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Callout, CalloutText } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { problemMessage } from '../../components/problem-alert.js';
import { LabelledSelect } from '../../components/score/labelled-select.js';
import { LoadFailure, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { EvidencePanel } from './evidence-panel.js';
import { useMonitoringAbilities } from './monitoring-access.js';
import { CampaignLine, InterimBadge, MonitoringGate, StatusNote, ValueStateBadge, WithPeriod, MonitoringTabs } from './monitoring-parts.js';
import { cycleKey, gridQueryOptions, inboxKey, transitionValue, type CyclePeriod, type GridRow } from './monitoring-queries.js';
import { validateMonitoringSearch, type MonitoringSearch } from './monitoring-search.js';

type Filter = NonNullable<MonitoringSearch['stato']>;
type Pending = { kind: 'reject' | 'reopen'; row: GridRow } | null;

function matchesFilter(row: GridRow, filter: Filter): boolean {
  if (!row.current) return false;
  if (filter === 'inviati') return row.current.state === 'submitted';
  if (filter === 'validati') return row.current.state === 'validated';
  return true;
}

function useValueText() {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (value: unknown) => {
    if (typeof value === 'number') return formatNumber(value, { locale });
    if (typeof value === 'boolean') return value ? t('monitoring.common.yes') : t('monitoring.common.no');
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
    return String(value ?? '—');
  };
}

interface RowProps {
  plan: WorkspacePlan; row: GridRow; selected: boolean; onSelect: (on: boolean) => void;
  onValidate: () => void; onAsk: (kind: 'reject' | 'reopen') => void; busy: boolean;
}

function ValidationRow({ plan, row, selected, onSelect, onValidate, onAsk, busy }: RowProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const valueText = useValueText();
  const [showEvidence, setShowEvidence] = useState(false);
  const current = row.current!;
  const code = row.measure.code;
  const canValidate = row.can.includes('validate');
  return (
    <>
      <tr data-measure={code} data-state={current.state}>
        <td>
          {canValidate ? (
            <div className="form-check m-0">
              <input id={`select-${code}`} type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
              <label htmlFor={`select-${code}`}><span className="visually-hidden">{t('monitoring.validation.selectRow', { code })}</span></label>
            </div>
          ) : null}
        </td>
        <th scope="row"><code>{code}</code><div className="fw-normal">{row.measure.name}</div></th>
        <td className="small">{row.units.join(', ')}</td>
        <td className="text-end"><strong data-testid="validation-value">{valueText(current.value)}</strong></td>
        <td>
          <ul className="indicator-list">
            {row.indicators.map((indicator) => (
              <li key={indicator.code}>
                <code>{indicator.code}</code> {indicator.target ?? '—'}{' '}
                {indicator.achievement === null ? null : <span className="me-1">{formatPercent(indicator.achievement, { locale })}</span>}
                <InterimBadge status={indicator.status} />
              </li>
            ))}
          </ul>
        </td>
        <td className="small">
          {current.enteredBy ?? '—'} · {formatDateTime(current.enteredAt, locale)}
          {current.source ? <div>{t('monitoring.entry.source')}: {current.source}</div> : null}
          {current.note ? <div>{t('monitoring.entry.note')}: {current.note}</div> : null}
          <Button color="link" size="xs" className="p-0" aria-expanded={showEvidence} onClick={() => setShowEvidence(!showEvidence)}>
            {t('monitoring.evidence.count', { count: current.attachments })}
          </Button>
        </td>
        <td>
          <ValueStateBadge state={current.state} />
          {current.state === 'rejected' && current.reviewNote ? <p className="rejection-reason mt-1 mb-0">{current.reviewNote}</p> : null}
        </td>
        <td>
          <div className="entry-actions">
            {canValidate ? <Button color="success" size="xs" disabled={busy} onClick={onValidate} aria-label={t('monitoring.validation.validateFor', { code })}>{t('monitoring.validation.validate')}</Button> : null}
            {row.can.includes('reject') ? <Button color="danger" outline size="xs" disabled={busy} onClick={() => onAsk('reject')} aria-label={t('monitoring.validation.rejectFor', { code })}>{t('monitoring.validation.reject')}</Button> : null}
            {row.can.includes('reopen') ? <Button color="secondary" outline size="xs" disabled={busy} onClick={() => onAsk('reopen')} aria-label={t('monitoring.validation.reopenFor', { code })}>{t('monitoring.validation.reopen')}</Button> : null}
            {!canValidate && !row.can.includes('reject') && !row.can.includes('reopen') ? <span className="small text-muted">{t('monitoring.validation.noActions')}</span> : null}
          </div>
        </td>
      </tr>
      {showEvidence ? (
        <tr className="entry-details"><td colSpan={8}><EvidencePanel plan={plan} valueId={current.id} canEdit={false} /></td></tr>
      ) : null}
    </>
  );
}

function ValidationTable({ plan, period, filter }: { plan: WorkspacePlan; period: CyclePeriod; filter: Filter }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const queryClient = useQueryClient();
  const grid = useQuery(gridQueryOptions(plan, period.year, period.code));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: string | null; problems: string[] }>({ ok: null, problems: [] });
  const [pending, setPending] = useState<Pending>(null);
  const [dialogError, setDialogError] = useState<unknown>(null);
  if (grid.error) return <LoadFailure error={grid.error} onRetry={() => void grid.refetch()} />;
  if (!grid.data) return <p role="status">{t('monitoring.common.loading')}</p>;
  const rows = grid.data.rows.filter((row) => matchesFilter(row, filter));
  const validatable = rows.filter((row) => row.can.includes('validate'));
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: cycleKey(plan) }), queryClient.invalidateQueries({ queryKey: inboxKey })]);

  const validate = async (targets: GridRow[]) => {
    setBusy(true);
    const done: string[] = [];
    const problems: string[] = [];
    for (const row of targets) {
      try {
        await transitionValue(plan, row.current!.id, 'validate', row.current!.version);
        done.push(row.measure.code);
      } catch (error) {
        problems.push(`${row.measure.code}: ${problemMessage(error, language)}`);
      }
    }
    setSelected(new Set());
    setNotice({ ok: done.length > 0 ? t('monitoring.validation.validated', { count: done.length }) : null, problems });
    await refresh();
    setBusy(false);
  };

  const confirm = async (reason: string) => {
    if (!pending) return;
    const { kind, row } = pending;
    // The value as last loaded (after a conflict the grid was refreshed behind the dialog).
    const current = grid.data?.rows.find((entry) => entry.measure.code === row.measure.code)?.current ?? row.current!;
    setBusy(true);
    try {
      await transitionValue(plan, current.id, kind, current.version, reason);
      setPending(null);
      setNotice({ ok: t(kind === 'reject' ? 'monitoring.validation.rejected' : 'monitoring.validation.reopened', { code: row.measure.code }), problems: [] });
      await refresh();
    } catch (error) {
      setDialogError(error);
      // A stale version: show the value as it is now behind the dialog.
      if (error instanceof ApiError && error.code === 'version_conflict') await refresh();
    } finally {
      setBusy(false);
    }
  };

  const toggle = (code: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(code); else next.delete(code);
    setSelected(next);
  };
  const chosen = validatable.filter((row) => selected.has(row.measure.code));
  const emptyText = filter === 'inviati' ? t('monitoring.validation.empty') : filter === 'validati' ? t('monitoring.validation.emptyValidated') : t('monitoring.validation.emptyAll');
  const code = pending?.row.measure.code ?? '';
  return (
    <>
      <CampaignLine period={period} />
      <StatusNote testId="validation-status" text={notice.ok} />
      {notice.problems.length > 0 ? (
        <Alert color="danger" fade={false} role="alert">{t('monitoring.validation.bulkFailed', { list: notice.problems.join('; ') })}</Alert>
      ) : null}
      {rows.length === 0 ? <Callout color="note" testId="validation-empty"><CalloutText>{emptyText}</CalloutText></Callout> : (
        <>
          {validatable.length > 0 ? (
            <div className="d-flex flex-wrap gap-3 align-items-center mb-2">
              <div className="form-check m-0">
                <input id="select-all" type="checkbox" checked={chosen.length === validatable.length}
                  onChange={(event) => setSelected(event.target.checked ? new Set(validatable.map((row) => row.measure.code)) : new Set())} />
                <label htmlFor="select-all">{t('monitoring.validation.selectAll')}</label>
              </div>
              <Button color="success" size="sm" disabled={busy || chosen.length === 0} onClick={() => void validate(chosen)} data-testid="validate-selected">
                {t('monitoring.validation.validateSelected', { count: chosen.length })}
              </Button>
            </div>
          ) : null}
          <div className="table-responsive">
            <table className="table entry-grid" data-testid="validation-table">
              <caption className="visually-hidden">{t('monitoring.validation.caption', { date: formatDate(period.end, locale) })}</caption>
              <thead>
                <tr>
                  <th scope="col"><span className="visually-hidden">{t('monitoring.validation.selectAll')}</span></th>
                  <th scope="col">{t('monitoring.common.measure')}</th>
                  <th scope="col">{t('monitoring.common.units')}</th>
                  <th scope="col" className="text-end">{t('monitoring.entry.value')}</th>
                  <th scope="col">{t('monitoring.interim.achievement')}</th>
                  <th scope="col">{t('monitoring.validation.enteredBy')}</th>
                  <th scope="col">{t('monitoring.common.state')}</th>
                  <th scope="col">{t('monitoring.entry.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <ValidationRow key={row.measure.code} plan={plan} row={row} busy={busy} selected={selected.has(row.measure.code)}
                    onSelect={(on) => toggle(row.measure.code, on)} onValidate={() => void validate([row])}
                    onAsk={(kind) => { setDialogError(null); setPending({ kind, row }); }} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <ConfirmDialog isOpen={pending !== null} busy={busy} error={dialogError} onCancel={() => setPending(null)} onConfirm={(reason) => void confirm(reason)}
        title={pending?.kind === 'reopen' ? t('monitoring.validation.reopenTitle', { code }) : t('monitoring.validation.rejectTitle', { code })}
        confirmLabel={pending?.kind === 'reopen' ? t('monitoring.validation.reopenConfirm') : t('monitoring.validation.rejectConfirm')}
        reasonLabel={pending?.kind === 'reopen' ? t('monitoring.validation.reopenReason') : t('monitoring.validation.rejectReason')}>
        <p>{pending?.kind === 'reopen' ? t('monitoring.validation.reopenBody') : t('monitoring.validation.rejectBody')}</p>
      </ConfirmDialog>
    </>
  );
}

export function ValidationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = validateMonitoringSearch(useSearch({ strict: false }));
  const abilities = useMonitoringAbilities();
  const filter: Filter = search.stato ?? 'inviati';
  useDocumentTitle(t('monitoring.validation.title'));
  const go = (next: MonitoringSearch) => void navigate({ to: '/validazione', search: { ...search, ...next }, replace: true });
  return (
    <>
      <MonitoringTabs />
      <h1>{t('monitoring.validation.title')}</h1>
      <p className="lead">{t('monitoring.validation.intro')}</p>
      <MonitoringGate allowed={abilities.validation} whatFor={t('monitoring.validation.whatFor')}>
        <WithPeriod periodCode={search.periodo} onPeriod={(periodo) => go({ periodo })}>
          {({ plan, period }) => (
            <>
              <div className="monitoring-toolbar">
                <LabelledSelect id="validation-filter" label={t('monitoring.validation.filter')} value={filter} testId="validation-filter"
                  options={[
                    { value: 'inviati', label: t('monitoring.validation.filterSubmitted') },
                    { value: 'validati', label: t('monitoring.validation.filterValidated') },
                    { value: 'tutti', label: t('monitoring.validation.filterAll') },
                  ]} onChange={(stato) => go({ stato: stato as Filter })} />
              </div>
              <ValidationTable plan={plan} period={period} filter={filter} />
            </>
          )}
        </WithPeriod>
      </MonitoringGate>
    </>
  );
}
