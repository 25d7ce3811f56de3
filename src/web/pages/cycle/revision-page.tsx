/**
 * Rimodulazione n. X: the revision's reason and who opened (and approved) it, the diff against the
 * approved version (live while open), and — for the STP while it is open — its approval with its own
 * act, after a confirmation. Links to the other versions of the year.
 */
import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadFailure, PerformanceGate, usePlanRef, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { EMPTY_ACT, readAct, type ActDraft, type ActErrors } from './act-draft.js';
import { ActFields, useActText } from './act-fields.js';
import { useInvalidateCycle } from './cycle-actions.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { approveRevision, cycleQueryOptions, revisionQueryOptions, type Act, type CycleOverview, type RevisionDetail } from './cycle-queries.js';
import { RevisionDiff } from './revision-diff.js';
import './cycle.css';

function ApproveRevision({ plan, cycle, revision }: { plan: WorkspacePlan; cycle: CycleOverview; revision: RevisionDetail }) {
  const { t } = useTranslation();
  const actText = useActText();
  const invalidate = useInvalidateCycle(plan);
  const [draft, setDraft] = useState<ActDraft>(EMPTY_ACT);
  const [errors, setErrors] = useState<ActErrors>({});
  const [act, setAct] = useState<Act | null>(null);
  const mutation = useMutation({
    mutationFn: (chosen: Act) => approveRevision(plan, revision.number, cycle.version, chosen),
    onSuccess: async () => { setAct(null); await invalidate(); },
  });
  const review = () => {
    const read = readAct(draft);
    setErrors(read.errors ?? {});
    if (read.act) { mutation.reset(); setAct(read.act); }
  };
  return (
    <section aria-labelledby="revision-approve" className="cycle-section">
      <h2 id="revision-approve" className="h4">{t('lifecycle.revision.approveHeading')}</h2>
      <p>{t('lifecycle.revision.approveIntro')}</p>
      <ActFields idPrefix="revision" draft={draft} errors={errors} onChange={setDraft} />
      <Button color="primary" onClick={review} data-testid="revision-approve">{t('lifecycle.revision.approveButton')}</Button>
      {act ? (
        <ConfirmDialog testId="revision-approve-dialog" confirmTestId="revision-approve-dialog-confirm" size="lg" tone="primary" isOpen title={t('lifecycle.revision.approveTitle', { number: revision.number })}
          confirmLabel={t('lifecycle.revision.approveButton')} busy={mutation.isPending} error={mutation.error}
          onConfirm={() => mutation.mutate(act)} onCancel={() => setAct(null)}>
          <p>{t('lifecycle.revision.approveBody', { year: cycle.year, act: actText(act) ?? '—' })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function RevisionContent({ number }: { number: number }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const actText = useActText();
  const plan = usePlanRef();
  const revision = useQuery(revisionQueryOptions(plan, number));
  const cycle = useQuery(cycleQueryOptions(plan));
  if (revision.isPending || cycle.isPending) return <p role="status">{t('lifecycle.revision.loading')}</p>;
  if (revision.isError || cycle.isError) return <LoadFailure error={revision.error ?? cycle.error} onRetry={() => { void revision.refetch(); void cycle.refetch(); }} />;
  const detail = revision.data;
  const canApprove = detail.status === 'draft' && cycle.data.abilities.includes('plan_year.revise')
    && cycle.data.transitions.some((option) => option.transition === 'approve_revision' && option.allowed);
  return (
    <>
      <h1>{t('lifecycle.revision.heading', { number, year: plan.year })}</h1>
      <p><Link to="/ciclo">{t('lifecycle.revision.back')}</Link></p>
      <p className="lead">{t('lifecycle.revision.reason', { reason: detail.reason })}</p>
      <p>{t('lifecycle.revision.openedBy', { date: formatDate(detail.createdAt, locale), who: detail.openedBy ?? '—' })}</p>
      {detail.status === 'approved' ? (
        <Alert color="success" fade={false} data-testid="revision-approved">
          {t('lifecycle.revision.approvedBy', { date: detail.approvedAt ? formatDate(detail.approvedAt, locale) : '—', who: detail.approvedBy ?? '—', act: actText(detail.act) ?? '—' })}
        </Alert>
      ) : (
        <Alert color="info" fade={false} data-testid="revision-live">
          {t('lifecycle.revision.live')} <Link to="/albero">{t('lifecycle.revision.treeLink')}</Link>
        </Alert>
      )}
      <RevisionDiff revision={detail} year={plan.year} />
      {canApprove ? <ApproveRevision plan={plan} cycle={cycle.data} revision={detail} /> : null}
      <section aria-labelledby="revision-history" className="cycle-section">
        <h2 id="revision-history" className="h4">{t('lifecycle.revision.history')}</h2>
        <ul>
          <li>{t('lifecycle.revisions.original')}: {actText(cycle.data.approvalAct) ?? '—'}</li>
          {cycle.data.revisions.map((other) => (
            <li key={other.number}>
              {other.number === number ? <strong>{t('lifecycle.revision.title', { number: other.number })}</strong>
                : <Link to="/ciclo/rimodulazioni/$number" params={{ number: String(other.number) }}>{t('lifecycle.revision.title', { number: other.number })}</Link>}
              {' — '}{other.status === 'draft' ? t('lifecycle.revisions.draft') : `${t('lifecycle.revisions.approved')}: ${actText(other.act) ?? '—'}`}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function RevisionPage() {
  const { t } = useTranslation();
  const { number } = useParams({ strict: false }) as { number: string };
  const parsed = Number(number);
  useDocumentTitle(t('lifecycle.revision.title', { number }));
  return <PerformanceGate><RevisionContent key={parsed} number={Number.isInteger(parsed) && parsed > 0 ? parsed : 0} /></PerformanceGate>;
}
