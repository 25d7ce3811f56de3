/**
 * The period the scores are shown for: the year end, or a monitoring period of the year (by its end
 * date, gg/mm/aaaa). The value is the `periodo` search parameter (`anno` for the year end).
 */
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { LabelledSelect } from './labelled-select.js';
import type { PlanScores } from './score-queries.js';

const YEAR_END = 'anno';

interface PeriodSelectProps {
  scores: Pick<PlanScores, 'year' | 'period' | 'periods' | 'interim' | 'expectedProgress'>;
  onChange: (periodo: string) => void;
}

export function PeriodSelect({ scores, onChange }: PeriodSelectProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const options = [
    { value: YEAR_END, label: t('performance.score.yearEnd', { year: scores.year }) },
    ...scores.periods.map((period) => ({
      value: period.code,
      label: t(period.final ? 'performance.score.finalOption' : 'performance.score.periodOption', { date: formatDate(period.end, locale) }),
    })),
  ];
  return (
    <div className="period-select">
      <LabelledSelect id="score-period" label={t('performance.score.period')} value={scores.period ?? YEAR_END} options={options} onChange={onChange} testId="score-period" />
      {scores.interim && scores.expectedProgress !== null ? (
        <p className="small mb-0 mt-1">{t('performance.score.interimNote', { progress: formatPercent(scores.expectedProgress, { locale }) })}</p>
      ) : null}
    </div>
  );
}
