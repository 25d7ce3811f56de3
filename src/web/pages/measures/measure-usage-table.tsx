/** The indicators whose formula uses a measure, by code or by name, each opening its editor. */
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeasureDetail } from './measure-queries.js';

export function MeasureUsageTable({ usedBy }: { usedBy: MeasureDetail['usedBy'] }) {
  const { t } = useTranslation();
  if (usedBy.length === 0) return <p data-testid="measure-no-usage">{t('performance.measures.noUsage')}</p>;
  return (
    <div className="table-responsive position-relative">
      <table className="table table-sm" data-testid="measure-usage">
        <caption>{t('performance.measures.usageCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('performance.node.indicator')}</th>
            <th scope="col">{t('performance.indicator.node')}</th>
            <th scope="col">{t('performance.measures.usageBy')}</th>
          </tr>
        </thead>
        <tbody>
          {usedBy.map((use) => (
            <tr key={use.indicator}>
              <th scope="row"><Link to="/indicatori/$indicatorCode" params={{ indicatorCode: use.indicator }}><code>{use.indicator}</code> {use.name}</Link></th>
              <td><Link to="/obiettivi/$nodeCode" params={{ nodeCode: use.nodeCode }}>{use.nodeCode}</Link></td>
              <td>{use.by === 'code' ? t('performance.measures.byCode') : t('performance.measures.byName')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
