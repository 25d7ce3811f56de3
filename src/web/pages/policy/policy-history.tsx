/**
 * The saved revisions of the year's policy, newest first: number, date, who, why. Any revision can be
 * loaded into the form as the draft, to simulate it or to save it again (restoring it as a new revision).
 */
import { useState } from 'react';
import { Button } from 'design-react-kit';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { fetchPolicyRevision, policyRevisionsQueryOptions, type PolicyRevision } from './policy-queries.js';

interface PolicyHistoryProps {
  entityCode: string;
  year: number;
  currentRevision: number;
  onUseAsDraft: (revision: PolicyRevision) => void;
}

export function PolicyHistory({ entityCode, year, currentRevision, onUseAsDraft }: PolicyHistoryProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const query = useQuery(policyRevisionsQueryOptions(entityCode, year));
  const [loading, setLoading] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const load = async (revision: number) => {
    setLoading(revision);
    setFailure(null);
    try {
      onUseAsDraft(await fetchPolicyRevision(entityCode, year, revision));
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(null);
    }
  };
  return (
    <section className="policy-history" aria-labelledby="policy-history-heading">
      <h2 id="policy-history-heading" className="h3">{t('smvp.history.heading')}</h2>
      {failure ? <ProblemAlert title={t('smvp.page.loadFailed')} error={failure} /> : null}
      {query.isError ? <ProblemAlert title={t('smvp.page.loadFailed')} error={query.error} /> : null}
      {query.data && query.data.length === 0 ? <p data-testid="policy-history-empty">{t('smvp.history.empty')}</p> : null}
      {query.data && query.data.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="policy-history">
            <caption>{t('smvp.history.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('smvp.history.revision')}</th>
                <th scope="col">{t('smvp.history.savedAt')}</th>
                <th scope="col">{t('smvp.history.savedBy')}</th>
                <th scope="col">{t('smvp.history.note')}</th>
                <th scope="col">{t('smvp.history.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((entry) => (
                <tr key={entry.revision} data-revision={entry.revision}>
                  <th scope="row">
                    {entry.revision}
                    {entry.revision === currentRevision ? <span className="badge bg-primary ms-2">{t('smvp.history.current')}</span> : null}
                  </th>
                  <td>{entry.savedAt ? formatDateTime(entry.savedAt, locale) : '—'}</td>
                  <td>{entry.savedBy?.displayName ?? '—'}</td>
                  <td>{entry.note ?? '—'}</td>
                  <td>
                    <Button color="primary" outline size="xs" disabled={loading !== null} onClick={() => void load(entry.revision)}
                      aria-label={t('smvp.history.useAsDraft', { revision: entry.revision })}>
                      {t('smvp.history.useAsDraftShort')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
