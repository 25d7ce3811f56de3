/**
 * The frozen results of the year: when and by whom they were frozen, their fingerprints, and
 * "Ricalcola e confronta", which recomputes the year and says "identico" or lists the differences.
 */
import { Alert, Button } from 'design-react-kit';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { checkRecompute, type CycleOverview } from './cycle-queries.js';

const shown = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

export function SnapshotSection({ plan, cycle }: { plan: WorkspacePlan; cycle: CycleOverview }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const recompute = useMutation({ mutationFn: () => checkRecompute(plan) });
  const snapshot = cycle.snapshot;
  if (!snapshot) return null;
  const yesNo = (value: boolean) => (value ? t('lifecycle.oiv.yes') : t('lifecycle.oiv.no'));
  return (
    <section aria-labelledby="cycle-snapshot" className="cycle-section" data-testid="snapshot-section">
      <h2 id="cycle-snapshot" className="h4">{t('lifecycle.snapshot.heading')}</h2>
      <p>{t('lifecycle.snapshot.intro')}</p>
      <dl className="cycle-facts">
        <dt>{t('lifecycle.snapshot.createdAt')}</dt><dd>{formatDateTime(snapshot.createdAt, locale)}</dd>
        <dt>{t('lifecycle.snapshot.createdBy')}</dt><dd>{snapshot.createdBy ?? '—'}</dd>
        <dt>{t('lifecycle.snapshot.scoredHash')}</dt><dd><code className="cycle-hash" data-testid="snapshot-hash">{snapshot.scoredHash}</code></dd>
        <dt>{t('lifecycle.snapshot.planHash')}</dt><dd><code className="cycle-hash">{snapshot.planHash}</code></dd>
      </dl>
      <Button color="primary" outline onClick={() => recompute.mutate()} disabled={recompute.isPending} data-testid="recompute">
        {recompute.isPending ? <span role="status">{t('lifecycle.snapshot.recomputing')}</span> : t('lifecycle.snapshot.recompute')}
      </Button>
      {recompute.isError ? <ProblemAlert title={t('lifecycle.snapshot.recompute')} error={recompute.error} /> : null}
      {recompute.data ? (
        <div className="mt-3" data-testid="recompute-result" data-identical={String(recompute.data.identical)}>
          <Alert color={recompute.data.identical ? 'success' : 'danger'} fade={false} role="status">
            <strong>{recompute.data.identical ? t('lifecycle.snapshot.identical') : t('lifecycle.snapshot.different')}</strong>
            <br />{t('lifecycle.snapshot.reproducible', { answer: yesNo(recompute.data.reproducible) })}
            <br />{t('lifecycle.snapshot.inputsUnchanged', { answer: yesNo(recompute.data.inputsUnchanged) })}
          </Alert>
          {recompute.data.differences.length > 0 ? (
            <div className="table-responsive">
              <table className="table table-sm">
                <caption>{t('lifecycle.snapshot.differencesCaption')}</caption>
                <thead><tr>
                  <th scope="col">{t('lifecycle.snapshot.path')}</th><th scope="col">{t('lifecycle.snapshot.frozenValue')}</th><th scope="col">{t('lifecycle.snapshot.recomputedValue')}</th>
                </tr></thead>
                <tbody>
                  {recompute.data.differences.map((difference) => (
                    <tr key={difference.path}><th scope="row"><code>{difference.path}</code></th><td>{shown(difference.before)}</td><td>{shown(difference.after)}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
