/**
 * What the headless parity tests share: a bare table a host could write over any table
 * hook (plain `<table>`, `<button>`, `<select>`, no widget code, no CSS), held responses, and
 * request counts read from the mock server. Everything rendered here comes from the public
 * `headless` entry: if a parity test needs more than that, logic has leaked into a widget.
 */
import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import {
  DATA_TABLE_PAGE_SIZES,
  useDataTableRowTarget,
  type DataTableInstance,
  type ListQuery,
} from '../../src/headless';
import type { NetworkLog } from '../api/support';

// -------------------------------------------------------------------------------------------------
// A bare table over a table hook
// -------------------------------------------------------------------------------------------------

/** Props of {@link BareTable}. */
export interface BareTableProps<TRow extends RowData> {
  /** The table hook's `table` (sort, pages over the server's pages, labels). */
  table: DataTableInstance<TRow, string>;
  /** The table hook's `list` (cursor paging, status). */
  list: ListQuery<TRow>;
  /** The table's accessible name. */
  caption: string;
  /** Makes the row header a button that opens the row. */
  onRowAction?: ((row: TRow) => void) | undefined;
  /** The accessible name of that button. */
  rowActionLabel?: ((row: TRow) => string) | undefined;
  /** A trailing cell of the host's own actions per row. */
  actions?: ((row: TRow) => ReactNode) | undefined;
  /** A row to bring into view (its page is shown; more pages load while it is missing). */
  targetRowId?: string | null | undefined;
}

/**
 * A table as a host would write it over `useDataTable` state: headers that sort, cells from
 * the columns' own `cell`, a row header per row, and pages whose "Next page" fetches the
 * server's next page when the loaded rows run out. It calls what the
 * hook hands out and decides nothing itself.
 */
export function BareTable<TRow extends RowData>({
  table,
  list,
  caption,
  onRowAction,
  rowActionLabel,
  actions,
  targetRowId,
}: BareTableProps<TRow>) {
  const { pagination, sort } = table;
  const target = useDataTableRowTarget(table, list, targetRowId);
  const FlexRender = table.table.FlexRender;
  return (
    <div>
      <div role="status" aria-label="Sort announcement">
        {table.announcement}
      </div>
      <table>
        <caption>{caption}</caption>
        <thead>
          {table.table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sort?.columnId === id ? sort.direction : undefined}
                  >
                    <button type="button" onClick={() => table.toggleSort(id)}>
                      {table.columnLabel(id)}
                    </button>
                  </th>
                );
              })}
              {actions && <th scope="col">Actions</th>}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} data-row-id={row.id} data-targeted={row.id === target.rowId ? '' : undefined}>
              {row.getAllCells().map((cell) => {
                const content = <FlexRender cell={cell} />;
                if (!cell.column.columnDef.meta?.rowHeader) return <td key={cell.id}>{content}</td>;
                return (
                  <th key={cell.id} scope="row">
                    {onRowAction ? (
                      <button
                        type="button"
                        aria-label={rowActionLabel?.(row.original)}
                        onClick={() => onRowAction(row.original)}
                      >
                        {content}
                      </button>
                    ) : (
                      content
                    )}
                  </th>
                );
              })}
              {actions && <td>{actions(row.original)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pagination">
        <label>
          Rows per page
          <select
            value={pagination.pageSize}
            onChange={(event) => pagination.setPageSize(Number(event.target.value))}
          >
            {DATA_TABLE_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!pagination.canPrevious} onClick={pagination.previous}>
          Previous page
        </button>
        <span>{pagination.position}</span>
        {/* One paging model: past the loaded rows, the hook fetches the server's next page. */}
        <button type="button" disabled={!pagination.canNext} onClick={pagination.next}>
          Next page
        </button>
      </nav>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// Reading the bare table
// -------------------------------------------------------------------------------------------------

/** The bare table named `caption`. */
export function bareTable(caption: string): HTMLElement {
  return screen.getByRole('table', { name: caption });
}

/** The text of each body row's row header, in order. */
export function rowHeaders(caption: string): string[] {
  return within(bareTable(caption))
    .queryAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

/** The body row whose row header reads `name`. */
export function rowNamed(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** The header cell of a column, by its label. */
export function columnHeader(label: string): HTMLElement {
  return screen.getByRole('columnheader', { name: label });
}

/**
 * The position a host shows for `useDataTable`'s pagination: "1–10 of 30+" while the
 * server has more rows, "21–27 of 27" when it has not.
 */
export function positionOf(first: number, last: number, total: number, more = false): string {
  return `${first}–${last} of ${total}${more ? '+' : ''}`;
}

/** `items[index]`, which the test's own data guarantees is there. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

// -------------------------------------------------------------------------------------------------
// The network
// -------------------------------------------------------------------------------------------------

/**
 * Holds every `method` request to `path` (an API path such as `/tickets`) until `release()`,
 * then lets the mock API answer: "while the request is in flight" holds however slow the
 * machine is, so every click of a double click lands before the answer.
 */
export function holdRequests(method: 'post' | 'patch', path: string): { release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http[method](apiPath(path), async () => {
      await gate;
      return undefined; // on to the mock API
    }),
  );
  return { release: () => release() };
}

/** The requests of `log` with `method` whose path matches `path`, as URLs. */
export function requestsTo(log: NetworkLog, method: string, path: RegExp): URL[] {
  return log.requests
    .filter((request) => request.method === method && path.test(new URL(request.url).pathname))
    .map((request) => new URL(request.url));
}

/** The `limit` the first list request asked for: how many rows one API page holds. */
export function apiPageSize(log: NetworkLog, path: RegExp): number {
  const first = requestsTo(log, 'GET', path)[0];
  const limit = Number(first?.searchParams.get('limit'));
  if (!Number.isInteger(limit) || limit < 1) throw new Error('no list request with a limit yet');
  return limit;
}
