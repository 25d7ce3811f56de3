/**
 * The plan's years side by side (year-end results): the entity, the strategic areas and the org units,
 * one column per year. Each figure opens its explanation for that year.
 */
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ExplanationButton } from '../../components/explanation/explanation-button.js';
import type { ExplanationSubject } from '../../components/explanation/explanation-queries.js';
import { AchievementValue } from '../../components/score/achievement-value.js';
import { planScoresQueryOptions, type PlanRef, type PlanScores } from '../../components/score/score-queries.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { yearCell, yearComparisonRows, type YearRow } from './dashboard-data.js';

function subjectOf(row: YearRow): ExplanationSubject {
  return row.kind === 'entity' ? { kind: 'entity' } : { kind: row.kind, code: row.code };
}

function rowLabel(row: YearRow, entityWord: string): string {
  return row.kind === 'entity' ? `${entityWord}: ${row.label}` : `${row.code} ${row.label}`;
}

export function YearComparisonSection({ plan, current }: { plan: PlanRef; current: PlanScores }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { plan: planItem } = useWorkspace();
  const years = planItem ? planItem.years.map((entry) => entry.year).sort((a, b) => a - b) : [current.year];
  const queries = useQueries({ queries: years.map((year) => planScoresQueryOptions(plan, year, null)) });
  // A unit without objectives in every year loaded so far has nothing to compare.
  const rows = yearComparisonRows(current).filter((row) => row.kind !== 'unit'
    || queries.some((query) => (query.data ? yearCell(query.data, row)?.state : 'no_target') !== 'no_target'));
  const decimals = current.policy.rounding.decimals;
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-years">
      <h2 id="dashboard-years" className="h3">{t('results.years.heading')}</h2>
      <div className="table-responsive">
        <table className="table table-sm" data-testid="years-table">
          <caption>{t('results.years.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.years.item')}</th>
              {years.map((year) => <th key={year} scope="col" className="text-end">{year}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.code}`} className={row.kind === 'entity' ? 'fw-semibold' : undefined}>
                <th scope="row">{row.kind === 'entity' ? t('results.years.entity') : <><code>{row.code}</code> {row.label}</>}</th>
                {years.map((year, index) => {
                  const query = queries[index];
                  if (!query || query.isPending) return <td key={year} className="text-end">{t('results.years.loading')}</td>;
                  if (query.isError) return <td key={year} className="text-end">{t('results.years.failed')}</td>;
                  const cell = yearCell(query.data, row);
                  return (
                    <td key={year} className="text-end">
                      {cell ? (
                        <ExplanationButton scope={{ ...plan, year, period: null }} subject={subjectOf(row)} label={`${rowLabel(row, t('results.years.entity'))} (${year})`}>
                          <AchievementValue rounded={cell.rounded} decimals={decimals} />
                          {cell.band ? <><span className="ms-1" aria-hidden="true">{cell.band.symbol}</span><span className="visually-hidden"> {cell.band.label[language]}</span></> : null}
                        </ExplanationButton>
                      ) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
