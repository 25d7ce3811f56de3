/**
 * Saving a measure: PATCH with the version the form started from; a 409 fetches the saved version and
 * keeps the user's form, offering to reapply it on top or to keep the saved one.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-client.js';
import type { PlanRef } from '../../components/score/score-queries.js';
import { formOf, measurePatchOf, rebaseMeasureForm, type MeasureForm } from './measure-form.js';
import { measureQueryOptions, patchMeasure, type MeasureDetail } from './measure-queries.js';

export type MeasureSaveStatus = { kind: 'idle' } | { kind: 'saved'; version: number } | { kind: 'no_changes' } | { kind: 'failed'; error: unknown };

export interface MeasureConflict { base: MeasureForm; mine: MeasureForm; theirs: MeasureDetail }

export function useMeasureSave(plan: PlanRef, measure: MeasureDetail) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(measure);
  const [form, setForm] = useState(() => formOf(measure));
  const [status, setStatus] = useState<MeasureSaveStatus>({ kind: 'idle' });
  const [conflict, setConflict] = useState<MeasureConflict | null>(null);
  const mutation = useMutation({ mutationFn: (patch: Parameters<typeof patchMeasure>[2]) => patchMeasure(plan, measure.code, patch) });

  const adopt = (saved: MeasureDetail) => {
    setBase(saved);
    setForm(formOf(saved));
    queryClient.setQueryData(measureQueryOptions(plan, saved.code).queryKey, saved);
  };

  const saveOn = async (on: MeasureDetail, mine: MeasureForm) => {
    const patch = measurePatchOf(formOf(on), mine);
    if (Object.keys(patch).length === 0) {
      if (on !== base) adopt(on);
      setConflict(null);
      setStatus({ kind: 'no_changes' });
      return;
    }
    try {
      const saved = await mutation.mutateAsync({ version: on.version, ...patch });
      adopt(saved);
      setConflict(null);
      setStatus({ kind: 'saved', version: saved.version });
      await queryClient.invalidateQueries({ queryKey: ['entities', plan.entityCode, 'plans', plan.planCode] });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) {
        setStatus({ kind: 'failed', error });
        return;
      }
      const theirs = await queryClient.fetchQuery({ ...measureQueryOptions(plan, measure.code), staleTime: 0 });
      setConflict({ base: formOf(on), mine, theirs });
      setStatus({ kind: 'idle' });
    }
  };

  return {
    base, form, status, conflict, saving: mutation.isPending,
    setForm: (next: MeasureForm) => { setForm(next); setStatus({ kind: 'idle' }); },
    save: () => saveOn(base, form),
    keepTheirs: () => { if (conflict) { adopt(conflict.theirs); setConflict(null); } },
    reapplyMine: () => {
      if (!conflict) return;
      const rebased = rebaseMeasureForm(conflict.base, conflict.mine, formOf(conflict.theirs));
      setForm(rebased);
      void saveOn(conflict.theirs, rebased);
    },
    cancelConflict: () => setConflict(null),
  };
}
