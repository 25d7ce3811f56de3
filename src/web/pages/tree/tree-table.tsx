/**
 * The performance tree as an expandable table (TanStack Table) whose rows are virtualised (TanStack
 * Virtual): only the rows in view are in the page, so a plan of thousands of nodes stays fluid. Rows
 * have a fixed height; the header stays in view while scrolling.
 */
import { useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useTable, type ExpandedState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { buildTreeColumns, treeFeatures } from './tree-columns.js';
import type { TreeRow } from './tree-model.js';

export const TREE_ROW_HEIGHT = 48;

interface TreeTableProps {
  rows: TreeRow[];
  expanded: ExpandedState;
  onExpandedChange: (updater: Updater<ExpandedState>) => void;
  decimals: number;
  unitName: (code: string) => string | undefined;
}

const COLUMN_WIDTHS: Record<string, string> = {
  code: '12rem', title: 'auto', level: '10rem', responsible: '7.5rem', weight: '4.5rem', achievement: '9.5rem', status: '12.5rem',
};

export function TreeTable({ rows, expanded, onExpandedChange, decimals, unitName }: TreeTableProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const columns = useMemo(() => buildTreeColumns({ t, locale, decimals, unitName }), [t, locale, decimals, unitName]);
  const table = useTable({
    features: treeFeatures,
    columns,
    data: rows,
    getSubRows: (row) => row.children,
    getRowId: (row) => row.code,
    state: { expanded },
    onExpandedChange,
    autoResetExpanded: false, // the page owns the expansion (filters set it); new data must not reset it
  });
  const visible = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => TREE_ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getAllLeafColumns().length;

  return (
    <div ref={scroller} className="tree-scroll" data-testid="tree-table" data-visible-rows={visible.length}>
      <table className="table tree-table" aria-rowcount={visible.length + 1}>
        <caption className="visually-hidden">{t('performance.tree.caption')}</caption>
        <colgroup>{table.getAllLeafColumns().map((col) => <col key={col.id} style={{ width: COLUMN_WIDTHS[col.id] }} />)}</colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col"><table.FlexRender header={header} /></th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 ? <tr aria-hidden="true" style={{ height: before }}><td colSpan={columnCount} /></tr> : null}
          {items.map((item) => {
            const row = visible[item.index]!;
            const style: CSSProperties = { height: TREE_ROW_HEIGHT };
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={style} data-code={row.original.code} className={row.original.context ? 'tree-context' : undefined}>
                {row.getAllCells().map((cell) => <td key={cell.id}><table.FlexRender cell={cell} /></td>)}
              </tr>
            );
          })}
          {after > 0 ? <tr aria-hidden="true" style={{ height: after }}><td colSpan={columnCount} /></tr> : null}
        </tbody>
      </table>
    </div>
  );
}
