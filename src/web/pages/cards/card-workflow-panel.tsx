/**
 * The workflow steps the caller may take now (the API says which): each opens a short form — a note
 * (mandatory for the final proposal, an appeal and its decision), and for the appeal decision the
 * outcome and the new score — then a confirmation, because a step cannot be undone. A stale card
 * (someone acted meanwhile) is reported with a button to reload it.
 */
import { useState } from 'react';
import { Button } from 'design-react-kit';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CardAction } from '../../../core/evaluation/card-workflow.js';
import { ApiError } from '../../api/api-client.js';
import { TextField } from '../../components/text-field.js';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { parseDecimal } from './card-format.js';
import { cardsKey, transitionCard, type CardItem, type TransitionRequest } from './card-queries.js';

const NOTE_REQUIRED: readonly CardAction[] = ['propose_final', 'appeal', 'decide_appeal'];

interface Draft { note: string; outcome: 'accepted' | 'rejected'; raw: string; adjusted: string }
const emptyDraft: Draft = { note: '', outcome: 'accepted', raw: '', adjusted: '' };

function validScore(text: string): number | null {
  const value = parseDecimal(text);
  return value !== null && value >= 0 && value <= 1000 && Math.round(value * 100) === value * 100 ? value : null;
}

/** The request of a step, or the fields in error. */
export function transitionRequestOf(item: CardItem, action: CardAction, draft: Draft): { request: TransitionRequest } | { errors: Record<string, true> } {
  const errors: Record<string, true> = {};
  const note = draft.note.trim();
  if (NOTE_REQUIRED.includes(action) && note === '') errors.note = true;
  let score: TransitionRequest['score'];
  if (action === 'decide_appeal' && draft.outcome === 'accepted') {
    const raw = validScore(draft.raw);
    const adjusted = draft.adjusted.trim() === '' ? undefined : validScore(draft.adjusted);
    if (raw === null) errors.raw = true;
    if (adjusted === null) errors.adjusted = true;
    if (raw !== null && adjusted !== null) score = { raw, ...(adjusted !== undefined ? { adjusted } : {}) };
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      year: item.year, action, version: item.workflow.version,
      ...(note !== '' ? { note } : {}), ...(action === 'decide_appeal' ? { outcome: draft.outcome } : {}), ...(score ? { score } : {}),
    },
  };
}

function StepForm({ entityCode, item, action, onDone }: { entityCode: string; item: CardItem; action: CardAction; onDone: (action: CardAction) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, true>>({});
  const [confirming, setConfirming] = useState<TransitionRequest | null>(null);
  const mutation = useMutation({
    mutationFn: (request: TransitionRequest) => transitionCard(entityCode, item.code, request),
    onSuccess: async () => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: cardsKey(entityCode) });
      await queryClient.invalidateQueries({ queryKey: ['entities', entityCode, 'audit'] });
      onDone(action);
    },
  });
  const id = (field: string) => `card-${item.code}-${action}-${field}`;
  const submit = () => {
    const outcome = transitionRequestOf(item, action, draft);
    if ('errors' in outcome) { setErrors(outcome.errors); return; }
    setErrors({});
    mutation.reset();
    setConfirming(outcome.request);
  };
  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'version_conflict';
  return (
    <form className="border rounded p-3 mb-3" data-testid={`card-step-${action}`} noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <h3 className="h6">{t(`cards.actions.${action}`)}</h3>
      <p className="small">{t(`cards.actionHelp.${action}`)}</p>
      {action === 'decide_appeal' ? (
        <fieldset className="mb-3">
          <legend className="h6">{t('cards.workflow.outcome')}</legend>
          {(['accepted', 'rejected'] as const).map((outcome) => (
            <div className="form-check form-check-inline" key={outcome}>
              <input className="form-check-input" type="radio" id={id(outcome)} name={id('outcome')} checked={draft.outcome === outcome}
                onChange={() => setDraft({ ...draft, outcome })} />
              <label className="form-check-label" htmlFor={id(outcome)}>{t(`cards.card.appealOutcomes.${outcome}`)}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {action === 'decide_appeal' && draft.outcome === 'accepted' ? (
        <div className="row">
          <div className="col-sm-6">
            <TextField id={id('raw')} label={t('cards.workflow.newScoreRaw')} inputMode="decimal" value={draft.raw}
              onChange={(event) => setDraft({ ...draft, raw: event.target.value })} error={errors.raw ? t('cards.workflow.scoreMissing') : undefined} />
          </div>
          <div className="col-sm-6">
            <TextField id={id('adjusted')} label={t('cards.workflow.newScoreAdjusted')} inputMode="decimal" value={draft.adjusted}
              onChange={(event) => setDraft({ ...draft, adjusted: event.target.value })} error={errors.adjusted ? t('cards.workflow.scoreMissing') : undefined} />
          </div>
        </div>
      ) : null}
      <div className="form-group">
        <label htmlFor={id('note')} className="active">{NOTE_REQUIRED.includes(action) ? t('cards.workflow.noteRequired') : t('cards.workflow.note')}</label>
        <textarea id={id('note')} className={errors.note ? 'form-control is-invalid' : 'form-control'} rows={3} value={draft.note}
          aria-invalid={errors.note ? true : undefined} aria-describedby={errors.note ? id('note-error') : undefined}
          onChange={(event) => setDraft({ ...draft, note: event.target.value })} />
        {errors.note ? <div id={id('note-error')} className="invalid-feedback d-block">{t('cards.workflow.noteMissing')}</div> : null}
      </div>
      <Button color="primary" type="submit">{t(`cards.actions.${action}`)}</Button>
      <ConfirmDialog confirmTestId="admin-confirm" isOpen={confirming !== null} title={t('cards.workflow.confirmTitle')} confirmLabel={t('cards.workflow.confirm')}
        busy={mutation.isPending} error={conflict ? null : mutation.error} testId="card-step-confirm"
        onCancel={() => setConfirming(null)} onConfirm={() => { if (confirming) mutation.mutate(confirming); }}>
        {conflict ? (
          <div className="alert alert-warning" role="alert">
            <p>{t('cards.workflow.conflict')}</p>
            <Button color="primary" size="sm" onClick={() => { setConfirming(null); void queryClient.invalidateQueries({ queryKey: cardsKey(entityCode) }); }}>{t('cards.workflow.reload')}</Button>
          </div>
        ) : <p>{t('cards.workflow.confirmBody', { action: t(`cards.actions.${action}`) })}</p>}
      </ConfirmDialog>
    </form>
  );
}

export function CardWorkflowPanel({ entityCode, item }: { entityCode: string; item: CardItem }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const [done, setDone] = useState<CardAction | null>(null);
  const { workflow } = item;
  return (
    <section aria-labelledby={`workflow-${item.code}`} className="mb-4" data-testid="card-workflow">
      <h2 id={`workflow-${item.code}`} className="h4">{t('cards.workflow.title')}</h2>
      {done ? <div className="alert alert-success" role="status" data-testid="card-step-done">{t('cards.workflow.done', { action: t(`cards.actions.${done}`) })}</div> : null}
      {workflow.appealDeadline ? (
        <p data-testid="card-appeal-deadline">{t('cards.card.appealDeadline', { date: formatDateTime(workflow.appealDeadline, locale), days: workflow.appealDays })}</p>
      ) : <p className="small text-muted">{t('cards.card.appealDays', { days: workflow.appealDays })}</p>}
      {item.actions.length === 0 ? <p>{t('cards.workflow.none')}</p>
        : item.actions.map((action) => <StepForm key={`${action}-${workflow.version}`} entityCode={entityCode} item={item} action={action} onDone={setDone} />)}
    </section>
  );
}
