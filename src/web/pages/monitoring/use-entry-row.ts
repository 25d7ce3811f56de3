/**
 * One row of the entry grid as the referente edits it: the typed text (with the language's number
 * format), note and source; save a draft (PUT with the version read), submit (saving first when the
 * text changed) and withdraw. A stale version refreshes the grid and says so; any refusal (a measure
 * outside the caller's units, a closed campaign, a locked value) keeps what was typed and shows why.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { problemMessage } from '../../components/problem-alert.js';
import type { PlanRef } from '../../components/score/score-queries.js';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { entryKindOf, entryText, parseEntry, sameEntry, type EntryProblem } from './entry-value.js';
import { cycleKey, enterValue, inboxKey, transitionValue, type GridRow, type MeasuredValue } from './monitoring-queries.js';

export type RowNotice = { kind: 'ok'; text: string } | { kind: 'problem'; text: string; problem?: EntryProblem } | null;

/** What the user typed in a row, kept by the grid: a virtualised row scrolled out of view loses nothing. */
export interface RowDraft { text: string; note: string; source: string; notice: RowNotice }
export type RowDrafts = Map<string, Partial<RowDraft>>;

interface RowInput { plan: PlanRef; year: number; periodCode: string; row: GridRow; drafts: RowDrafts }

/** A state kept in the grid's drafts as well as in the row. */
function useKept<K extends keyof RowDraft>(drafts: RowDrafts, code: string, key: K, initial: () => RowDraft[K]): [RowDraft[K], (value: RowDraft[K]) => void] {
  const [value, setValue] = useState<RowDraft[K]>(() => {
    const held = drafts.get(code);
    return held && key in held ? (held[key] as RowDraft[K]) : initial();
  });
  const set = (next: RowDraft[K]) => {
    drafts.set(code, { ...drafts.get(code), [key]: next });
    setValue(next);
  };
  return [value, set];
}

export function useEntryRow({ plan, year, periodCode, row, drafts }: RowInput) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const queryClient = useQueryClient();
  const kind = entryKindOf(row.measure.unit);
  const current = row.current;
  const code = row.measure.code;
  const [text, setText] = useKept(drafts, code, 'text', () => entryText(current?.value ?? null, kind, locale));
  const [note, setNote] = useKept(drafts, code, 'note', () => current?.note ?? '');
  const [source, setSource] = useKept(drafts, code, 'source', () => current?.source ?? row.measure.source ?? '');
  const [notice, setNotice] = useKept(drafts, code, 'notice', () => null);
  const busy = useMutation({ mutationFn: (run: () => Promise<MeasuredValue>) => run() });

  const dirty = !sameEntry(text, current?.value, kind, language) || note !== (current?.note ?? '') || (current !== null && source !== (current.source ?? ''));
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: cycleKey(plan) }),
    queryClient.invalidateQueries({ queryKey: inboxKey }),
  ]);

  const fail = async (error: unknown) => {
    if (error instanceof ApiError && error.code === 'version_conflict') {
      setNotice({ kind: 'problem', text: t('monitoring.common.conflict') });
      await refresh();
      return;
    }
    const base = problemMessage(error, language);
    const extra = error instanceof ApiError && error.status === 403 ? ` ${t('monitoring.entry.notMine', { code: row.measure.code })}` : '';
    setNotice({ kind: 'problem', text: `${t('monitoring.entry.refused', { code: row.measure.code })}: ${base}${extra}` });
  };

  /** Saves the typed value as a draft; the saved row, or null when it could not be saved. */
  const saveDraft = async (): Promise<MeasuredValue | null> => {
    const parsed = parseEntry(text, kind, language);
    if (!parsed.ok) {
      setNotice({ kind: 'problem', text: t(`monitoring.entry.problems.${parsed.problem}`), problem: parsed.problem });
      return null;
    }
    try {
      const saved = await busy.mutateAsync(() => enterValue(plan, year, periodCode, row.measure.code, {
        value: parsed.value, note: note.trim() === '' ? null : note, source: source.trim() === '' ? null : source, version: current?.version,
      }));
      setNotice({ kind: 'ok', text: t('monitoring.entry.saved', { time: formatDateTime(saved.enteredAt, locale).split(' ').pop() ?? '' }) });
      await refresh();
      return saved;
    } catch (error) {
      await fail(error);
      return null;
    }
  };

  const save = async () => {
    if (!dirty && current) {
      setNotice({ kind: 'ok', text: t('monitoring.entry.unchanged') });
      return;
    }
    await saveDraft();
  };

  const submit = async () => {
    const base = dirty || !current ? await saveDraft() : current;
    if (!base) return;
    try {
      await busy.mutateAsync(() => transitionValue(plan, base.id, 'submit', base.version));
      setNotice({ kind: 'ok', text: t('monitoring.entry.submitted') });
      await refresh();
    } catch (error) {
      await fail(error);
    }
  };

  const withdraw = async () => {
    if (!current) return;
    try {
      await busy.mutateAsync(() => transitionValue(plan, current.id, 'withdraw', current.version));
      setNotice({ kind: 'ok', text: t('monitoring.entry.withdrawn') });
      await refresh();
    } catch (error) {
      await fail(error);
    }
  };

  return {
    kind, text, note, source, notice, dirty, busy: busy.isPending,
    setText: (next: string) => { setText(next); setNotice(null); },
    setNote, setSource, save, submit, withdraw,
  };
}
