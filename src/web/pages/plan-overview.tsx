/** The selected plan: title, code, period, and a table of its years with their status in the cycle. */
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { PlanStatusLabel, usePlanStatusMeaning } from '../components/plan-status-label.js';
import { formatYearRange } from '../i18n/format.js';
import { useWorkspace } from '../workspace/workspace-context.js';
import { pickYear } from '../workspace/workspace-selection.js';

function OtherPlans() {
  const { t } = useTranslation();
  const { plans, plan, year, selectPlanYear } = useWorkspace();
  const others = plans.filter((candidate) => candidate.code !== plan?.code);
  if (others.length === 0) return null;
  return (
    <section className="mt-5" aria-labelledby="other-plans-heading">
      <h3 id="other-plans-heading" className="h4">{t('home.otherPlans')}</h3>
      <ul className="list-unstyled">
        {others.map((other) => (
          <li key={other.code} className="mb-2">
            <Button
              color="primary"
              outline
              size="sm"
              onClick={() => selectPlanYear(other.code, pickYear(other, year ?? undefined, year ?? other.firstYear) ?? other.firstYear)}
            >
              {other.title} ({formatYearRange(other.firstYear, other.lastYear)})
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlanOverview() {
  const { t } = useTranslation();
  const meaning = usePlanStatusMeaning();
  const { plan, year } = useWorkspace();
  if (!plan) return null;
  const years = [...plan.years].sort((a, b) => a.year - b.year);
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
                    {selected ? <span className="badge bg-primary ms-2">{t('home.selectedYear')}</span> : null}
                  </th>
                  <td><PlanStatusLabel status={entry.status} /></td>
                  <td>{meaning(entry.status)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <OtherPlans />
    </section>
  );
}
