/**
 * The grid's body: every row when the period has few measures, or — from VIRTUAL_FROM rows — only the
 * rows in view of a scrolling box (TanStack Virtual), each measure in its own <tbody> so that its
 * optional details row is measured with it. What was typed is kept in the grid's drafts, so a row
 * scrolled out of view and back loses nothing. A measure asked for by address is scrolled into view.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export const VIRTUAL_FROM = 40;
const ESTIMATED_ROW_HEIGHT = 160;

interface EntryRowsProps<Row> {
  rows: Row[];
  keyOf: (row: Row) => string;
  focusIndex: number;
  renderRow: (row: Row) => ReactNode;
  table: (body: ReactNode, scrollRef?: React.Ref<HTMLDivElement>) => ReactNode;
  columns: number;
}

function VirtualRows<Row>({ rows, keyOf, focusIndex, renderRow, table, columns }: EntryRowsProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ESTIMATED_ROW_HEIGHT, overscan: 6,
    getItemKey: (index) => keyOf(rows[index]!),
  });
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'center' });
  }, [focusIndex, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return table(
    <>
      {before > 0 ? <tbody aria-hidden="true"><tr style={{ height: before }}><td colSpan={columns} /></tr></tbody> : null}
      {items.map((item) => (
        <tbody key={item.key} data-index={item.index} ref={virtualizer.measureElement}>{renderRow(rows[item.index]!)}</tbody>
      ))}
      {after > 0 ? <tbody aria-hidden="true"><tr style={{ height: after }}><td colSpan={columns} /></tr></tbody> : null}
    </>,
    scroller,
  );
}

export function EntryRows<Row>(props: EntryRowsProps<Row>) {
  if (props.rows.length < VIRTUAL_FROM) return props.table(<tbody>{props.rows.map((row) => props.renderRow(row))}</tbody>);
  return <VirtualRows {...props} />;
}
