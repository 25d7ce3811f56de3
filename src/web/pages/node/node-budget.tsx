/** The node's budget for the year: revenue, costs and investments, planned and actual, in euro. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { BudgetYear } from './node-queries.js';

const ITEMS = ['revenue', 'costs', 'investments'] as const;

export function NodeBudget({ budget, year }: { budget: Record<string, BudgetYear> | null; year: number }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const entry = budget?.[String(year)];
  const rows = ITEMS.filter((item) => entry?.[item] !== undefined);
  if (!entry || rows.length === 0) return <p>{t('performance.node.noBudget', { year })}</p>;
  const euro = (value: number | undefined) => (value === undefined ? '—' : `${formatNumber(value, { locale, decimals: 2 })} €`);
  return (
    <div className="table-responsive position-relative">
      <table className="table table-sm" data-testid="node-budget">
        <caption>{t('performance.node.budgetCaption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('performance.node.budgetItem')}</th>
            <th scope="col" className="text-end">{t('performance.node.planned')}</th>
            <th scope="col" className="text-end">{t('performance.node.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr key={item}>
              <th scope="row">{t(`performance.node.${item}`)}</th>
              <td className="text-end">{euro(entry[item]?.planned)}</td>
              <td className="text-end">{euro(entry[item]?.actual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
