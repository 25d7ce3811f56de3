/** The node's own indicators: code, name, target of the year, value, achievement and status, edit link. */
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AchievementValue } from '../../components/score/achievement-value.js';
import type { IndicatorScore } from '../../components/score/score-queries.js';
import { StatusBadge } from '../../components/score/status-badge.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { IndicatorItem } from '../indicator/indicator-queries.js';

interface NodeIndicatorsProps {
  indicators: IndicatorItem[];
  scores: Map<string, IndicatorScore>;
  year: number;
  decimals: number;
}

const UNIT_SUFFIX: Record<string, string> = { percent: '%', days: ' gg', euro: ' €' };

function useValueText() {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (value: number | boolean | string | null | undefined, unit: string | undefined): string => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'boolean') return value ? t('performance.common.yes') : t('performance.common.no');
    if (typeof value === 'number') return `${formatNumber(value, { locale })}${UNIT_SUFFIX[unit ?? ''] ?? ''}`;
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : value;
  };
}

export function NodeIndicators({ indicators, scores, year, decimals }: NodeIndicatorsProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const valueText = useValueText();
  if (indicators.length === 0) return <p>{t('performance.node.noIndicators')}</p>;
  return (
    <div className="table-responsive position-relative">
      <table className="table" data-testid="node-indicators">
        <caption>{t('performance.node.indicatorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('performance.node.indicator')}</th>
            <th scope="col">{t('performance.node.target', { year })}</th>
            <th scope="col" className="text-end">{t('performance.node.value')}</th>
            <th scope="col" className="text-end">{t('performance.tree.columns.weight')}</th>
            <th scope="col" className="text-end">{t('performance.tree.columns.achievement')}</th>
            <th scope="col">{t('performance.tree.columns.status')}</th>
            <th scope="col"><span className="visually-hidden">{t('performance.node.edit')}</span></th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const score = scores.get(indicator.code);
            return (
              <tr key={indicator.code} data-code={indicator.code}>
                <th scope="row"><code>{indicator.code}</code> {indicator.name}</th>
                <td>{indicator.targets?.[String(year)] ?? '—'}</td>
                <td className="text-end">{valueText(score?.value, indicator.unit)}</td>
                <td className="text-end">{indicator.weight === undefined ? '—' : formatNumber(indicator.weight, { locale })}</td>
                <td className="text-end"><AchievementValue rounded={score?.rounded ?? null} decimals={decimals} /></td>
                <td>{score ? <StatusBadge band={score.band} state={score.state} /> : null}</td>
                <td>
                  <Link to="/indicatori/$indicatorCode" params={{ indicatorCode: indicator.code }} aria-label={t('performance.node.editIndicator', { code: indicator.code })}>
                    {indicator.abilities.includes('indicator.update') ? t('performance.node.edit') : t('performance.node.open')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
