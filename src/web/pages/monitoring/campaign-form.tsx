/**
 * A new campaign for a period: opening, entry deadline and closing dates (empty = the API's defaults,
 * shown as hints: the period's end, 15 days after it, the deadline) and a note for the referenti.
 */
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { entryDeadlineOf } from '../../../core/cycle/period-calendar.js';
import { ApiError } from '../../api/api-client.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { createCampaign, cycleKey, type Campaign, type CyclePeriod } from './monitoring-queries.js';
import { usePeriodLabel } from './monitoring-parts.js';

interface CampaignFormProps { plan: WorkspacePlan; period: CyclePeriod; onDone: (campaign: Campaign) => void; onCancel: () => void }

function DateField({ id, label, value, onChange, fallback, error }: { id: string; label: string; value: string; onChange: (value: string) => void; fallback: string; error?: string }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (
    <div className="form-group col-md-4 mb-3">
      <label htmlFor={id} className="active">{label}</label>
      <input id={id} type="date" className={error ? 'form-control is-invalid' : 'form-control'} value={value} onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} aria-invalid={error ? true : undefined} />
      <small id={`${id}-hint`} className="form-text">{value === '' ? t('monitoring.campaigns.defaultDate', { date: formatDate(fallback, locale) }) : ''}</small>
      {error ? <div id={`${id}-error`} className="invalid-feedback d-block">{error}</div> : null}
    </div>
  );
}

export function CampaignForm({ plan, period, onDone, onCancel }: CampaignFormProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const id = useId();
  const periodLabel = usePeriodLabel();
  const queryClient = useQueryClient();
  const [opensOn, setOpensOn] = useState('');
  const [entryDeadline, setEntryDeadline] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [note, setNote] = useState('');
  const create = useMutation({ mutationFn: () => createCampaign(plan, plan.year, {
    period: period.code, assignments: [],
    ...(opensOn ? { opensOn } : {}), ...(entryDeadline ? { entryDeadline } : {}), ...(closesOn ? { closesOn } : {}), ...(note.trim() ? { note: note.trim() } : {}),
  }) });
  const deadlineDefault = entryDeadlineOf(period.end);
  const fieldError = (path: string) => (create.error instanceof ApiError ? create.error.fieldMessageIn(path, language) : undefined);
  const submit = async () => {
    try {
      const created = await create.mutateAsync();
      await queryClient.invalidateQueries({ queryKey: cycleKey(plan) });
      onDone(created);
    } catch {
      // shown below
    }
  };
  return (
    <form className="card card-bg p-3 mb-4" aria-labelledby={`${id}-title`} onSubmit={(event) => { event.preventDefault(); void submit(); }} data-testid="campaign-form">
      <h3 id={`${id}-title`} className="h5">{t('monitoring.campaigns.createHeading')}: {periodLabel(period)}</h3>
      <p className="small">{t('monitoring.campaigns.defaultsHint')}</p>
      {create.error ? <ProblemAlert title={t('monitoring.campaigns.createHeading')} error={create.error} /> : null}
      <div className="row">
        <DateField id={`${id}-opens`} label={t('monitoring.campaigns.opensOn')} value={opensOn} onChange={setOpensOn} fallback={period.end} error={fieldError('opensOn')} />
        <DateField id={`${id}-deadline`} label={t('monitoring.campaigns.entryDeadline')} value={entryDeadline} onChange={setEntryDeadline} fallback={deadlineDefault} error={fieldError('entryDeadline')} />
        <DateField id={`${id}-closes`} label={t('monitoring.campaigns.closesOn')} value={closesOn} onChange={setClosesOn} fallback={entryDeadline || deadlineDefault} error={fieldError('closesOn')} />
      </div>
      <div className="form-group mb-3">
        <label htmlFor={`${id}-note`} className="active">{t('monitoring.campaigns.note')}</label>
        <textarea id={`${id}-note`} className="form-control" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="d-flex gap-2">
        <Button type="submit" color="primary" disabled={create.isPending}>{create.isPending ? t('monitoring.common.saving') : t('monitoring.campaigns.createSubmit')}</Button>
        <Button type="button" color="secondary" outline onClick={onCancel} disabled={create.isPending}>{t('monitoring.common.cancel')}</Button>
      </div>
    </form>
  );
}
