/**
 * Validazione OIV: the OIV draws a reproducible sample of the year's values and opens their evidence,
 * answers the data-reliability checklist, writes its notes and validates the closed year (after a
 * confirmation). Once validated, the record is shown. Others with access to the evidence see the sample.
 */
import { useState } from 'react';
import { Alert, Button, Callout, CalloutText } from 'design-react-kit';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { LoadFailure, PerformanceGate, usePlanRef, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { CHECKLIST_ANSWERS, CHECKLIST_ITEMS, checklistBody, checklistErrors, emptyChecklist, type ChecklistDraft, type ChecklistItem } from './checklist-draft.js';
import { ReasonField, useInvalidateCycle } from './cycle-actions.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { cycleQueryOptions, validateYear, type CycleOverview, type ValidationSample } from './cycle-queries.js';
import { ValidationRecord } from './cycle-sections.js';
import { SampleSection } from './sample-section.js';
import './cycle.css';

function ChecklistFields({ draft, errors, onChange }: { draft: ChecklistDraft; errors: Partial<Record<ChecklistItem, string>>; onChange: (draft: ChecklistDraft) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="oiv-checklist">
      {CHECKLIST_ITEMS.map((item) => {
        const entry = draft[item];
        const error = errors[item];
        return (
          <div key={item} className="cycle-checklist-item" id={`checklist-${item}`}>
            <fieldset aria-describedby={error ? `checklist-${item}-error` : undefined}>
              <legend className="h6 mb-2">{t(`lifecycle.oiv.items.${item}`)}</legend>
              <div className="cycle-answers">
                {CHECKLIST_ANSWERS.map((answer) => (
                  <div className="form-check form-check-inline" key={answer}>
                    <input type="radio" className="form-check-input" id={`checklist-${item}-${answer}`} name={`checklist-${item}`} value={answer}
                      checked={entry.answer === answer} onChange={() => onChange({ ...draft, [item]: { ...entry, answer } })} />
                    <label className="form-check-label" htmlFor={`checklist-${item}-${answer}`}>{t(`lifecycle.oiv.answers.${answer}`)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            {entry.answer === 'no' || entry.note !== '' ? (
              <ReasonField id={`checklist-${item}-note`} label={t('lifecycle.oiv.itemNote')} value={entry.note} error={null}
                onChange={(note) => onChange({ ...draft, [item]: { ...entry, note } })} />
            ) : null}
            {error ? <div id={`checklist-${item}-error`} className="invalid-feedback d-block">{error}</div> : null}
          </div>
        );
      })}
    </div>
  );
}

/** The server's checklist problems (paths checklist.<item>) next to their items. */
function serverErrors(error: unknown, language: 'it' | 'en'): Partial<Record<ChecklistItem, string>> {
  if (!(error instanceof ApiError)) return {};
  const out: Partial<Record<ChecklistItem, string>> = {};
  for (const problem of error.fieldProblems) {
    const item = problem.path.replace(/^checklist\./, '') as ChecklistItem;
    if ((CHECKLIST_ITEMS as readonly string[]).includes(item)) out[item] = problem.messages[language];
  }
  return out;
}

function ValidationForm({ plan, cycle, sample }: { plan: WorkspacePlan; cycle: CycleOverview; sample: ValidationSample | null }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const invalidate = useInvalidateCycle(plan);
  const [draft, setDraft] = useState<ChecklistDraft>(emptyChecklist);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ChecklistItem, string>>>({});
  const [notesError, setNotesError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => validateYear(plan, {
      version: cycle.version, notes: notes.trim(), checklist: checklistBody(draft),
      ...(sample ? { sample: { seed: sample.seed, valueIds: sample.items.map((item) => item.value.id) } } : {}),
    }),
    onSuccess: async () => { setConfirming(false); await invalidate(); },
    onError: (error) => { const found = serverErrors(error, language); if (Object.keys(found).length > 0) { setErrors(found); setConfirming(false); } },
  });
  const review = () => {
    const local = checklistErrors(draft);
    setErrors(Object.fromEntries(Object.entries(local).map(([item, code]) => [item, t(`lifecycle.oiv.${code}`)])));
    setNotesError(notes.trim() === '' ? t('lifecycle.oiv.notesRequired') : null);
    if (Object.keys(local).length > 0 || notes.trim() === '') {
      const first = CHECKLIST_ITEMS.find((item) => local[item]);
      document.getElementById(first ? `checklist-${first}-${draft[first].answer === '' ? 'yes' : 'no'}` : 'oiv-notes')?.focus();
      return;
    }
    mutation.reset();
    setConfirming(true);
  };
  return (
    <section aria-labelledby="oiv-checklist-heading" className="cycle-section">
      <h2 id="oiv-checklist-heading" className="h4">{t('lifecycle.oiv.checklistHeading')}</h2>
      <p>{t('lifecycle.oiv.checklistIntro')}</p>
      {Object.keys(errors).length > 0 ? <Alert color="danger" fade={false} role="alert">{t('lifecycle.oiv.checkFields')}</Alert> : null}
      <ChecklistFields draft={draft} errors={errors} onChange={(next) => {
        // An item's error goes once that item changes; the others stay until they are fixed.
        setErrors(Object.fromEntries(Object.entries(errors).filter(([item]) => next[item as ChecklistItem] === draft[item as ChecklistItem])));
        setDraft(next);
      }} />
      <div className="mt-4">
        <ReasonField id="oiv-notes" label={t('lifecycle.oiv.notes')} value={notes} error={notesError} onChange={(text) => { setNotes(text); setNotesError(null); }} />
      </div>
      <Button color="primary" onClick={review} data-testid="oiv-validate">{t('lifecycle.oiv.validate')}</Button>
      {confirming ? (
        <ConfirmDialog testId="oiv-confirm" confirmTestId="oiv-confirm-confirm" size="lg" tone="primary" isOpen title={t('lifecycle.oiv.confirmTitle', { year: cycle.year })} confirmLabel={t('lifecycle.oiv.validate')}
          busy={mutation.isPending} error={mutation.error} onConfirm={() => mutation.mutate()} onCancel={() => setConfirming(false)}>
          <p>{t('lifecycle.oiv.confirmBody', { count: sample?.items.length ?? 0 })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function OivContent() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const plan = usePlanRef();
  const query = useQuery(cycleQueryOptions(plan));
  const [sample, setSample] = useState<ValidationSample | null>(null);
  if (query.isPending) return <p role="status">{t('lifecycle.page.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  const cycle = query.data;
  const canValidate = cycle.abilities.includes('plan_year.validate');
  return (
    <>
      <h1>{t('lifecycle.oiv.heading', { year: cycle.year })}</h1>
      <p><Link to="/ciclo">{t('lifecycle.revision.back')}</Link></p>
      <p className="lead">{t('lifecycle.oiv.intro')}</p>
      {cycle.validation ? (
        <Alert color="success" fade={false} role="status" data-testid="oiv-validated">{t('lifecycle.oiv.validated')}</Alert>
      ) : cycle.status !== 'closed' ? (
        <Callout color="note" data-testid="oiv-not-closed"><CalloutText>{t('lifecycle.oiv.notClosed', { year: cycle.year, state: cycle.label[language] })}</CalloutText></Callout>
      ) : !canValidate ? <p>{t('lifecycle.oiv.readOnly')}</p> : null}
      <ValidationRecord cycle={cycle} />
      {cycle.abilities.includes('evidence.read') ? <SampleSection plan={plan} onDrawn={setSample} /> : null}
      {canValidate && cycle.status === 'closed' ? <ValidationForm plan={plan} cycle={cycle} sample={sample} /> : null}
    </>
  );
}

export function OivPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('lifecycle.oiv.title'));
  return <PerformanceGate><OivContent /></PerformanceGate>;
}
