/**
 * An achievement as the policy publishes it: rounded to the policy's decimals, Italian format
 * (99,89%). No score is shown as a dash with a spoken explanation, never as 0.
 */
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';

interface AchievementValueProps {
  rounded: number | null;
  decimals: number;
}

export function AchievementValue({ rounded, decimals }: AchievementValueProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (rounded === null) {
    return (
      <span className="achievement-value text-muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('performance.score.none')}</span>
      </span>
    );
  }
  return <span className="achievement-value">{formatPercent(rounded, { decimals, locale })}</span>;
}
