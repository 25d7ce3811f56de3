/**
 * Saving the indicator editor's draft: PATCH with the version the draft started from; a 409 fetches
 * the saved version and opens the conflict (the user's draft is kept); keep-theirs and reapply-mine
 * resolve it. After a save, the plan's scores, lint and lists are refetched.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-client.js';
import type { PlanRef } from '../../components/score/score-queries.js';
import type { ConflictState } from './conflict-dialog.js';
import { draftOf, patchOf, rebaseDraft, type IndicatorDraft } from './indicator-draft.js';
import { indicatorQueryOptions, patchIndicator, type IndicatorItem, type IndicatorPatch } from './indicator-queries.js';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; version: number }
  | { kind: 'no_changes' }
  | { kind: 'failed'; error: unknown };

interface Versioned { item: IndicatorItem; draft: IndicatorDraft }

export function useIndicatorSave(plan: PlanRef, indicator: IndicatorItem, years: readonly number[]) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState<Versioned>(() => ({ item: indicator, draft: draftOf(indicator, years) }));
  const [draft, setDraft] = useState<IndicatorDraft>(base.draft);
  const [conflict, setConflict] = useState<(ConflictState & { theirItem: IndicatorItem }) | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const mutation = useMutation({ mutationFn: (patch: IndicatorPatch) => patchIndicator(plan, indicator.code, patch) });

  const adopt = (item: IndicatorItem) => {
    const next = { item, draft: draftOf(item, years) };
    setBase(next);
    setDraft(next.draft);
    queryClient.setQueryData(indicatorQueryOptions(plan, item.code).queryKey, item);
  };

  const saveOn = async (on: Versioned, mine: IndicatorDraft) => {
    const patch = patchOf(on.item, on.draft, mine);
    if (Object.keys(patch).length === 0) {
      setStatus({ kind: 'no_changes' });
      return;
    }
    try {
      const saved = await mutation.mutateAsync({ version: on.item.version, ...patch });
      adopt(saved);
      setConflict(null);
      setStatus({ kind: 'saved', version: saved.version });
      await queryClient.invalidateQueries({ queryKey: ['entities', plan.entityCode, 'plans', plan.planCode] });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) {
        setStatus({ kind: 'failed', error });
        return;
      }
      const theirs = await queryClient.fetchQuery({ ...indicatorQueryOptions(plan, indicator.code), staleTime: 0 });
      setConflict({ baseDraft: on.draft, mine, theirs: draftOf(theirs, years), theirVersion: theirs.version, theirAuthor: null, theirItem: theirs });
      setStatus({ kind: 'idle' });
    }
  };

  return {
    base: base.item,
    baseDraft: base.draft,
    draft,
    setDraft: (next: IndicatorDraft) => { setDraft(next); setStatus({ kind: 'idle' }); },
    status,
    saving: mutation.isPending,
    conflict,
    save: () => saveOn(base, draft),
    discard: () => { setDraft(base.draft); setStatus({ kind: 'idle' }); },
    keepTheirs: () => { if (conflict) { adopt(conflict.theirItem); setConflict(null); } },
    reapplyMine: () => {
      if (!conflict) return;
      const theirs = { item: conflict.theirItem, draft: conflict.theirs };
      const rebased = rebaseDraft(conflict.baseDraft, conflict.mine, conflict.theirs);
      if (Object.keys(patchOf(theirs.item, theirs.draft, rebased)).length === 0) {
        adopt(theirs.item); // their version already says what mine says
        setConflict(null);
        setStatus({ kind: 'no_changes' });
        return;
      }
      setDraft(rebased);
      void saveOn(theirs, rebased);
    },
    cancelConflict: () => setConflict(null),
  };
}
