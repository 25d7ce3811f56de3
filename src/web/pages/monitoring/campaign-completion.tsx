/**
 * Who has not entered what: per org unit, its referenti, how many measures are entered, submitted,
 * validated, and the list of those still missing or to resubmit (with their state). Refreshed live.
 */
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadFailure, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ValueStateBadge } from './monitoring-parts.js';
import { completionQueryOptions, type Completion } from './monitoring-queries.js';

type UnitCompletion = Completion['units'][number];

function count(unit: UnitCompletion, states: string[]): number {
  return unit.items.filter((item) => states.includes(item.state)).length;
}

function UnitRow({ unit }: { unit: UnitCompletion }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const open = unit.items.filter((item) => item.state === 'missing' || item.state === 'draft' || item.state === 'rejected');
  const n = (value: number) => formatNumber(value, { locale });
  return (
    <tr data-unit={unit.unit.code} data-pending={unit.pending}>
      <th scope="row"><code>{unit.unit.code}</code><div className="fw-normal">{unit.unit.name}</div></th>
      <td className="small">{unit.referents.length === 0 ? <span className="text-muted">{t('monitoring.campaigns.noReferents')}</span> : unit.referents.map((r) => r.displayName).join(', ')}</td>
      <td className="text-end">{n(unit.items.length)}</td>
      <td className="text-end">{n(count(unit, ['draft', 'submitted', 'validated', 'rejected']))}</td>
      <td className="text-end">{n(count(unit, ['submitted']))}</td>
      <td className="text-end">{n(count(unit, ['validated']))}</td>
      <td className="text-end">{n(count(unit, ['missing']))}</td>
      <td>
        {open.length === 0 ? <span className="value-state value-state-validated">{t('monitoring.campaigns.allDone')}</span> : (
          <ul className="list-unstyled small mb-0" aria-label={t('monitoring.campaigns.missingList')}>
            {open.map((item) => <li key={item.measure}><code>{item.measure}</code> {item.name} <ValueStateBadge state={item.state} /></li>)}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function CampaignCompletion({ plan, campaignId }: { plan: WorkspacePlan; campaignId: string }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const id = useId();
  const completion = useQuery(completionQueryOptions(plan, campaignId));
  if (completion.error) return <LoadFailure error={completion.error} onRetry={() => void completion.refetch()} />;
  if (!completion.data) return <p role="status">{t('monitoring.common.loading')}</p>;
  const { totals, units, unassigned } = completion.data;
  const n = (value: number) => formatNumber(value, { locale });
  return (
    <section aria-labelledby={`${id}-title`} className="mb-4" data-testid="campaign-completion">
      <h3 id={`${id}-title`} className="h5">{t('monitoring.campaigns.completionHeading')}</h3>
      <p data-testid="completion-totals">{t('monitoring.campaigns.completionTotals', {
        measures: n(totals.measures), missing: n(totals.missing), draft: n(totals.draft), submitted: n(totals.submitted), validated: n(totals.validated), rejected: n(totals.rejected),
      })}</p>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="visually-hidden">{t('monitoring.campaigns.completionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monitoring.common.unit')}</th>
              <th scope="col">{t('monitoring.campaigns.referents')}</th>
              <th scope="col" className="text-end">{t('monitoring.campaigns.measuresCount')}</th>
              <th scope="col" className="text-end">{t('monitoring.campaigns.entered')}</th>
              <th scope="col" className="text-end">{t('monitoring.valueStates.submitted')}</th>
              <th scope="col" className="text-end">{t('monitoring.valueStates.validated')}</th>
              <th scope="col" className="text-end">{t('monitoring.valueStates.missing')}</th>
              <th scope="col">{t('monitoring.campaigns.missingList')}</th>
            </tr>
          </thead>
          <tbody>{units.map((unit) => <UnitRow key={unit.unit.code} unit={unit} />)}</tbody>
        </table>
      </div>
      {unassigned.length > 0 ? <p className="small">{t('monitoring.campaigns.unassigned', { list: unassigned.map((item) => item.measure).join(', ') })}</p> : null}
    </section>
  );
}
