/**
 * The entity switch and the plan-year switch, under the navigation bar. Native selects: they work
 * with the keyboard and screen readers everywhere. An entity switch with one entity is plain text.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanStatusText } from '../components/plan-status-label.js';
import { formatYearRange } from '../i18n/format.js';
import { useWorkspace } from '../workspace/workspace-context.js';

const separator = '|';

function EntitySwitch() {
  const { t } = useTranslation();
  const id = useId();
  const { entities, entity, selectEntity } = useWorkspace();
  if (!entity) return null;
  if (entities.length === 1) {
    return (
      <div className="workspace-field">
        <span className="d-block small fw-semibold">{t('workspace.entity')}</span>
        <span data-testid="workspace-entity">{entity.name}</span>
      </div>
    );
  }
  return (
    <div className="workspace-field select-wrapper">
      <label htmlFor={id}>{t('workspace.entity')}</label>
      <select id={id} value={entity.code} onChange={(event) => selectEntity(event.target.value)}>
        {entities.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
      </select>
    </div>
  );
}

function PlanYearSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const statusText = usePlanStatusText();
  const { entity, plans, plan, year, plansStatus, selectPlanYear } = useWorkspace();
  if (!entity) return null;
  if (plansStatus === 'error') return null; // the page explains the failure
  if (plansStatus === 'pending') return <p className="mb-0 align-self-end" role="status">{t('workspace.loadingPlans')}</p>;
  if (!plan || year === null) return <p className="mb-0 align-self-end">{t('workspace.noPlans')}</p>;

  const onChange = (value: string) => {
    const cut = value.lastIndexOf(separator); // plan codes are free text: the year is after the last separator
    selectPlanYear(value.slice(0, cut), Number(value.slice(cut + 1)));
  };
  return (
    <div className="workspace-field select-wrapper">
      <label htmlFor={id}>{t('workspace.planYear')}</label>
      <select id={id} value={`${plan.code}${separator}${year}`} onChange={(event) => onChange(event.target.value)}>
        {plans.map((option) => (
          <optgroup key={option.code} label={`${option.title} (${formatYearRange(option.firstYear, option.lastYear)})`}>
            {option.years.map((entry) => (
              <option key={entry.year} value={`${option.code}${separator}${entry.year}`}>
                {t('workspace.yearOption', { year: entry.year, status: statusText(entry.status) })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function WorkspaceBar() {
  const { t } = useTranslation();
  return (
    <div className="workspace-bar" role="group" aria-label={t('header.workspace')}>
      <div className="container-xxl shell-content py-2 d-flex flex-wrap column-gap-5 row-gap-2">
        <EntitySwitch />
        <PlanYearSwitch />
      </div>
    </div>
  );
}
