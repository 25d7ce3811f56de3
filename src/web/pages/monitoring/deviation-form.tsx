/**
 * The explanation of one indicator's deviation at a period: cause class, explanation (required),
 * corrective action and its owner; saved with the version read (a stale one is reported by the API).
 */
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { DEVIATION_CAUSES, cycleKey, recordDeviation, type DeviationCause, type DeviationItem } from './monitoring-queries.js';

interface DeviationFormProps { plan: WorkspacePlan; periodCode: string; item: DeviationItem; onDone: (code: string) => void; onCancel: () => void }

export function DeviationForm({ plan, periodCode, item, onDone, onCancel }: DeviationFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const recorded = item.deviation;
  const [cause, setCause] = useState<DeviationCause | ''>(recorded?.causeClass ?? '');
  const [explanation, setExplanation] = useState(recorded?.explanation ?? '');
  const [action, setAction] = useState(recorded?.correctiveAction ?? '');
  const [owner, setOwner] = useState(recorded?.owner ?? '');
  const [missing, setMissing] = useState<{ cause: boolean; explanation: boolean }>({ cause: false, explanation: false });
  const save = useMutation({
    mutationFn: (causeClass: DeviationCause) => recordDeviation(plan, plan.year, periodCode, item.indicator.code, {
      causeClass, explanation: explanation.trim(), correctiveAction: action.trim() || null, owner: owner.trim() || null, ...(recorded ? { version: recorded.version } : {}),
    }),
  });
  const submit = async () => {
    const problems = { cause: cause === '', explanation: explanation.trim() === '' };
    setMissing(problems);
    if (cause === '' || problems.explanation) return;
    try {
      await save.mutateAsync(cause);
      await queryClient.invalidateQueries({ queryKey: cycleKey(plan) });
      onDone(item.indicator.code);
    } catch {
      // shown below
    }
  };
  const code = item.indicator.code;
  return (
    <form className="card card-bg p-3 my-3" aria-labelledby={`${id}-title`} onSubmit={(event) => { event.preventDefault(); void submit(); }} data-testid="deviation-form" noValidate>
      <h3 id={`${id}-title`} className="h5">{t('monitoring.deviations.formHeading', { code, name: item.indicator.name })}</h3>
      {save.error ? <ProblemAlert title={t('monitoring.deviations.formHeading', { code, name: item.indicator.name })} error={save.error} /> : null}
      <fieldset className="mb-3">
        <legend className="h6">{t('monitoring.deviations.cause')}</legend>
        {DEVIATION_CAUSES.map((value) => (
          <div className="form-check" key={value}>
            <input id={`${id}-${value}`} type="radio" name={`${id}-cause`} value={value} checked={cause === value}
              aria-describedby={missing.cause ? `${id}-cause-error` : undefined} onChange={() => { setCause(value); setMissing({ ...missing, cause: false }); }} />
            <label htmlFor={`${id}-${value}`}>{t(`monitoring.deviations.causes.${value}`)}</label>
          </div>
        ))}
        {missing.cause ? <div id={`${id}-cause-error`} className="invalid-feedback d-block">{t('monitoring.deviations.causeRequired')}</div> : null}
      </fieldset>
      <div className="form-group mb-3">
        <label htmlFor={`${id}-explanation`} className="active">{t('monitoring.deviations.explanation')}</label>
        <textarea id={`${id}-explanation`} className={missing.explanation ? 'form-control is-invalid' : 'form-control'} rows={3} value={explanation} required
          aria-invalid={missing.explanation || undefined} aria-describedby={missing.explanation ? `${id}-explanation-error` : undefined}
          onChange={(event) => { setExplanation(event.target.value); setMissing({ ...missing, explanation: false }); }} />
        {missing.explanation ? <div id={`${id}-explanation-error`} className="invalid-feedback d-block">{t('monitoring.deviations.explanationRequired')}</div> : null}
      </div>
      <div className="form-group mb-3">
        <label htmlFor={`${id}-action`} className="active">{t('monitoring.deviations.correctiveAction')}</label>
        <textarea id={`${id}-action`} className="form-control" rows={2} value={action} onChange={(event) => setAction(event.target.value)} />
      </div>
      <div className="form-group mb-3">
        <label htmlFor={`${id}-owner`} className="active">{t('monitoring.deviations.owner')}</label>
        <input id={`${id}-owner`} className="form-control" value={owner} onChange={(event) => setOwner(event.target.value)} />
      </div>
      <div className="d-flex gap-2">
        <Button type="submit" color="primary" disabled={save.isPending}>{save.isPending ? t('monitoring.common.saving') : t('monitoring.deviations.save')}</Button>
        <Button type="button" color="secondary" outline onClick={onCancel} disabled={save.isPending}>{t('monitoring.common.cancel')}</Button>
      </div>
    </form>
  );
}
