/**
 * Statuses per strategic area: how many indicators of each area are in each band (or have no score),
 * as a chart (loaded on demand) and as a table with the same numbers.
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanScores } from '../../components/score/score-queries.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { buildAreaDistribution, NO_SCORE } from './dashboard-data.js';

const AreaChart = lazy(() => import('./area-chart.js').then((module) => ({ default: module.AreaChart })));

export function AreaDistributionSection({ scores }: { scores: PlanScores }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const distribution = useMemo(() => buildAreaDistribution(scores), [scores]);
  const columns = [
    ...distribution.bands.map((band) => ({ key: band.key, label: band.label[language], symbol: band.symbol })),
    { key: NO_SCORE, label: t('results.areas.noScore'), symbol: '–' },
  ];
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-areas">
      <h2 id="dashboard-areas" className="h3">{t('results.areas.heading')}</h2>
      {distribution.rows.length === 0 ? <p data-testid="areas-empty">{t('results.areas.empty')}</p> : (
        <>
          <p>{t('results.areas.intro')}</p>
          <Suspense fallback={<p role="status">{t('results.areas.chartLoading')}</p>}>
            <AreaChart distribution={distribution} />
          </Suspense>
          <div className="table-responsive mt-3">
            <table className="table table-sm" data-testid="areas-table">
              <caption>{t('results.areas.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.areas.area')}</th>
                  {columns.map((column) => (
                    <th key={column.key} scope="col" className="text-end"><span aria-hidden="true">{column.symbol} </span>{column.label}</th>
                  ))}
                  <th scope="col" className="text-end">{t('results.areas.total')}</th>
                </tr>
              </thead>
              <tbody>
                {distribution.rows.map((row) => (
                  <tr key={row.code}>
                    <th scope="row"><code>{row.code}</code> {row.title}</th>
                    {columns.map((column) => <td key={column.key} className="text-end">{formatNumber(row.counts[column.key] ?? 0, { locale })}</td>)}
                    <td className="text-end">{formatNumber(row.total, { locale })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
