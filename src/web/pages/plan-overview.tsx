/** The selected plan: title, code, period, what it contains, and its years with their status. */
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { PlanCounts, PlanDetail } from '../api/plans.js';
import { planName } from '../components/plan-name.js';
import { PlanStatusLabel, usePlanStatusMeaning } from '../components/plan-status-label.js';
import { formatNumber, formatYearRange } from '../i18n/format.js';
import { useAppLanguage } from '../i18n/use-app-language.js';
import { useWorkspace } from '../workspace/workspace-context.js';

const countKeys = ['nodes', 'indicators', 'measures', 'periods', 'values'] as const satisfies ReadonlyArray<keyof PlanCounts>;

function PlanCountsList({ counts }: { counts: PlanCounts }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (
    <>
      <h3 className="h5">{t('home.countsCaption')}</h3>
      <dl className="row mb-4" data-testid="plan-counts">
        {countKeys.map((key) => (
          <div key={key} className="col-6 col-md-4 col-lg-2">
            <dt className="small fw-normal">{t(`home.counts.${key}`)}</dt>
            <dd className="h4">{formatNumber(counts[key], { locale })}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function PlanYearsTable({ plan, year }: { plan: PlanDetail; year: number | null }) {
  const { t } = useTranslation();
  const meaning = usePlanStatusMeaning();
  const years = [...plan.years].sort((a, b) => a.year - b.year);
  return (
    <div className="table-responsive">
      <table className="table" data-testid="plan-years">
        <caption>{t('home.yearsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.year')}</th>
            <th scope="col">{t('home.status')}</th>
            <th scope="col">{t('home.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((entry) => {
            const selected = entry.year === year;
            return (
              <tr key={entry.year} className={selected ? 'table-active' : undefined} aria-current={selected ? 'true' : undefined}>
                <th scope="row">
                  {entry.year}
                  {selected ? <> <span className="badge bg-primary ms-1">{t('home.selectedYear')}</span></> : null}
                </th>
                <td><PlanStatusLabel status={entry.status} /></td>
                <td>{meaning(entry.status)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OtherPlans() {
  const { t } = useTranslation();
  const { plans, plan, selectPlan } = useWorkspace();
  const others = plans.filter((candidate) => candidate.code !== plan?.code);
  if (others.length === 0) return null;
  return (
    <section className="mt-5" aria-labelledby="other-plans-heading">
      <h3 id="other-plans-heading" className="h4">{t('home.otherPlans')}</h3>
      <ul className="list-unstyled">
        {others.map((other) => (
          <li key={other.code} className="mb-2">
            <Button color="primary" outline size="sm" onClick={() => selectPlan(other.code)}>
              {planName(other)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlanOverview({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { year } = useWorkspace();
  return (
    <section className="mt-4" aria-labelledby="plan-heading">
      <p className="text-uppercase small fw-semibold mb-1">{t('home.planHeading')}</p>
      <h2 id="plan-heading" className="h3" data-testid="plan-title">{plan.title}</h2>
      <dl className="row mb-4">
        <dt className="col-sm-3 col-lg-2">{t('home.planCode')}</dt>
        <dd className="col-sm-9 col-lg-10" data-testid="plan-code">{plan.code}</dd>
        <dt className="col-sm-3 col-lg-2">{t('home.planPeriod')}</dt>
        <dd className="col-sm-9 col-lg-10">{formatYearRange(plan.firstYear, plan.lastYear)}</dd>
      </dl>
      {plan.counts ? <PlanCountsList counts={plan.counts} /> : null}
      <PlanYearsTable plan={plan} year={year} />
      <OtherPlans />
    </section>
  );
}
