// The desk's lists (articles, entities, claims, drafts, the inbox) had one look written out on each
// page: a white bordered list or a table with a grey header row, a grey line when nothing matches,
// and the pager below. These hold that look once; the pages say only what a row shows.
import type { ReactNode } from "react";

/** The line a list shows instead of rows when nothing matches its filters. */
export function EmptyList({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="mt-6 text-stone-500" data-testid={testId}>
      {children}
    </p>
  );
}

interface ListFrame<T> {
  items: readonly T[];
  /** Shown instead of the list when `items` is empty. */
  empty: ReactNode;
  emptyTestId?: string;
  testId: string;
  /** The pager (or anything else) below the list, shown whether or not there are rows. */
  pager?: ReactNode;
}

/** A bordered list of rows, one `<li>` (usually a ListRow) per item. */
export function DeskList<T>({
  items,
  empty,
  emptyTestId,
  testId,
  pager,
  children,
}: ListFrame<T> & { children: (item: T) => ReactNode }) {
  return (
    <>
      {items.length === 0 ? (
        <EmptyList testId={emptyTestId}>{empty}</EmptyList>
      ) : (
        <ul
          className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
          data-testid={testId}
        >
          {items.map(children)}
        </ul>
      )}
      {pager}
    </>
  );
}

/** One row of a DeskList: what the item is on the left, a count in a grey pill on the right. */
export function ListRow({
  badge,
  testId,
  children,
}: {
  badge?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <li className="flex items-baseline justify-between gap-4 p-4" data-testid={testId}>
      <div>{children}</div>
      {badge !== undefined && (
        <span className="shrink-0 rounded-full bg-stone-100 px-3 py-1 text-sm">{badge}</span>
      )}
    </li>
  );
}

export interface DeskColumn<T> {
  header: ReactNode;
  cell: (item: T) => ReactNode;
  /** Extra classes for this column's cells (a muted date, say). */
  className?: string;
}

/** A table with a header row, one row per item. */
export function DeskTable<T>({
  items,
  empty,
  emptyTestId,
  testId,
  pager,
  columns,
  rowKey,
}: ListFrame<T> & { columns: DeskColumn<T>[]; rowKey: (item: T) => string }) {
  return (
    <>
      {items.length === 0 ? (
        <EmptyList testId={emptyTestId}>{empty}</EmptyList>
      ) : (
        <table
          className="mt-6 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm"
          data-testid={testId}
        >
          <thead className="bg-stone-100 text-left">
            <tr>
              {columns.map((column, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
                <th key={i} className="p-3">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={rowKey(item)} className="border-t border-stone-100">
                {columns.map((column, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
                  <td key={i} className={column.className ? `p-3 ${column.className}` : "p-3"}>
                    {column.cell(item)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pager}
    </>
  );
}
