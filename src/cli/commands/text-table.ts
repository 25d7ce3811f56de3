/** Plain-text tables for the terminal: padded columns, numbers aligned right. */

export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Cuts text longer than `max` characters, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function renderTable(columns: readonly TextColumn[], rows: readonly string[][]): string {
  const sizes = columns.map((column, i) => Math.max(width(column.header), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]) => columns
    .map((column, i) => pad(cells[i] ?? '', sizes[i] ?? 0, column.align ?? 'left'))
    .join('  ')
    .trimEnd();
  const rule = sizes.map((size) => '─'.repeat(size)).join('  ');
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n');
}
