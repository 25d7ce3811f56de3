/**
 * What the caller may do next with the year, as the API says (GET …/cycle lists the transitions out
 * of the current state, allowed or blocked with reasons): a button for each allowed step, opening a
 * confirmation with the fields the step needs (approve: the act; reopen: a reason); blocked steps the
 * caller's role could take are shown with what blocks them. Validation and revisions have their pages.
 */
import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { EMPTY_ACT, readAct, type ActDraft, type ActErrors } from './act-draft.js';
import { ActFields } from './act-fields.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import {
  cycleKey, openRevision, runYearTransition, type CycleOverview, type TransitionOption, type YearTransitionRequest,
} from './cycle-queries.js';

type DialogKind = 'approve' | 'start_monitoring' | 'close' | 'reopen' | 'freeze';
const DIALOG_KINDS: readonly string[] = ['approve', 'start_monitoring', 'close', 'reopen', 'freeze'];

function isDialogKind(transition: string): transition is DialogKind {
  return DIALOG_KINDS.includes(transition);
}

export function useInvalidateCycle(plan: WorkspacePlan) {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: cycleKey(plan) }),
    queryClient.invalidateQueries({ queryKey: ['entities', plan.entityCode, 'plans', plan.planCode], exact: true }),
    queryClient.invalidateQueries({ queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'scores'] }),
  ]);
}

function TransitionDialog({ plan, cycle, kind, onClose, onDone }: { plan: WorkspacePlan; cycle: CycleOverview; kind: DialogKind; onClose: () => void; onDone: (label: string) => void }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [act, setAct] = useState<ActDraft>(EMPTY_ACT);
  const [actErrors, setActErrors] = useState<ActErrors>({});
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const invalidate = useInvalidateCycle(plan);
  const option = cycle.transitions.find((candidate) => candidate.transition === kind);
  const mutation = useMutation({
    mutationFn: (request: YearTransitionRequest) => runYearTransition(plan, cycle.version, request),
    onSuccess: async () => {
      await invalidate();
      onDone(option?.label[language] ?? kind);
    },
  });
  const confirm = () => {
    if (kind === 'approve') {
      const read = readAct(act);
      setActErrors(read.errors ?? {});
      if (read.act) mutation.mutate({ transition: 'approve', act: read.act });
      return;
    }
    if (kind === 'reopen') {
      if (reason.trim() === '') return setReasonError(t('lifecycle.dialog.reasonRequired'));
      setReasonError(null);
      return mutation.mutate({ transition: 'reopen', reason: reason.trim() });
    }
    mutation.mutate({ transition: kind });
  };
  return (
    <ConfirmDialog testId={`cycle-dialog-${kind}`} confirmTestId={`cycle-dialog-${kind}-confirm`} size="lg" isOpen title={t(`lifecycle.dialog.${kind}.title`, { year: cycle.year })}
      confirmLabel={t(`lifecycle.dialog.${kind}.confirm`)} busy={mutation.isPending} error={mutation.error}
      onConfirm={confirm} onCancel={onClose} tone={kind === 'freeze' ? 'danger' : 'primary'}>
      <p>{t(`lifecycle.dialog.${kind}.body`)}</p>
      {kind === 'approve' ? <ActFields idPrefix="approve" draft={act} errors={actErrors} onChange={setAct} /> : null}
      {kind === 'reopen' ? <ReasonField id="reopen-reason" label={t('lifecycle.dialog.reopen.reason')} value={reason} error={reasonError} onChange={setReason} /> : null}
    </ConfirmDialog>
  );
}

export function ReasonField({ id, label, value, error, onChange, hint }: { id: string; label: string; value: string; error: string | null; onChange: (value: string) => void; hint?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">{label}</label>
      <textarea id={id} className={error ? 'form-control is-invalid' : 'form-control'} rows={3} maxLength={4000} value={value}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
      {hint ? <small id={`${id}-hint`} className="form-text">{hint}</small> : null}
      {error ? <div id={`${id}-error`} className="invalid-feedback d-block">{error}</div> : null}
    </div>
  );
}

function OpenRevisionDialog({ plan, year, onClose }: { plan: WorkspacePlan; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidateCycle(plan);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (text: string) => openRevision(plan, text),
    onSuccess: async (revision) => {
      await invalidate();
      await navigate({ to: '/ciclo/rimodulazioni/$number', params: { number: String(revision.number) } });
    },
  });
  const confirm = () => {
    if (reason.trim() === '') return setError(t('lifecycle.dialog.reasonRequired'));
    setError(null);
    mutation.mutate(reason.trim());
  };
  return (
    <ConfirmDialog testId="cycle-dialog-revision" confirmTestId="cycle-dialog-revision-confirm" size="lg" tone="primary" isOpen title={t('lifecycle.dialog.openRevision.title', { year })} confirmLabel={t('lifecycle.dialog.openRevision.confirm')}
      busy={mutation.isPending} error={mutation.error} onConfirm={confirm} onCancel={onClose}>
      <p>{t('lifecycle.dialog.openRevision.body')}</p>
      <ReasonField id="revision-reason" label={t('lifecycle.dialog.openRevision.reason')} hint={t('lifecycle.dialog.openRevision.reasonHint')}
        value={reason} error={error} onChange={setReason} />
    </ConfirmDialog>
  );
}

function Blocked({ option }: { option: TransitionOption }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <li className="cycle-blocked" data-transition={option.transition}>
      <strong>{option.label[language]}</strong> — {t('lifecycle.page.blocked')}
      <ul>{option.reasons.map((reason) => <li key={reason.code}>{reason.messages[language]}</li>)}</ul>
    </li>
  );
}

export function CycleActions({ plan, cycle }: { plan: WorkspacePlan; cycle: CycleOverview }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [dialog, setDialog] = useState<DialogKind | 'revision' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mine = cycle.transitions.filter((option) => !option.reasons.some((reason) => reason.kind === 'forbidden'));
  const openRevisionNumber = cycle.revisions.find((revision) => revision.status === 'draft')?.number;
  const canOpenRevision = cycle.abilities.includes('plan_year.revise') && (cycle.status === 'monitoring' || cycle.status === 'revised') && openRevisionNumber === undefined;
  const allowed = mine.filter((option) => option.allowed);
  const blocked = mine.filter((option) => !option.allowed);
  const button = (option: TransitionOption) => {
    if (option.transition === 'validate') {
      return <Link key={option.transition} to="/ciclo/validazione-oiv" className="btn btn-primary" data-testid="cycle-go-validate">{t('lifecycle.page.oivLink')}</Link>;
    }
    if (option.transition === 'approve_revision' && openRevisionNumber !== undefined) {
      return (
        <Link key={option.transition} to="/ciclo/rimodulazioni/$number" params={{ number: String(openRevisionNumber) }} className="btn btn-primary">
          {t('lifecycle.page.revisionLink', { number: openRevisionNumber })}
        </Link>
      );
    }
    if (!isDialogKind(option.transition)) return null;
    const kind = option.transition;
    return (
      <Button key={kind} color={kind === 'freeze' ? 'danger' : 'primary'} onClick={() => { setDone(null); setDialog(kind); }} data-testid={`cycle-action-${kind}`}>
        {option.label[language]}
      </Button>
    );
  };
  return (
    <section aria-labelledby="cycle-next" className="cycle-section">
      <h2 id="cycle-next" className="h4">{t('lifecycle.page.nextHeading')}</h2>
      {done ? <Alert color="success" fade={false} role="status" data-testid="cycle-done">{t('lifecycle.page.done', { label: done })}</Alert> : null}
      {cycle.transitions.length === 0 ? <p>{t('lifecycle.page.nothingNext')}</p> : null}
      {mine.length === 0 && cycle.transitions.length > 0 && !canOpenRevision ? <p data-testid="cycle-read-only">{t('lifecycle.page.readOnly')}</p> : null}
      {allowed.length > 0 || canOpenRevision ? (
        <div className="cycle-buttons">
          {allowed.map(button)}
          {openRevisionNumber !== undefined && !allowed.some((option) => option.transition === 'approve_revision') ? (
            <Link to="/ciclo/rimodulazioni/$number" params={{ number: String(openRevisionNumber) }} className="btn btn-outline-primary">
              {t('lifecycle.page.revisionLink', { number: openRevisionNumber })}
            </Link>
          ) : null}
          {canOpenRevision ? (
            <Button color="primary" outline onClick={() => setDialog('revision')} data-testid="cycle-open-revision">{t('lifecycle.dialog.openRevision.button')}</Button>
          ) : null}
        </div>
      ) : null}
      {blocked.length > 0 ? <ul className="cycle-blocked-list">{blocked.map((option) => <Blocked key={option.transition} option={option} />)}</ul> : null}
      {dialog === 'revision' ? <OpenRevisionDialog plan={plan} year={cycle.year} onClose={() => setDialog(null)} /> : null}
      {dialog && dialog !== 'revision' ? (
        <TransitionDialog plan={plan} cycle={cycle} kind={dialog} onClose={() => setDialog(null)} onDone={(label) => { setDialog(null); setDone(label); }} />
      ) : null}
    </section>
  );
}
