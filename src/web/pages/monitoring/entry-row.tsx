/**
 * One measure in the entry grid: measure and units, previous values, targets, the value input, the
 * provisional interim achievement and status, the value's state (with the rejection reason), actions;
 * and, when opened, a second row with note, source, provenance and evidence. Enter in the value saves.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { PlanRef } from '../../components/score/score-queries.js';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { useMeasureLabels } from '../measures/measure-labels.js';
import { EvidencePanel } from './evidence-panel.js';
import type { CyclePeriod, GridRow } from './monitoring-queries.js';
import { InterimBadge, ValueStateBadge } from './monitoring-parts.js';
import { useEntryRow, type RowDrafts } from './use-entry-row.js';

export const ENTRY_COLUMNS = 8;

function useScalarText() {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (value: unknown): string => {
    if (typeof value === 'number') return formatNumber(value, { locale });
    if (typeof value === 'boolean') return value ? t('monitoring.entry.yes') : t('monitoring.entry.no');
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
    return value === null || value === undefined ? '—' : String(value);
  };
}

function PreviousValues({ row, periods }: { row: GridRow; periods: CyclePeriod[] }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const scalar = useScalarText();
  if (row.previous.length === 0) return <span className="text-muted">{t('monitoring.entry.noPrevious')}</span>;
  const endOf = (code: string | null) => periods.find((period) => period.code === code)?.end;
  return (
    <ul className="previous-list">
      {row.previous.map((entry) => {
        const end = endOf(entry.period);
        const when = entry.period === null ? t('monitoring.entry.previousYear', { year: entry.year }) : t('monitoring.entry.previousPeriod', { date: end ? formatDate(end, locale) : entry.period });
        return <li key={`${entry.year}-${entry.period ?? ''}`}>{when}: <strong>{scalar(entry.value)}</strong></li>;
      })}
    </ul>
  );
}

function Indicators({ row, show }: { row: GridRow; show: 'target' | 'status' }) {
  const { locale } = useAppLanguage();
  if (row.indicators.length === 0) return <span>—</span>;
  return (
    <ul className="indicator-list">
      {row.indicators.map((indicator) => (
        <li key={indicator.code} title={indicator.name}>
          <span className="visually-hidden">{indicator.name} </span>
          <code>{indicator.code}</code>{' '}
          {show === 'target' ? <span>{indicator.target ?? '—'}</span> : (
            <>
              {indicator.achievement === null ? null : <span className="me-1">{formatPercent(indicator.achievement, { locale })}</span>}
              <InterimBadge status={indicator.status} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function ValueInput({ id, kind, text, onChange, onEnter, disabled, label, describedBy, invalid }: {
  id: string; kind: 'number' | 'boolean' | 'date'; text: string; onChange: (text: string) => void; onEnter: () => void;
  disabled: boolean; label: string; describedBy: string | undefined; invalid: boolean;
}) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    }
  };
  const common = { id, disabled, 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined, 'data-testid': 'entry-value' } as const;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">{label}</label>
      {kind === 'boolean' ? (
        <select {...common} className="form-select" value={text} onChange={(event) => onChange(event.target.value)} onKeyDown={onKeyDown}>
          <option value="">{t('monitoring.common.choose')}</option>
          <option value="true">{t('monitoring.entry.yes')}</option>
          <option value="false">{t('monitoring.entry.no')}</option>
        </select>
      ) : (
        <input {...common} className={invalid ? 'form-control is-invalid' : 'form-control'} type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'number' ? 'decimal' : undefined} autoComplete="off" value={text}
          onChange={(event) => onChange(event.target.value)} onKeyDown={onKeyDown} />
      )}
    </>
  );
}

interface EntryRowProps {
  plan: PlanRef; period: CyclePeriod; periods: CyclePeriod[]; row: GridRow; highlighted: boolean; drafts: RowDrafts;
  /** Focus the value once (a measure asked for by address); called back when done. */
  focusOnce?: () => void;
}

export function EntryRow({ plan, period, periods, row, highlighted, drafts, focusOnce }: EntryRowProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const labels = useMeasureLabels();
  const id = useId();
  const [open, setOpen] = useState(false);
  const entry = useEntryRow({ plan, year: period.year, periodCode: period.code, row, drafts });
  const current = row.current;
  const canEnter = row.can.includes('enter');
  const canSubmit = canEnter || row.can.includes('submit');
  const state = current?.state ?? 'none';
  const code = row.measure.code;
  const noticeId = `${id}-notice`;
  useEffect(() => {
    // A measure asked for by address (from a notification): bring it into view, ready to type.
    if (!focusOnce) return;
    const input = document.getElementById(`${id}-value`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
    focusOnce();
  }, [focusOnce, id]);
  return (
    <>
      <tr data-measure={code} data-state={state} className={highlighted ? 'is-mine-target' : undefined}>
        <th scope="row">
          <code>{code}</code>
          <div className="fw-normal">{row.measure.name}</div>
          <div className="small text-muted fw-normal">{labels.unit(row.measure.unit)}</div>
        </th>
        <td className="small">{row.units.join(', ')}</td>
        <td><PreviousValues row={row} periods={periods} /></td>
        <td><Indicators row={row} show="target" /></td>
        <td className="entry-value">
          <ValueInput id={`${id}-value`} kind={entry.kind} text={entry.text} onChange={entry.setText} onEnter={() => void entry.save()}
            disabled={!canEnter || entry.busy} label={t('monitoring.entry.valueLabel', { code, name: row.measure.name })}
            describedBy={entry.notice ? noticeId : undefined} invalid={entry.notice?.kind === 'problem' && entry.notice.problem !== undefined} />
        </td>
        <td><Indicators row={row} show="status" /></td>
        <td>
          <ValueStateBadge state={state} />
          {current?.state === 'rejected' ? (
            <p className="rejection-reason mt-1 mb-0" data-testid="rejection-reason">
              {t('monitoring.entry.rejectedBy', { who: current.reviewedBy ?? '—', when: current.reviewedAt ? formatDateTime(current.reviewedAt, locale) : '—', reason: current.reviewNote ?? '' })}
            </p>
          ) : null}
          {current ? <p className="small text-muted mb-0 mt-1">{t('monitoring.entry.enteredByAt', { who: current.enteredBy ?? '—', when: formatDateTime(current.enteredAt, locale) })}</p> : null}
        </td>
        <td>
          <div className="entry-actions">
            {canEnter ? (
              <Button color="primary" outline size="xs" onClick={() => void entry.save()} disabled={entry.busy} aria-label={t('monitoring.entry.saveFor', { code })}>
                {t('monitoring.entry.save')}
              </Button>
            ) : null}
            {canSubmit ? (
              <Button color="primary" size="xs" onClick={() => void entry.submit()} disabled={entry.busy} aria-label={t('monitoring.entry.submitFor', { code })}>
                {t('monitoring.entry.submit')}
              </Button>
            ) : null}
            {row.can.includes('withdraw') ? (
              <Button color="secondary" outline size="xs" onClick={() => void entry.withdraw()} disabled={entry.busy} aria-label={t('monitoring.entry.withdrawFor', { code })}>
                {t('monitoring.entry.withdraw')}
              </Button>
            ) : null}
            <Button color="secondary" outline size="xs" aria-expanded={open} aria-controls={`${id}-details`} onClick={() => setOpen(!open)}
              aria-label={open ? t('monitoring.entry.hideDetails', { code }) : t('monitoring.entry.detailsFor', { code })}>
              {t('monitoring.entry.details')}{current && current.attachments > 0 ? ` (${current.attachments})` : ''}
            </Button>
          </div>
          <div id={noticeId} role="status" className={entry.notice?.kind === 'problem' ? 'row-problem mt-1' : 'small mt-1'} data-testid="row-notice">
            {entry.busy ? t('monitoring.common.saving') : entry.notice?.text ?? ''}
          </div>
          {!canEnter && !canSubmit && state === 'validated' ? <p className="small mb-0">{t('monitoring.entry.locked')}</p> : null}
          {!canEnter && state === 'submitted' ? <p className="small mb-0">{t('monitoring.entry.awaiting')}</p> : null}
          {!canEnter && !canSubmit && state !== 'submitted' && state !== 'validated' && !row.can.includes('withdraw') ? (
            <p className="small mb-0" data-testid="row-read-only">{t('monitoring.entry.readOnlyRow')}</p>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr className="entry-details" id={`${id}-details`}>
          <td colSpan={ENTRY_COLUMNS}>
            <EntryDetails plan={plan} row={row} entry={entry} canEnter={canEnter} idPrefix={id} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function EntryDetails({ plan, row, entry, canEnter, idPrefix }: {
  plan: PlanRef; row: GridRow; entry: ReturnType<typeof useEntryRow>; canEnter: boolean; idPrefix: string;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const current = row.current;
  return (
    <div className="row g-3">
      <div className="col-lg-5">
        <div className="form-group mb-3">
          <label htmlFor={`${idPrefix}-note`} className="active">{t('monitoring.entry.note')}</label>
          <textarea id={`${idPrefix}-note`} className="form-control" rows={3} value={entry.note} disabled={!canEnter} onChange={(event) => entry.setNote(event.target.value)} />
        </div>
        <div className="form-group mb-2">
          <label htmlFor={`${idPrefix}-source`} className="active">{t('monitoring.entry.source')}</label>
          <input id={`${idPrefix}-source`} className="form-control" value={entry.source} disabled={!canEnter} aria-describedby={`${idPrefix}-source-hint`}
            onChange={(event) => entry.setSource(event.target.value)} />
          <small id={`${idPrefix}-source-hint`} className="form-text">{t('monitoring.entry.sourceHint')}</small>
        </div>
        <h4 className="h6 mt-3">{t('monitoring.entry.provenance')}</h4>
        {current ? (
          <ul className="small mb-0" data-testid="provenance">
            <li>{t('monitoring.entry.enteredByAt', { who: current.enteredBy ?? '—', when: formatDateTime(current.enteredAt, locale) })}</li>
            <li>{t('monitoring.entry.source')}: {current.source ?? '—'}</li>
            {current.reviewedAt ? <li>{t('monitoring.entry.reviewedByAt', { who: current.reviewedBy ?? '—', when: formatDateTime(current.reviewedAt, locale) })}</li> : null}
          </ul>
        ) : <p className="small">{t('monitoring.entry.notEntered')}</p>}
      </div>
      <div className="col-lg-7">
        {current ? <EvidencePanel plan={plan} valueId={current.id} canEdit={canEnter} /> : <p className="small">{t('monitoring.entry.enterValueFirst')}</p>}
      </div>
    </div>
  );
}
