/**
 * The columns of the performance tree: code (with the expand button and the indentation of its
 * depth), title (link to the node page), level, owner units, weight, achievement, status.
 */
import { Icon } from 'design-react-kit';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { createColumnHelper, createExpandedRowModel, rowExpandingFeature, tableFeatures, type Row } from '@tanstack/react-table';
import { AchievementValue } from '../../components/score/achievement-value.js';
import { StatusBadge } from '../../components/score/status-badge.js';
import { formatNumber } from '../../i18n/format.js';
import { levelLabel } from './level-label.js';
import type { TreeRow } from './tree-model.js';

export const treeFeatures = tableFeatures({ rowExpandingFeature, expandedRowModel: createExpandedRowModel() });
export type TreeTableRow = Row<typeof treeFeatures, TreeRow>;

const column = createColumnHelper<typeof treeFeatures, TreeRow>();

export interface TreeColumnContext {
  t: TFunction;
  locale: string;
  decimals: number;
  unitName: (code: string) => string | undefined;
}

function CodeCell({ row, t }: { row: TreeTableRow; t: TFunction }) {
  const { original } = row;
  const expanded = row.getIsExpanded();
  return (
    <span className="tree-code" style={{ paddingInlineStart: `${original.depth * 1.25}rem` }}>
      {row.getCanExpand() ? (
        <button
          type="button"
          className="btn btn-link tree-toggle"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'performance.tree.collapseRow' : 'performance.tree.expandRow', { code: original.code })}
          onClick={row.getToggleExpandedHandler()}
        >
          <Icon icon={expanded ? 'it-expand' : 'it-chevron-right'} size="sm" aria-hidden="true" />
        </button>
      ) : <span className="tree-toggle-spacer" aria-hidden="true" />}
      <span className={original.context ? 'text-muted' : undefined}>{original.code}</span>
    </span>
  );
}

export function buildTreeColumns({ t, locale, decimals, unitName }: TreeColumnContext) {
  return column.columns([
    column.accessor('code', { header: () => t('performance.tree.columns.code'), cell: ({ row }) => <CodeCell row={row} t={t} /> }),
    column.accessor('title', {
      header: () => t('performance.tree.columns.title'),
      cell: ({ row }) => (
        <Link to="/obiettivi/$nodeCode" params={{ nodeCode: row.original.code }} className={`tree-title${row.original.context ? ' text-muted' : ''}`} title={row.original.title}>
          {row.original.title}
        </Link>
      ),
    }),
    column.accessor('level', { header: () => t('performance.tree.columns.level'), cell: ({ row }) => levelLabel(t, row.original.level, row.original.section) }),
    column.accessor('responsible', {
      header: () => t('performance.tree.columns.units'),
      cell: ({ row }) => row.original.responsible.map((code, i) => (
        <span key={code}>{i > 0 ? ', ' : ''}<abbr title={unitName(code) ?? code}>{code}</abbr></span>
      )),
    }),
    column.accessor('weight', {
      header: () => t('performance.tree.columns.weight'),
      cell: ({ row }) => (row.original.weight === null ? <span aria-label={t('performance.tree.noWeight')}>—</span> : formatNumber(row.original.weight, { locale })),
    }),
    column.display({
      id: 'achievement',
      header: () => t('performance.tree.columns.achievement'),
      cell: ({ row }) => <AchievementValue rounded={row.original.score?.rounded ?? null} decimals={decimals} />,
    }),
    column.display({
      id: 'status',
      header: () => t('performance.tree.columns.status'),
      cell: ({ row }) => (row.original.score ? <StatusBadge band={row.original.score.band} state={row.original.score.state} /> : null),
    }),
  ]);
}
