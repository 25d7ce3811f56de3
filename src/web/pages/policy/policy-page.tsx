/**
 * Sistema di misurazione e valutazione (SMVP): the scoring policy of the workspace's entity and year —
 * which revision is in force, every setting in a form, the what-if of a changed draft and the history
 * of saved revisions. Readers see and simulate; the stp (and system admins) save new revisions.
 */
import { useState } from 'react';
import { Alert } from 'design-react-kit';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { PolicyEditor } from './policy-editor.js';
import { policyQueryOptions, type PolicyRevision } from './policy-queries.js';
import './policy.css';

function InForce({ current }: { current: PolicyRevision }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (
    <p data-testid="policy-in-force">
      {current.revision === 0 || current.savedAt === null
        ? t('smvp.page.inForceDefault', { year: current.year })
        : current.savedBy === null
          ? t('smvp.page.inForceSystem', { year: current.year, revision: current.revision, date: formatDate(current.savedAt, locale) })
          : t('smvp.page.inForce', { year: current.year, revision: current.revision, date: formatDate(current.savedAt, locale), who: current.savedBy.displayName })}
      {current.note ? <> — <em>{current.note}</em></> : null}
    </p>
  );
}

function PolicyContent() {
  const { t } = useTranslation();
  const plan = usePlanRef();
  const [saved, setSaved] = useState<number | null>(null);
  const query = useQuery(policyQueryOptions(plan.entityCode, plan.year));
  if (query.isPending) return <p role="status">{t('smvp.page.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <p className="lead">{t('smvp.page.intro', { year: plan.year })}</p>
      <InForce current={query.data} />
      {saved !== null ? <Alert color="success" fade={false} role="status" data-testid="policy-saved">{t('smvp.save.saved', { revision: saved })}</Alert> : null}
      <PolicyEditor key={`${plan.entityCode}-${plan.year}`} plan={plan} current={query.data} onSaved={setSaved} />
    </>
  );
}

export function PolicyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smvp.page.title'));
  return (
    <>
      <h1>{t('smvp.page.title')}</h1>
      <PerformanceGate><PolicyContent /></PerformanceGate>
    </>
  );
}
