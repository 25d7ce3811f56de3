/**
 * Editing the year's policy: the draft (starting from the revision in force), its field errors, the
 * what-if against the revision in force, and saving as a new revision after confirmation. A save that
 * meets a newer revision (409) lets the user keep the draft on top of it or load it.
 */
import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { ApiError } from '../../api/api-client.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { changedPaths, policyFieldErrors, setIn, type PolicyPath } from './policy-draft.js';
import { PolicyErrorSummary } from './policy-error-summary.js';
import { PolicyFormProvider } from './policy-fields.js';
import { PolicyHistory } from './policy-history.js';
import { policyKey, policyQueryOptions, runWhatIf, savePolicy, type PolicyRevision } from './policy-queries.js';
import { PolicyRulesSection } from './policy-rules-section.js';
import { PolicyBandsSection, PolicyMetaSection, PolicyRollupSection } from './policy-rollup-section.js';
import { PolicySaveDialog } from './policy-save-dialog.js';
import { PolicyDataSection, PolicyRoundingSection, PolicyToleranceSection } from './policy-scores-section.js';
import { WhatIfPanel } from './what-if-panel.js';

interface PolicyEditorProps {
  plan: WorkspacePlan;
  current: PolicyRevision;
  onSaved: (revision: number) => void;
}

export function PolicyEditor({ plan, current, onSaved }: PolicyEditorProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ScoringPolicy>(current.policy);
  const [base, setBase] = useState(current.revision);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canSave = current.abilities.includes('policy.update');
  const changed = changedPaths(current.policy, draft);

  const whatIf = useMutation({ mutationFn: (policy: ScoringPolicy) => runWhatIf(plan.entityCode, plan.planCode, { year: plan.year, policy }) });
  const save = useMutation({
    mutationFn: (note: string | null) => savePolicy(plan.entityCode, plan.year, { baseRevision: base, note, policy: draft }),
    onSuccess: async (saved) => {
      setConfirming(false);
      setDraft(saved.policy);
      setBase(saved.revision);
      whatIf.reset();
      await queryClient.invalidateQueries({ queryKey: policyKey(plan.entityCode, plan.year) });
      await queryClient.invalidateQueries({ queryKey: ['entities', plan.entityCode, 'plans'] });
      onSaved(saved.revision);
    },
    onError: () => setConfirming(false),
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const failure = (conflict ? null : save.error) ?? whatIf.error;
  const errors = failure instanceof ApiError ? policyFieldErrors(failure.fieldProblems, language) : new Map<string, string>();

  const set = (path: PolicyPath, value: unknown) => {
    setDraft((previous) => setIn(previous, path, value));
    // The errors were about the draft as it was: once it changes they no longer apply.
    if (whatIf.isError) whatIf.reset();
    if (save.isError && !conflict) save.reset();
  };
  const resolveConflict = async (keepMine: boolean) => {
    await queryClient.invalidateQueries({ queryKey: policyKey(plan.entityCode, plan.year) });
    const fresh = await queryClient.fetchQuery(policyQueryOptions(plan.entityCode, plan.year));
    if (!keepMine) setDraft(fresh.policy);
    setBase(fresh.revision);
    save.reset();
  };

  return (
    <PolicyFormProvider state={{ draft, set, errors }}>
      {!canSave ? <Alert color="info" fade={false} data-testid="policy-read-only">{t('smvp.page.readOnly')}</Alert> : null}
      {notice ? <Alert color="success" fade={false} role="status">{notice}</Alert> : null}
      {conflict ? (
        <Alert color="warning" fade={false} role="alert" data-testid="policy-conflict">
          <h2 className="h5 alert-heading">{t('smvp.save.conflictTitle')}</h2>
          <p>{t('smvp.save.conflictBody')}</p>
          <Button color="primary" size="sm" className="me-2" onClick={() => void resolveConflict(true)}>{t('smvp.save.keepMine')}</Button>
          <Button color="secondary" outline size="sm" onClick={() => void resolveConflict(false)}>{t('smvp.save.discardMine')}</Button>
        </Alert>
      ) : null}
      {failure && errors.size === 0 ? <ProblemAlert title={t(save.error ? 'smvp.save.failed' : 'smvp.whatIf.failed')} error={failure} /> : null}
      <form noValidate onSubmit={(event) => { event.preventDefault(); setNotice(null); whatIf.mutate(draft); }} data-testid="policy-form">
        <PolicyErrorSummary errors={errors} />
        <PolicyRulesSection draft={draft} />
        <PolicyToleranceSection />
        <PolicyDataSection />
        <PolicyRollupSection draft={draft} />
        <PolicyRoundingSection draft={draft} />
        <PolicyBandsSection draft={draft} />
        <PolicyMetaSection />
        <div className="policy-actions" data-testid="policy-actions">
          <p className="mb-2" role="status" data-testid="policy-changed">
            {changed.length === 0 ? t('smvp.page.unchanged') : t('smvp.page.changedCount', { count: changed.length })}
          </p>
          <Button type="submit" color="primary" disabled={whatIf.isPending} data-testid="policy-simulate">
            {whatIf.isPending ? t('smvp.page.simulating') : t('smvp.page.simulate')}
          </Button>
          {canSave ? (
            <Button type="button" color="primary" outline disabled={changed.length === 0 || save.isPending} onClick={() => setConfirming(true)} data-testid="policy-save">
              {t('smvp.page.save', { revision: base + 1 })}
            </Button>
          ) : null}
          <Button type="button" color="secondary" outline disabled={changed.length === 0} onClick={() => { setDraft(current.policy); whatIf.reset(); save.reset(); }}>
            {t('smvp.page.reset')}
          </Button>
        </div>
      </form>
      <section className="policy-what-if" aria-labelledby="policy-what-if-heading">
        <h2 id="policy-what-if-heading" className="h3">{t('smvp.whatIf.heading')}</h2>
        <p>{t('smvp.whatIf.intro', {
          year: plan.year, current: base === 0 ? t('smvp.whatIf.currentDefault') : t('smvp.whatIf.currentRevision', { revision: base }),
        })}</p>
        {whatIf.data ? <WhatIfPanel result={whatIf.data} /> : null}
      </section>
      <PolicyHistory entityCode={plan.entityCode} year={plan.year} currentRevision={current.revision}
        onUseAsDraft={(revision) => { setDraft(revision.policy); whatIf.reset(); setNotice(t('smvp.history.loaded', { revision: revision.revision })); }} />
      <PolicySaveDialog isOpen={confirming} year={plan.year} currentRevision={base} saving={save.isPending}
        onConfirm={(note) => save.mutate(note)} onCancel={() => setConfirming(false)} />
    </PolicyFormProvider>
  );
}
