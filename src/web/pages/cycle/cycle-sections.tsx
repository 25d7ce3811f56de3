/** The cycle page's tables: periods with their campaigns, the plan's versions (revisions), the OIV's record, the year's audit trail. */
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { useActText } from './act-fields.js';
import { yearTrailQueryOptions, type AuditEntry, type CycleOverview } from './cycle-queries.js';

const CAMPAIGN_STATES = ['planned', 'open', 'closed'] as const;

export function PeriodsSection({ cycle }: { cycle: CycleOverview }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const campaignText = (status: string) => ((CAMPAIGN_STATES as readonly string[]).includes(status) ? t(`lifecycle.periods.campaignStates.${status as 'open'}`) : status);
  return (
    <section aria-labelledby="cycle-periods" className="cycle-section">
      <h2 id="cycle-periods" className="h4">{t('lifecycle.periods.heading')}</h2>
      {cycle.periods.length === 0 ? <p>{t('lifecycle.periods.empty')}</p> : (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption>{t('lifecycle.periods.caption', { year: cycle.year })}</caption>
            <thead><tr>
              <th scope="col">{t('lifecycle.periods.period')}</th><th scope="col">{t('lifecycle.periods.end')}</th>
              <th scope="col">{t('lifecycle.periods.campaign')}</th><th scope="col">{t('lifecycle.periods.deadline')}</th>
            </tr></thead>
            <tbody>
              {cycle.periods.map((period) => (
                <tr key={period.code}>
                  <th scope="row">{period.code} {period.final ? t('lifecycle.periods.final') : null}</th>
                  <td>{formatDate(period.end, locale)}</td>
                  <td>{period.campaign ? campaignText(period.campaign.status) : t('lifecycle.periods.none')}</td>
                  <td>{period.campaign ? formatDate(period.campaign.entryDeadline, locale) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function RevisionsSection({ cycle }: { cycle: CycleOverview }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const actText = useActText();
  return (
    <section aria-labelledby="cycle-revisions" className="cycle-section">
      <h2 id="cycle-revisions" className="h4">{t('lifecycle.revisions.heading')}</h2>
      <p>{t('lifecycle.revisions.original')}: {actText(cycle.approvalAct) ?? '—'}</p>
      {cycle.revisions.length === 0 ? <p data-testid="revisions-empty">{t('lifecycle.revisions.empty')}</p> : (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="revisions-table">
            <caption>{t('lifecycle.revisions.caption', { year: cycle.year })}</caption>
            <thead><tr>
              <th scope="col">{t('lifecycle.revisions.number')}</th><th scope="col">{t('lifecycle.revisions.reason')}</th>
              <th scope="col">{t('lifecycle.revisions.status')}</th><th scope="col">{t('lifecycle.revisions.act')}</th>
              <th scope="col">{t('lifecycle.revisions.approvedAt')}</th><th scope="col"><span className="visually-hidden">{t('lifecycle.revisions.open')}</span></th>
            </tr></thead>
            <tbody>
              {cycle.revisions.map((revision) => (
                <tr key={revision.number} data-revision={revision.number}>
                  <th scope="row">{revision.number}</th>
                  <td>{revision.reason}</td>
                  <td>{revision.status === 'draft' ? t('lifecycle.revisions.draft') : t('lifecycle.revisions.approved')}</td>
                  <td>{actText(revision.act) ?? '—'}</td>
                  <td>{revision.approvedAt ? formatDate(revision.approvedAt, locale) : '—'}</td>
                  <td>
                    <Link to="/ciclo/rimodulazioni/$number" params={{ number: String(revision.number) }}>
                      {t('lifecycle.revisions.open')}<span className="visually-hidden"> {revision.number}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ValidationRecord({ cycle }: { cycle: CycleOverview }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const validation = cycle.validation;
  if (!validation) return null;
  const itemText = (item: string) => t(`lifecycle.oiv.items.${item as 'sources_documented'}`, { defaultValue: item });
  const answerText = (answer: string) => t(`lifecycle.oiv.answers.${answer as 'yes'}`, { defaultValue: answer });
  return (
    <section aria-labelledby="cycle-validation" className="cycle-section" data-testid="validation-record">
      <h2 id="cycle-validation" className="h4">{t('lifecycle.oiv.recordHeading')}</h2>
      <p>{t('lifecycle.oiv.recordBy', { date: formatDateTime(validation.validatedAt, locale), who: validation.validatedBy ?? '—' })}</p>
      <p className="cycle-notes">{validation.notes}</p>
      <ul>
        {validation.checklist.map((entry) => (
          <li key={entry.item}>{itemText(entry.item)}: <strong>{answerText(entry.answer)}</strong>{entry.note ? ` — ${entry.note}` : null}</li>
        ))}
      </ul>
    </section>
  );
}

function stateOf(side: unknown): string | null {
  const status = (side as { status?: unknown } | null)?.status;
  return typeof status === 'string' ? status : null;
}

export function TrailSection({ plan }: { plan: WorkspacePlan }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const trail = useQuery(yearTrailQueryOptions(plan));
  const stateText = (state: string | null) => (state ? t(`lifecycle.states.${state as 'planning'}`, { defaultValue: state }) : '—');
  const actionText = (entry: AuditEntry) => t(`lifecycle.trail.actions.${entry.action as 'approve'}`, { defaultValue: entry.action });
  if (trail.isPending) return <p role="status">{t('common.loading')}</p>;
  if (trail.isError) return null;
  return (
    <section aria-labelledby="cycle-trail" className="cycle-section">
      <h2 id="cycle-trail" className="h4">{t('lifecycle.trail.heading')}</h2>
      {trail.data.length === 0 ? <p>{t('lifecycle.trail.empty')}</p> : (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="cycle-trail">
            <caption>{t('lifecycle.trail.caption', { year: plan.year })}</caption>
            <thead><tr>
              <th scope="col">{t('lifecycle.trail.when')}</th><th scope="col">{t('lifecycle.trail.action')}</th>
              <th scope="col">{t('lifecycle.trail.from')}</th><th scope="col">{t('lifecycle.trail.to')}</th><th scope="col">{t('lifecycle.trail.who')}</th>
            </tr></thead>
            <tbody>
              {trail.data.map((entry) => (
                <tr key={entry.id} data-action={entry.action}>
                  <td>{formatDateTime(entry.at, locale)}</td>
                  <th scope="row">{actionText(entry)}</th>
                  <td>{stateText(stateOf(entry.before))}</td>
                  <td>{stateText(stateOf(entry.after))}</td>
                  <td data-testid="trail-user">{entry.username ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
