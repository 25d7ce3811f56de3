/** Which scoring policy the dashboard's figures come from (revision and date, or the default), with a link to it. */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { policyQueryOptions } from '../policy/policy-queries.js';

export function PolicyNote({ entityCode, year }: { entityCode: string; year: number }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const query = useQuery(policyQueryOptions(entityCode, year));
  if (!query.data) return null;
  const { revision, savedAt } = query.data;
  return (
    <p className="small mb-0" data-testid="dashboard-policy">
      {revision === 0 || savedAt === null
        ? t('results.dashboard.policyDefault', { year })
        : t('results.dashboard.policyNote', { year, revision, date: formatDate(savedAt, locale) })}{' '}
      <Link to="/smvp">{t('results.dashboard.policyLink')}</Link>
    </p>
  );
}
