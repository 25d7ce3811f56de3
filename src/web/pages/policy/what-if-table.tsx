/**
 * The items a proposed policy changes, as a sortable table (TanStack Table): kind, code, name, the
 * result before and after (figure and status, never colour alone) and the difference in points.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, tableFeatures, useTable, type SortingState,
} from '@tanstack/react-table';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { WhatIfChange } from './policy-queries.js';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { alphanumeric: sortFn_alphanumeric } });
const column = createColumnHelper<typeof features, WhatIfChange>();

const KIND_ORDER = ['entity', 'component', 'unit', 'node', 'indicator', 'card'];

function Side({ side, t, language, locale }: { side: WhatIfChange['before']; t: TFunction; language: 'it' | 'en'; locale: string }) {
  if (side.state === 'absent') return <span className="text-muted">{t('smvp.whatIf.absent')}</span>;
  const figure = side.rounded === null ? '—' : formatPercent(side.rounded, { locale, decimals: 2 });
  const status = side.band ? `${side.band.symbol} ${side.band.label[language]}` : t(`performance.states.${side.state}`, { defaultValue: side.state });
  return (
    <span className="what-if-side">
      <span className="what-if-figure">{figure}</span>
      <span className="what-if-status" style={side.band ? { borderColor: side.band.colour } : undefined}>{status}</span>
    </span>
  );
}

function deltaText(delta: number | null, locale: string): string {
  if (delta === null) return '—';
  const text = formatNumber(Math.abs(delta), { locale, decimals: 2 });
  return delta > 0 ? `+${text}` : delta < 0 ? `−${text}` : text;
}

function buildColumns(t: TFunction, language: 'it' | 'en', locale: string) {
  return column.columns([
    column.accessor((row) => KIND_ORDER.indexOf(row.kind), {
      id: 'kind', header: () => t('smvp.whatIf.kind'), cell: ({ row }) => t(`smvp.whatIf.kinds.${row.original.kind}`),
    }),
    column.accessor('code', { header: () => t('smvp.whatIf.code'), sortFn: 'alphanumeric', cell: ({ row }) => <code>{row.original.code}</code> }),
    column.accessor('label', {
      header: () => t('smvp.whatIf.name'), enableSorting: false,
      cell: ({ row }) => (row.original.role ? `${row.original.label} (${row.original.role})` : row.original.label),
    }),
    column.display({ id: 'before', header: () => t('smvp.whatIf.before'), cell: ({ row }) => <Side side={row.original.before} t={t} language={language} locale={locale} /> }),
    column.display({ id: 'after', header: () => t('smvp.whatIf.after'), cell: ({ row }) => <Side side={row.original.after} t={t} language={language} locale={locale} /> }),
    column.accessor((row) => row.delta ?? 0, { id: 'delta', header: () => t('smvp.whatIf.delta'), cell: ({ row }) => deltaText(row.original.delta, locale) }),
  ]);
}

export function WhatIfTable({ changes }: { changes: WhatIfChange[] }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(() => buildColumns(t, language, locale), [t, language, locale]);
  const table = useTable({ features, columns, data: changes, getRowId: (row) => `${row.kind}:${row.code}`, state: { sorting }, onSortingChange: setSorting });
  return (
    <div className="table-responsive">
      <table className="table table-sm what-if-table" data-testid="what-if-table">
        <caption>{t('smvp.whatIf.changesCaption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = header.column.id === 'delta';
                return (
                  <th key={header.id} scope="col" className={numeric ? 'text-end' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="btn btn-link p-0 what-if-sort" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                      </button>
                    ) : <table.FlexRender header={header} />}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-kind={row.original.kind} data-code={row.original.code} className={row.original.statusChanged ? 'what-if-status-changed' : undefined}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cell.column.id === 'delta' ? 'text-end' : undefined}><table.FlexRender cell={cell} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
