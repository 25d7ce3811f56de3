/** The node's children with weight, achievement and status, each opening its own page. */
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { naturalCodeCompare } from '../../../core/plan/plan-index.js';
import { AchievementValue } from '../../components/score/achievement-value.js';
import type { NodeScore } from '../../components/score/score-queries.js';
import { StatusBadge } from '../../components/score/status-badge.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { levelLabel } from '../tree/level-label.js';
import type { PlanNodeItem } from './node-queries.js';

interface NodeChildrenProps {
  children: PlanNodeItem[];
  scores: Map<string, NodeScore>;
  decimals: number;
  periodo: string | undefined;
}

export function NodeChildren({ children, scores, decimals, periodo }: NodeChildrenProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (children.length === 0) return <p>{t('performance.node.noChildren')}</p>;
  const sorted = [...children].sort((a, b) => naturalCodeCompare(a.code, b.code));
  return (
    <div className="table-responsive position-relative">
      <table className="table" data-testid="node-children">
        <caption>{t('performance.node.childrenCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('performance.tree.columns.title')}</th>
            <th scope="col">{t('performance.tree.columns.level')}</th>
            <th scope="col" className="text-end">{t('performance.tree.columns.weight')}</th>
            <th scope="col" className="text-end">{t('performance.tree.columns.achievement')}</th>
            <th scope="col">{t('performance.tree.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((child) => {
            const score = scores.get(child.code);
            return (
              <tr key={child.code}>
                <th scope="row">
                  <Link to="/obiettivi/$nodeCode" params={{ nodeCode: child.code }} search={periodo ? { periodo } : {}}>
                    <code>{child.code}</code> {child.title}
                  </Link>
                </th>
                <td>{levelLabel(t, child.level, child.section)}</td>
                <td className="text-end">{child.weight === null ? '—' : formatNumber(child.weight, { locale })}</td>
                <td className="text-end"><AchievementValue rounded={score?.rounded ?? null} decimals={decimals} /></td>
                <td>{score ? <StatusBadge band={score.band} state={score.state} /> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
