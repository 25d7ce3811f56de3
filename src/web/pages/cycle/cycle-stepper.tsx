/**
 * The plan year's lifecycle as a stepper: bozza → approvato → in monitoraggio → rivisto → chiuso →
 * validato OIV → congelato. Each step says in words whether it is done, current, to do or skipped
 * (icon and text, never colour alone) and carries its act or record.
 */
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { useActText } from './act-fields.js';
import type { CycleOverview, PlanYearState } from './cycle-queries.js';
import { cycleSteps, type StepStatus } from './cycle-steps.js';

const ICONS: Record<StepStatus, string> = { done: 'it-check-circle', current: 'it-arrow-right-circle', todo: 'it-radio-button', skipped: 'it-minus-circle' };

function useStepDetail(cycle: CycleOverview): (state: PlanYearState) => string[] {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const actText = useActText();
  return (state) => {
    switch (state) {
      case 'approved': return cycle.approvalAct ? [t('lifecycle.stepper.approvedBy', { act: actText(cycle.approvalAct) ?? '—' })] : [];
      case 'monitoring': return cycle.periods.length > 0 ? [t('lifecycle.stepper.periods', { count: cycle.periods.length })] : [];
      case 'revised': return cycle.revisions.filter((revision) => revision.status === 'approved')
        .map((revision) => t('lifecycle.stepper.revisedBy', { number: revision.number, act: actText(revision.act) ?? '—' }));
      case 'validated': return cycle.validation ? [t('lifecycle.stepper.validatedBy', { date: formatDateTime(cycle.validation.validatedAt, locale), who: cycle.validation.validatedBy ?? '—' })] : [];
      case 'frozen': return cycle.snapshot ? [t('lifecycle.stepper.frozenOn', { date: formatDate(cycle.snapshot.createdAt, locale) })] : [];
      default: return [];
    }
  };
}

export function CycleStepper({ cycle }: { cycle: CycleOverview }) {
  const { t } = useTranslation();
  const detail = useStepDetail(cycle);
  const steps = cycleSteps(cycle.status, cycle.revisions.filter((revision) => revision.status === 'approved').length);
  return (
    <ol className="cycle-stepper" aria-label={t('lifecycle.stepper.label', { year: cycle.year })} data-testid="cycle-stepper">
      {steps.map((step, index) => (
        <li key={step.state} className={`cycle-step cycle-step-${step.status}`} data-state={step.state} data-status={step.status}
          aria-current={step.status === 'current' ? 'step' : undefined}>
          <span className="cycle-step-marker">
            <Icon icon={ICONS[step.status]} size="sm" color={step.status === 'todo' || step.status === 'skipped' ? 'secondary' : 'primary'} aria-hidden="true" />
            <span className="cycle-step-number">{index + 1}</span>
          </span>
          <span className="cycle-step-name">{t(`lifecycle.states.${step.state}`)}</span>
          <span className="cycle-step-status">{t(`lifecycle.stepper.${step.status === 'skipped' ? 'skipped' : step.status}`)}</span>
          {detail(step.state).map((line) => <span key={line} className="cycle-step-detail">{line}</span>)}
        </li>
      ))}
    </ol>
  );
}
