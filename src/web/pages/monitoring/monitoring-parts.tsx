/**
 * Pieces the data-collection pages share: the gate (workspace plan and the caller's role), the period
 * choice (the period being collected by default), the campaign line, the value state and interim status
 * badges (icon and text, never colour alone).
 */
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Callout, CalloutText, CalloutTitle, Icon } from 'design-react-kit';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LabelledSelect } from '../../components/score/labelled-select.js';
import { LoadFailure, PerformanceGate, usePlanRef, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { allowedMonitoringPages, useMonitoringAbilities } from './monitoring-access.js';
import { cycleQueryOptions, type CycleOverview, type CyclePeriod, type InterimStatus } from './monitoring-queries.js';
import './monitoring.css';

export function MonitoringGate({ allowed, whatFor, children }: { allowed: boolean; whatFor: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PerformanceGate>
      {allowed ? children : (
        <Callout color="warning" testId="monitoring-forbidden">
          <CalloutTitle>{t('monitoring.common.forbiddenTitle')}</CalloutTitle>
          <CalloutText>{t('monitoring.common.forbiddenBody', { what: whatFor })}</CalloutText>
        </Callout>
      )}
    </PerformanceGate>
  );
}

/** The period a page starts on: the first whose campaign is open, else the last with a campaign, else the first. */
export function defaultPeriod(periods: CyclePeriod[]): CyclePeriod | undefined {
  return periods.find((period) => period.campaign?.status === 'open')
    ?? [...periods].reverse().find((period) => period.campaign !== null)
    ?? periods[0];
}

export function usePeriodLabel() {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (period: Pick<CyclePeriod, 'final' | 'end'>) =>
    t(period.final ? 'monitoring.common.finalOption' : 'monitoring.common.periodOption', { date: formatDate(period.end, locale) });
}

interface PeriodPickerProps {
  cycle: CycleOverview;
  chosen: CyclePeriod;
  onChange: (periodCode: string) => void;
}

export function PeriodPicker({ cycle, chosen, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  return (
    <LabelledSelect id="monitoring-period" label={t('monitoring.common.period')} value={chosen.code}
      options={cycle.periods.map((period) => ({ value: period.code, label: label(period) }))} onChange={onChange} testId="monitoring-period" />
  );
}

export function CampaignLine({ period }: { period: CyclePeriod }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const campaign = period.campaign;
  if (!campaign) return <p className="small" data-testid="campaign-line">{t('monitoring.common.noCampaign')}</p>;
  const status = t(`monitoring.campaignStates.${campaign.status as 'open'}`, { defaultValue: campaign.status });
  return (
    <p className="small" data-testid="campaign-line">
      {t('monitoring.common.campaignLine', { status, deadline: formatDate(campaign.entryDeadline, locale), closes: formatDate(campaign.closesOn, locale) })}
    </p>
  );
}

/**
 * Loads the year's cycle and resolves the chosen period; renders the children with them, or what to do
 * when the year has no periods.
 */
export function WithPeriod({ periodCode, onPeriod, children }: {
  periodCode: string | undefined;
  onPeriod: (code: string) => void;
  children: (input: { plan: WorkspacePlan; cycle: CycleOverview; period: CyclePeriod }) => ReactNode;
}) {
  const { t } = useTranslation();
  const plan = usePlanRef();
  const cycle = useQuery(cycleQueryOptions(plan, plan.year));
  if (cycle.error) return <LoadFailure error={cycle.error} onRetry={() => void cycle.refetch()} />;
  if (!cycle.data) return <p role="status">{t('monitoring.common.loading')}</p>;
  const period = cycle.data.periods.find((entry) => entry.code === periodCode) ?? defaultPeriod(cycle.data.periods);
  if (!period) {
    return (
      <Callout color="note" testId="no-periods">
        <CalloutTitle>{t('monitoring.common.noPeriodsTitle')}</CalloutTitle>
        <CalloutText>{t('monitoring.common.noPeriodsBody', { year: plan.year })}</CalloutText>
      </Callout>
    );
  }
  return (
    <>
      <div className="monitoring-toolbar">
        <PeriodPicker cycle={cycle.data} chosen={period} onChange={onPeriod} />
      </div>
      {children({ plan, cycle: cycle.data, period })}
    </>
  );
}

const STATE_ICONS: Record<string, string> = {
  none: 'it-help-circle', missing: 'it-help-circle', draft: 'it-pencil', submitted: 'it-upload', validated: 'it-locked', rejected: 'it-close-circle',
};

export function ValueStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  const known = state in STATE_ICONS ? (state as 'draft') : 'none';
  return (
    <span className={`value-state value-state-${known}`} data-state={state}>
      <Icon icon={STATE_ICONS[known] ?? 'it-help-circle'} size="xs" aria-hidden="true" />
      <span>{t(`monitoring.valueStates.${known}`)}</span>
    </span>
  );
}

const INTERIM_ICONS: Record<InterimStatus, string> = { in_linea: 'it-check-circle', a_rischio: 'it-warning-circle', critico: 'it-error' };

export function InterimBadge({ status }: { status: InterimStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <span className="interim interim-none" data-status="none">{t('monitoring.interim.none')}</span>;
  return (
    <span className={`interim interim-${status}`} data-status={status}>
      <Icon icon={INTERIM_ICONS[status]} size="xs" aria-hidden="true" />
      <span>{t(`monitoring.interim.${status}`)}</span>
    </span>
  );
}

/** A notice in a polite live region (saved, validated…): screen readers announce it without moving focus. */
export function StatusNote({ text, testId }: { text: string | null; testId?: string }) {
  return <p className="small mb-0 status-note" role="status" data-testid={testId}>{text ?? ''}</p>;
}

/** Links between the data-collection pages the user may use (the main navigation has one entry for them). */
export function MonitoringTabs() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const pages = allowedMonitoringPages(useMonitoringAbilities());
  return (
    <nav aria-label={t('monitoring.nav.pages')} className="monitoring-tabs mb-3">
      <ul className="nav nav-tabs">
        {pages.map((page) => (
          <li className="nav-item" key={page.to}>
            <Link to={page.to} className={pathname === page.to ? 'nav-link active' : 'nav-link'} aria-current={pathname === page.to ? 'page' : undefined}>
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
