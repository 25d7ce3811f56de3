/**
 * The measures a campaign assigns to units explicitly (besides the units of the indicators using them):
 * list, add (measure and unit from the plan and the entity), remove, save with the campaign's version.
 */
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';
import type { WorkspacePlan } from '../../components/score/workspace-plan.js';
import { orgUnitsQueryOptions } from '../admin/admin-queries.js';
import { measureListQueryOptions } from '../measures/measure-queries.js';
import { cycleKey, saveAssignments, type Assignment, type Campaign } from './monitoring-queries.js';
import { StatusNote } from './monitoring-parts.js';

export function CampaignAssignments({ plan, campaign }: { plan: WorkspacePlan; campaign: Campaign }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const measures = useQuery(measureListQueryOptions(plan));
  const units = useQuery(orgUnitsQueryOptions(plan.entityCode));
  const [list, setList] = useState<Assignment[]>(campaign.assignments ?? []);
  const [measure, setMeasure] = useState('');
  const [unit, setUnit] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useMutation({ mutationFn: () => saveAssignments(plan, campaign.id, campaign.version, list) });
  const dirty = JSON.stringify(list) !== JSON.stringify(campaign.assignments ?? []);
  const add = () => {
    if (!measure || !unit || list.some((entry) => entry.measure === measure && entry.unit === unit)) return;
    setList([...list, { measure, unit }]);
    setSaved(false);
  };
  const submit = async () => {
    try {
      await save.mutateAsync();
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: cycleKey(plan) });
    } catch {
      // shown below
    }
  };
  const openUnits = (units.data ?? []).filter((entry) => entry.validTo === null);
  return (
    <section aria-labelledby={`${id}-title`} className="mb-4" data-testid="campaign-assignments">
      <h3 id={`${id}-title`} className="h5">{t('monitoring.campaigns.assignmentsHeading')}</h3>
      <p className="small">{t('monitoring.campaigns.assignmentsIntro')}</p>
      {save.error ? <ProblemAlert title={t('monitoring.campaigns.assignmentsHeading')} error={save.error} /> : null}
      {list.length === 0 ? <p>{t('monitoring.campaigns.assignmentsEmpty')}</p> : (
        <ul data-testid="assignment-list">
          {list.map((entry) => (
            <li key={`${entry.measure}-${entry.unit}`} className="mb-1">
              <code>{entry.measure}</code> → <code>{entry.unit}</code>{' '}
              <Button color="danger" outline size="xs" onClick={() => { setList(list.filter((other) => other !== entry)); setSaved(false); }}>
                {t('monitoring.campaigns.assignmentRemove', { measure: entry.measure, unit: entry.unit })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="d-flex flex-wrap gap-3 align-items-end mb-2">
        <div className="select-wrapper">
          <label htmlFor={`${id}-measure`}>{t('monitoring.campaigns.assignmentMeasure')}</label>
          <select id={`${id}-measure`} value={measure} onChange={(event) => setMeasure(event.target.value)}>
            <option value="">{t('monitoring.common.choose')}</option>
            {(measures.data ?? []).map((entry) => <option key={entry.code} value={entry.code}>{entry.code} – {entry.name}</option>)}
          </select>
        </div>
        <div className="select-wrapper">
          <label htmlFor={`${id}-unit`}>{t('monitoring.campaigns.assignmentUnit')}</label>
          <select id={`${id}-unit`} value={unit} onChange={(event) => setUnit(event.target.value)}>
            <option value="">{t('monitoring.common.choose')}</option>
            {openUnits.map((entry) => <option key={entry.code} value={entry.code}>{entry.code} – {entry.name}</option>)}
          </select>
        </div>
        <Button color="primary" outline size="sm" onClick={add} disabled={!measure || !unit}>{t('monitoring.campaigns.assignmentAdd')}</Button>
      </div>
      <div className="d-flex gap-3 align-items-center">
        <Button color="primary" size="sm" onClick={() => void submit()} disabled={!dirty || save.isPending}>
          {save.isPending ? t('monitoring.common.saving') : t('monitoring.campaigns.assignmentsSave')}
        </Button>
        <StatusNote testId="assignments-status" text={saved && !dirty ? t('monitoring.campaigns.assignmentsSaved') : dirty ? t('monitoring.campaigns.assignmentsUnsaved') : null} />
      </div>
    </section>
  );
}
