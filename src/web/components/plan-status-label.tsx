/** A plan year's status as an icon plus text (never colour alone), in the current language. */
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

const knownStatuses = {
  planning: 'it-calendar',
  approved: 'it-check',
  monitoring: 'it-chart-line',
  revised: 'it-pencil',
  closed: 'it-locked',
  validated: 'it-check-circle',
  frozen: 'it-locked',
} as const;

export type KnownPlanStatus = keyof typeof knownStatuses;

export function isKnownPlanStatus(status: string): status is KnownPlanStatus {
  return Object.hasOwn(knownStatuses, status);
}

/** The status' label as plain text (for <option> elements, which cannot hold icons). */
export function usePlanStatusText(): (status: string) => string {
  const { t } = useTranslation();
  return (status) => (isKnownPlanStatus(status) ? t(`planStatus.${status}`) : t('planStatus.unknown', { status }));
}

export function PlanStatusLabel({ status }: { status: string }) {
  const statusText = usePlanStatusText();
  const icon = isKnownPlanStatus(status) ? knownStatuses[status] : 'it-info-circle';
  return (
    <span className={`plan-status plan-status-${isKnownPlanStatus(status) ? status : 'unknown'}`}>
      <Icon icon={icon} size="sm" color="primary" aria-hidden="true" />
      <span>{statusText(status)}</span>
    </span>
  );
}

export function usePlanStatusMeaning(): (status: string) => string {
  const { t } = useTranslation();
  return (status) => (isKnownPlanStatus(status) ? t(`planStatusMeaning.${status}`) : t('planStatusMeaning.unknown'));
}
