/**
 * /calibrazione — the distribution of the year's card scores per evaluator or per unit (chart and
 * table: count, mean, min, max, standard deviation, share ≥ 95), the flat-rating flags with their
 * messages, and each card's score (current, or final once proposed) opening the card. stp, sg, oiv.
 */
import { useState } from 'react';
import { Callout, CalloutText } from 'design-react-kit';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { CardsSubnav } from './cards-subnav.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { CalibrationChart } from './calibration-chart.js';
import { pointsText } from './card-format.js';
import { calibrationQueryOptions, type CalibrationReport } from './card-queries.js';

function GroupsTable({ report, caption }: { report: CalibrationReport; caption: string }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, { locale, decimals: 2 }));
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="calibration-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cards.calibration.group')}</th>
            <th scope="col" className="text-end">{t('cards.calibration.count')}</th>
            <th scope="col" className="text-end">{t('cards.calibration.mean')}</th>
            <th scope="col" className="text-end">{t('cards.calibration.min')}</th>
            <th scope="col" className="text-end">{t('cards.calibration.max')}</th>
            <th scope="col" className="text-end">{t('cards.calibration.stdDev')}</th>
            <th scope="col" className="text-end">{t('cards.calibration.shareHigh', { threshold: formatNumber(report.highThreshold, { locale }) })}</th>
            <th scope="col" className="text-end">{t('cards.calibration.unscored')}</th>
            <th scope="col">{t('cards.calibration.flag')}</th>
          </tr>
        </thead>
        <tbody>
          {[...report.groups, { ...report.overall, label: { it: t('cards.calibration.overall'), en: t('cards.calibration.overall') } }].map((group, i) => (
            <tr key={`${group.key}-${i}`} className={i === report.groups.length ? 'fw-semibold' : undefined}>
              <th scope="row">{group.label[language]}</th>
              <td className="text-end">{group.stats.count}</td>
              <td className="text-end">{number(group.stats.mean)}</td>
              <td className="text-end">{number(group.stats.min)}</td>
              <td className="text-end">{number(group.stats.max)}</td>
              <td className="text-end">{number(group.stats.stdDev)}</td>
              <td className="text-end">{group.stats.shareHigh === null ? '—' : pointsText(group.stats.shareHigh, locale, 0)}</td>
              <td className="text-end">{group.unscored}</td>
              <td>{group.flat ? <span className="badge bg-danger">{t('cards.calibration.flat')}</span> : <span className="badge bg-success">{t('cards.calibration.ok')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CalibrationContent() {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const plan = usePlanRef();
  const [by, setBy] = useState<'evaluator' | 'unit'>('evaluator');
  const query = useQuery(calibrationQueryOptions(plan.entityCode, plan.year));
  if (query.isPending) return <p role="status">{t('cards.common.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (data.cards.length === 0) return <div data-testid="calibration-empty"><Callout color="note"><CalloutText>{t('cards.calibration.empty', { year: plan.year })}</CalloutText></Callout></div>;
  const report = by === 'unit' ? data.byUnit : data.byEvaluator;
  const byLabel = by === 'unit' ? t('cards.calibration.byUnit') : t('cards.calibration.byEvaluator');
  const flags = report.groups.filter((group) => group.message !== null);
  return (
    <>
      <p className="lead">{t('cards.calibration.intro', { year: plan.year })}</p>
      <fieldset className="mb-3">
        <legend className="h6">{t('cards.calibration.by')}</legend>
        {(['evaluator', 'unit'] as const).map((option) => (
          <div className="form-check form-check-inline" key={option}>
            <input className="form-check-input" type="radio" name="calibration-by" id={`calibration-by-${option}`} checked={by === option} onChange={() => setBy(option)} />
            <label className="form-check-label" htmlFor={`calibration-by-${option}`}>{option === 'unit' ? t('cards.calibration.byUnit') : t('cards.calibration.byEvaluator')}</label>
          </div>
        ))}
      </fieldset>
      <section aria-labelledby="calibration-flags" className="mb-4">
        <h2 id="calibration-flags" className="h4">{t('cards.calibration.flagsTitle')}</h2>
        {flags.length === 0 ? <p data-testid="calibration-no-flags">{t('cards.calibration.noFlags')}</p>
          : <ul data-testid="calibration-flags">{flags.map((group) => <li key={group.key}>{group.message![language]}</li>)}</ul>}
      </section>
      <CalibrationChart key={by} data={data} report={report} by={by} />
      <GroupsTable report={report} caption={t('cards.calibration.caption', { by: byLabel.toLowerCase() })} />
      <div className="table-responsive">
        <table className="table table-sm" data-testid="calibration-cards">
          <caption>{t('cards.calibration.cardsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cards.common.person')}</th>
              <th scope="col">{t('cards.common.evaluator')}</th>
              <th scope="col">{t('cards.common.unit')}</th>
              <th scope="col">{t('cards.common.state')}</th>
              <th scope="col" className="text-end">{t('cards.common.raw')}</th>
              <th scope="col" className="text-end">{t('cards.common.adjusted')}</th>
            </tr>
          </thead>
          <tbody>
            {data.cards.map((card) => (
              <tr key={card.code}>
                <th scope="row"><Link to="/schede/$cardCode" params={{ cardCode: card.code }} search={{ anno: plan.year }}>{card.person.name}</Link></th>
                <td>{card.evaluator?.name ?? card.evaluator?.code ?? '—'}</td>
                <td>{card.orgUnit ?? '—'}</td>
                <td>{t(`cards.states.${card.state}` as 'cards.states.draft', { defaultValue: card.state })}</td>
                <td className="text-end">{pointsText(card.raw, locale)}</td>
                <td className="text-end">{pointsText(card.adjusted, locale)} <span className="small text-muted">({card.frozen ? t('cards.calibration.frozen') : t('cards.calibration.liveScore')})</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function CalibrationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cards.calibration.title'));
  return (
    <>
      <h1>{t('cards.calibration.title')}</h1>
      <CardsSubnav />
      <PerformanceGate><CalibrationContent /></PerformanceGate>
    </>
  );
}
