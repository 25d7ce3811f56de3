/** The node's details: level, parent, weight, first year, budget classification, units, description. */
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { levelLabel } from '../tree/level-label.js';
import type { PlanNodeItem } from './node-queries.js';
import { RichText } from './rich-text.js';

interface NodeSummaryProps {
  node: PlanNodeItem;
  parent: PlanNodeItem | undefined;
  unitName: (code: string) => string | undefined;
  periodo: string | undefined;
}

function UnitList({ codes, unitName }: { codes: string[]; unitName: (code: string) => string | undefined }) {
  const { t } = useTranslation();
  if (codes.length === 0) return <>{t('performance.common.none')}</>;
  return <ul className="list-unstyled mb-0">{codes.map((code) => <li key={code}><code>{code}</code> {unitName(code) ?? ''}</li>)}</ul>;
}

export function NodeSummary({ node, parent, unitName, periodo }: NodeSummaryProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (
    <>
      <dl className="row node-details" data-testid="node-details">
        <dt className="col-sm-4">{t('performance.node.level')}</dt>
        <dd className="col-sm-8">{levelLabel(t, node.level, node.section)}</dd>
        <dt className="col-sm-4">{t('performance.node.parent')}</dt>
        <dd className="col-sm-8">
          {parent ? (
            <Link to="/obiettivi/$nodeCode" params={{ nodeCode: parent.code }} search={periodo ? { periodo } : {}}><code>{parent.code}</code> {parent.title}</Link>
          ) : t('performance.common.none')}
        </dd>
        <dt className="col-sm-4">{t('performance.node.weight')}</dt>
        <dd className="col-sm-8">{node.weight === null ? t('performance.tree.noWeight') : formatNumber(node.weight, { locale })}</dd>
        {node.firstYear !== null ? (<><dt className="col-sm-4">{t('performance.node.firstYear')}</dt><dd className="col-sm-8">{node.firstYear}</dd></>) : null}
        {node.budgetProgram ? (
          <><dt className="col-sm-4">{t('performance.node.budgetProgram')}</dt><dd className="col-sm-8">{t('performance.node.budgetProgramValue', node.budgetProgram)}</dd></>
        ) : null}
        <dt className="col-sm-4">{t('performance.node.responsible')}</dt>
        <dd className="col-sm-8"><UnitList codes={node.units.responsible} unitName={unitName} /></dd>
        <dt className="col-sm-4">{t('performance.node.involved')}</dt>
        <dd className="col-sm-8"><UnitList codes={node.units.involved} unitName={unitName} /></dd>
      </dl>
      <h3 className="h5">{t('performance.node.description')}</h3>
      {node.description ? <RichText html={node.description} className="node-description" /> : <p>{t('performance.node.noDescription')}</p>}
    </>
  );
}
