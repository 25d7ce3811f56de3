/**
 * The entity, plan and year switches, under the navigation bar. Native selects: they work with the
 * keyboard and screen readers everywhere. A switch with a single choice is shown as plain text.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanStatusText } from '../components/plan-status-label.js';
import { planName } from '../components/plan-name.js';
import { useWorkspace } from '../workspace/workspace-context.js';

interface SwitchProps {
  label: string;
  value: string;
  options: Array<{ value: string; text: string }>;
  onChange: (value: string) => void;
  testId: string;
}

function WorkspaceSwitch({ label, value, options, onChange, testId }: SwitchProps) {
  const id = useId();
  if (options.length === 1) {
    return (
      <div className="workspace-field">
        <span className="d-block small fw-semibold">{label}</span>
        <span data-testid={testId}>{options[0]?.text}</span>
      </div>
    );
  }
  return (
    <div className="workspace-field select-wrapper">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.text}</option>)}
      </select>
    </div>
  );
}

function PlanAndYearSwitches(): ReactNode {
  const { t } = useTranslation();
  const statusText = usePlanStatusText();
  const { plans, plan, plansStatus, year, selectPlan, selectYear } = useWorkspace();
  if (plansStatus === 'error') return null; // the page explains the failure
  if (plansStatus === 'pending') {
    return <p className="mb-0 align-self-end" role="status">{t('workspace.loadingPlans')}</p>;
  }
  if (!plan || year === null) return <p className="mb-0 align-self-end">{t('workspace.noPlans')}</p>;
  const years = [...plan.years].sort((a, b) => a.year - b.year);
  return (
    <>
      <WorkspaceSwitch
        label={t('workspace.plan')}
        value={plan.code}
        options={plans.map((option) => ({ value: option.code, text: planName(option) }))}
        onChange={selectPlan}
        testId="workspace-plan"
      />
      <WorkspaceSwitch
        label={t('workspace.year')}
        value={String(year)}
        options={years.map((entry) => ({ value: String(entry.year), text: t('workspace.yearOption', { year: entry.year, status: statusText(entry.status) }) }))}
        onChange={(value) => selectYear(Number(value))}
        testId="workspace-year"
      />
    </>
  );
}

export function WorkspaceBar() {
  const { t } = useTranslation();
  const { entities, entity, selectEntity } = useWorkspace();
  if (!entity) return null;
  return (
    <div className="workspace-bar" role="group" aria-label={t('header.workspace')}>
      <div className="container-xxl shell-content py-2 d-flex flex-wrap column-gap-5 row-gap-2">
        <WorkspaceSwitch
          label={t('workspace.entity')}
          value={entity.code}
          options={entities.map((option) => ({ value: option.code, text: option.name }))}
          onChange={selectEntity}
          testId="workspace-entity"
        />
        <PlanAndYearSwitches />
      </div>
    </div>
  );
}
