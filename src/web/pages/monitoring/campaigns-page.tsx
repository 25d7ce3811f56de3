/**
 * Rilevazioni: the year's monitoring periods with their campaign (dates, status), creating one for a
 * period, opening, closing and reopening it (with confirmation; reopening with a reason), and for the
 * campaign chosen the live completion (who has not entered what), reminders and explicit assignments.
 * Management is for the STP; the SG and validatori follow the completion.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Callout, CalloutText } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../components/problem-alert.js';
import { LoadFailure, usePlanRef, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { CampaignAssignments } from './campaign-assignments.js';
import { CampaignCompletion } from './campaign-completion.js';
import { CampaignForm } from './campaign-form.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { useMonitoringAbilities } from './monitoring-access.js';
import { MonitoringGate, StatusNote, usePeriodLabel, MonitoringTabs } from './monitoring-parts.js';
import {
  campaignQueryOptions, completionQueryOptions, cycleKey, cycleQueryOptions, inboxKey, sendReminders, transitionCampaign, type CyclePeriod,
} from './monitoring-queries.js';
import { validateMonitoringSearch } from './monitoring-search.js';

type CampaignAction = 'open' | 'close' | 'reopen';
const ACTIONS_BY_STATUS: Record<string, CampaignAction[]> = { planned: ['open'], open: ['close'], closed: ['reopen'] };

function CampaignActions({ plan, campaignId, periodEnd, onNotice }: { plan: WorkspacePlan; campaignId: string; periodEnd: string; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const queryClient = useQueryClient();
  const campaign = useQuery(campaignQueryOptions(plan, campaignId));
  const completion = useQuery({ ...completionQueryOptions(plan, campaignId), enabled: campaign.data?.status === 'open' });
  const [pending, setPending] = useState<CampaignAction | null>(null);
  const run = useMutation({
    mutationFn: ({ action, reason }: { action: CampaignAction; reason: string }) =>
      transitionCampaign(plan, campaignId, action, campaign.data!.version, action === 'reopen' ? reason : undefined),
  });
  if (!campaign.data) return null;
  const confirm = async (reason: string) => {
    if (!pending) return;
    try {
      const next = await run.mutateAsync({ action: pending, reason });
      setPending(null);
      onNotice(t('monitoring.campaigns.transitionDone', { status: t(`monitoring.campaignStates.${next.status}`) }));
      await Promise.all([queryClient.invalidateQueries({ queryKey: cycleKey(plan) }), queryClient.invalidateQueries({ queryKey: inboxKey })]);
    } catch {
      // shown in the dialog
    }
  };
  const date = formatDate(periodEnd, locale);
  const bodies: Record<CampaignAction, string> = {
    open: t('monitoring.campaigns.openConfirmBody', { date }),
    close: t('monitoring.campaigns.closeConfirmBody', { date, missing: completion.data ? completion.data.totals.missing + completion.data.totals.draft + completion.data.totals.rejected : '…' }),
    reopen: t('monitoring.campaigns.reopenConfirmBody'),
  };
  return (
    <>
      {(ACTIONS_BY_STATUS[campaign.data.status] ?? []).map((action) => (
        <Button key={action} color={action === 'open' ? 'primary' : 'secondary'} outline={action !== 'open'} size="xs" className="me-2"
          onClick={() => { run.reset(); setPending(action); }}>
          {t(`monitoring.campaigns.${action}`)}
        </Button>
      ))}
      <ConfirmDialog isOpen={pending !== null} busy={run.isPending} error={run.error} onCancel={() => setPending(null)} onConfirm={(reason) => void confirm(reason)}
        tone={pending === 'open' ? 'primary' : 'danger'}
        title={pending ? t(`monitoring.campaigns.${pending}ConfirmTitle`) : ''} confirmLabel={pending ? t(`monitoring.campaigns.${pending}`) : ''}
        reasonLabel={pending === 'reopen' ? t('monitoring.common.reason') : undefined}>
        <p>{pending ? bodies[pending] : ''}</p>
      </ConfirmDialog>
    </>
  );
}

function PeriodRow({ plan, period, manage, selected, onCreate, onSelect, onNotice }: {
  plan: WorkspacePlan; period: CyclePeriod; manage: boolean; selected: boolean; onCreate: () => void; onSelect: () => void; onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const label = usePeriodLabel();
  const campaign = period.campaign;
  return (
    <tr data-period={period.code} data-campaign-status={campaign?.status ?? 'none'} className={selected ? 'table-active' : undefined}>
      <th scope="row">{label(period)}</th>
      <td>{campaign ? formatDate(campaign.opensOn, locale) : '—'}</td>
      <td>{campaign ? formatDate(campaign.entryDeadline, locale) : '—'}</td>
      <td>{campaign ? formatDate(campaign.closesOn, locale) : '—'}</td>
      <td>{campaign ? t(`monitoring.campaignStates.${campaign.status as 'open'}`, { defaultValue: campaign.status }) : <span className="text-muted">{t('monitoring.campaigns.notCreated')}</span>}</td>
      <td>
        {!campaign && manage ? (
          <Button color="primary" size="xs" onClick={onCreate} aria-label={t('monitoring.campaigns.createFor', { date: formatDate(period.end, locale) })}>{t('monitoring.campaigns.create')}</Button>
        ) : null}
        {campaign && manage ? <CampaignActions plan={plan} campaignId={campaign.id} periodEnd={period.end} onNotice={onNotice} /> : null}
        {campaign ? (
          <Button color="secondary" outline size="xs" onClick={onSelect} aria-pressed={selected} aria-label={t('monitoring.campaigns.selectFor', { date: formatDate(period.end, locale) })}>
            {t('monitoring.campaigns.select')}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

function CampaignDetail({ plan, period, campaignId, manage }: { plan: WorkspacePlan; period: CyclePeriod; campaignId: string; manage: boolean }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const campaign = useQuery(campaignQueryOptions(plan, campaignId));
  const [notice, setNotice] = useState<string | null>(null);
  const remind = useMutation({ mutationFn: () => sendReminders(plan, campaignId) });
  if (campaign.error) return <LoadFailure error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <p role="status">{t('monitoring.common.loading')}</p>;
  const sendReminder = async () => {
    try {
      const result = await remind.mutateAsync();
      setNotice(result.notified === 0 ? t('monitoring.campaigns.remindNone') : t('monitoring.campaigns.remindDone', { count: result.notified }));
    } catch (error) {
      setNotice(problemMessage(error, language));
    }
  };
  return (
    <section aria-labelledby="campaign-detail-title" data-testid="campaign-detail">
      <h2 id="campaign-detail-title" className="h4">{t('monitoring.campaigns.detailHeading', { date: formatDate(period.end, locale) })}</h2>
      {campaign.data.note ? <p>{campaign.data.note}</p> : null}
      <CampaignCompletion plan={plan} campaignId={campaignId} />
      {manage && campaign.data.status === 'open' ? (
        <div className="d-flex gap-3 align-items-center mb-4">
          <Button color="primary" outline size="sm" onClick={() => void sendReminder()} disabled={remind.isPending}>{t('monitoring.campaigns.remind')}</Button>
          <StatusNote testId="remind-status" text={notice} />
        </div>
      ) : null}
      {manage ? <CampaignAssignments key={campaign.data.id} plan={plan} campaign={campaign.data} /> : null}
    </section>
  );
}

function CampaignsView({ campaignId }: { campaignId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanRef();
  const { manageCampaigns } = useMonitoringAbilities();
  const cycle = useQuery(cycleQueryOptions(plan, plan.year));
  const [creating, setCreating] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (cycle.error) return <LoadFailure error={cycle.error} onRetry={() => void cycle.refetch()} />;
  if (!cycle.data) return <p role="status">{t('monitoring.common.loading')}</p>;
  const periods = cycle.data.periods;
  const select = (id: string | undefined) => void navigate({ to: '/rilevazioni', search: id ? { campagna: id } : {}, replace: true });
  const selectedPeriod = periods.find((period) => period.campaign?.id === campaignId);
  const creatingPeriod = periods.find((period) => period.code === creating);
  if (periods.length === 0) return <Callout color="note" testId="no-periods"><CalloutText>{t('monitoring.common.noPeriodsBody', { year: plan.year })}</CalloutText></Callout>;
  return (
    <>
      <h2 className="h4">{t('monitoring.campaigns.listHeading', { year: plan.year })}</h2>
      {!manageCampaigns ? <p className="small">{t('monitoring.campaigns.readOnly')}</p> : null}
      {periods.every((period) => period.campaign === null) ? <p data-testid="campaigns-empty">{t('monitoring.campaigns.empty', { year: plan.year })}</p> : null}
      <StatusNote testId="campaigns-status" text={notice} />
      <div className="table-responsive">
        <table className="table" data-testid="campaigns-table">
          <caption className="visually-hidden">{t('monitoring.campaigns.caption', { year: plan.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monitoring.campaigns.periodEnd')}</th>
              <th scope="col">{t('monitoring.campaigns.opensOn')}</th>
              <th scope="col">{t('monitoring.campaigns.entryDeadline')}</th>
              <th scope="col">{t('monitoring.campaigns.closesOn')}</th>
              <th scope="col">{t('monitoring.campaigns.status')}</th>
              <th scope="col">{t('monitoring.campaigns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <PeriodRow key={period.code} plan={plan} period={period} manage={manageCampaigns} selected={period.campaign?.id === campaignId}
                onCreate={() => setCreating(period.code)} onSelect={() => select(period.campaign?.id === campaignId ? undefined : period.campaign?.id)} onNotice={setNotice} />
            ))}
          </tbody>
        </table>
      </div>
      {creatingPeriod ? (
        <CampaignForm plan={plan} period={creatingPeriod} onCancel={() => setCreating(null)}
          onDone={(created) => { setCreating(null); setNotice(t('monitoring.campaigns.createdMessage')); select(created.id); }} />
      ) : null}
      {selectedPeriod?.campaign ? <CampaignDetail plan={plan} period={selectedPeriod} campaignId={selectedPeriod.campaign.id} manage={manageCampaigns} /> : null}
    </>
  );
}

export function CampaignsPage() {
  const { t } = useTranslation();
  const search = validateMonitoringSearch(useSearch({ strict: false }));
  const abilities = useMonitoringAbilities();
  useDocumentTitle(t('monitoring.campaigns.title'));
  return (
    <>
      <MonitoringTabs />
      <h1>{t('monitoring.campaigns.title')}</h1>
      <p className="lead">{t('monitoring.campaigns.intro')}</p>
      <MonitoringGate allowed={abilities.campaigns} whatFor={t('monitoring.campaigns.whatFor')}>
        <CampaignsView campaignId={search.campagna} />
      </MonitoringGate>
    </>
  );
}
