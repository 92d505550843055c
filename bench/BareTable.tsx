/**
 * The baselines: bare TanStack Table v9 tables over the same rows, with the same columns,
 * cell formatting, sort functions and page size as PayoutHistoryTable,
 * WalletTransactionsTable and TicketsTable, and none of the library (no provider, no query
 * cache, no states, no filters, no CSV, no styles). Each keeps the minimum a paged table
 * needs to be usable: sort buttons, previous / next and "page x of y".
 *
 * `BareLoader` is the bare page's way to get its rows: fetch the same JSON with the same
 * `fetch`, `response.json()`, then the table; no validation.
 */
import {
  constructSortFn,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import type { Payout, Ticket, WalletTransaction } from '../src/api/schemas';
import { formatDate } from '../src/format/dates';
import { formatMoney } from '../src/format/money';

// -------------------------------------------------------------------------------------------------
// Features: the same sort functions as the library's tables
// -------------------------------------------------------------------------------------------------

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: {
    number: constructSortFn({
      sort: (a: unknown, b: unknown) => (typeof a === 'number' ? a : 0) - (typeof b === 'number' ? b : 0),
    }),
    text: constructSortFn({
      sort: (a: unknown, b: unknown) => collator.compare(String(a ?? ''), String(b ?? '')),
    }),
  },
});

type Features = typeof features;

const LOCALE = 'en-US';
const ZONE = 'America/New_York';

// -------------------------------------------------------------------------------------------------
// Columns, one set per table
// -------------------------------------------------------------------------------------------------

const payout = createColumnHelper<Features, Payout>();
const PAYOUT_STATUS_ORDER = { failed: 0, pending: 1, paid: 2 } as const;
const PAYOUT_STATUS_TEXT = { failed: 'Failed', pending: 'Pending', paid: 'Paid' } as const;
const paidOrCreated = (row: Payout) => row.paidAt ?? row.createdAt;

/** PayoutHistoryTable's four columns. */
export const payoutColumns = payout.columns([
  payout.accessor((row) => Date.parse(paidOrCreated(row)), {
    id: 'date',
    header: 'Date',
    sortFn: 'number',
    cell: (info) => formatDate(paidOrCreated(info.row.original), LOCALE, ZONE),
  }),
  payout.accessor((row) => PAYOUT_STATUS_ORDER[row.status], {
    id: 'status',
    header: 'Status',
    sortFn: 'number',
    cell: (info) => PAYOUT_STATUS_TEXT[info.row.original.status],
  }),
  payout.accessor((row) => row.amount.amount, {
    id: 'amount',
    header: 'Amount',
    sortFn: 'number',
    cell: (info) => formatMoney(info.row.original.amount, LOCALE),
  }),
  payout.accessor((row) => (row.walletTransactionId === null ? 0 : 1), {
    id: 'walletCredit',
    header: 'Wallet credit',
    sortFn: 'number',
    cell: (info) => (info.row.original.walletTransactionId === null ? 'Not credited' : 'Credited'),
  }),
]);

const transaction = createColumnHelper<Features, WalletTransaction>();
const KIND_ORDER = ['payout_credit', 'invoice_payment', 'refund', 'adjustment'] as const;
const KIND_TEXT = {
  payout_credit: 'Payout credit',
  invoice_payment: 'Invoice payment',
  refund: 'Refund',
  adjustment: 'Adjustment',
} as const;

/** WalletTransactionsTable's five columns. */
export const walletColumns = transaction.columns([
  transaction.accessor((row) => Date.parse(row.createdAt), {
    id: 'date',
    header: 'Date',
    sortFn: 'number',
    cell: (info) => formatDate(info.row.original.createdAt, LOCALE, ZONE),
  }),
  transaction.accessor('description', { header: 'Description', sortFn: 'text' }),
  transaction.accessor((row) => KIND_ORDER.indexOf(row.kind), {
    id: 'kind',
    header: 'Type',
    sortFn: 'number',
    sortDescFirst: false,
    cell: (info) => KIND_TEXT[info.row.original.kind],
  }),
  transaction.accessor((row) => row.amount.amount, {
    id: 'amount',
    header: 'Amount',
    sortFn: 'number',
    cell: (info) => formatMoney(info.row.original.amount, LOCALE, { signDisplay: 'exceptZero' }),
  }),
  transaction.accessor((row) => row.balanceAfter.amount, {
    id: 'balance',
    header: 'Balance',
    sortFn: 'number',
    cell: (info) => formatMoney(info.row.original.balanceAfter, LOCALE),
  }),
]);

const ticket = createColumnHelper<Features, Ticket>();
const TICKET_STATUS_ORDER = { open: 0, in_progress: 1, resolved: 2, closed: 3 } as const;
const TICKET_STATUS_TEXT = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};
const PRIORITY_ORDER = { low: 0, medium: 1, high: 2 } as const;
const PRIORITY_TEXT = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** TicketsTable's six columns. */
export const ticketColumns = ticket.columns([
  ticket.accessor((row) => row.number, {
    id: 'number',
    header: 'Number',
    sortFn: 'number',
    cell: (info) => `#${info.row.original.number}`,
  }),
  ticket.accessor((row) => row.title, {
    id: 'title',
    header: 'Title',
    sortFn: 'text',
    cell: (info) => info.row.original.title,
  }),
  ticket.accessor((row) => TICKET_STATUS_ORDER[row.status], {
    id: 'status',
    header: 'Status',
    sortFn: 'number',
    cell: (info) => TICKET_STATUS_TEXT[info.row.original.status],
  }),
  ticket.accessor((row) => PRIORITY_ORDER[row.priority], {
    id: 'priority',
    header: 'Priority',
    sortFn: 'number',
    cell: (info) => PRIORITY_TEXT[info.row.original.priority],
  }),
  ticket.accessor((row) => row.assignee?.name ?? '', {
    id: 'assignee',
    header: 'Assignee',
    sortFn: 'text',
    cell: (info) => info.row.original.assignee?.name ?? 'Unassigned',
  }),
  ticket.accessor((row) => Date.parse(row.updatedAt), {
    id: 'updated',
    header: 'Updated',
    sortFn: 'number',
    cell: (info) => formatDate(info.row.original.updatedAt, LOCALE, ZONE, 'dateTime'),
  }),
]);

// -------------------------------------------------------------------------------------------------
// The bare table
// -------------------------------------------------------------------------------------------------

/** Column definitions of one of the bare tables above. */
export type BareColumns = typeof payoutColumns | typeof walletColumns | typeof ticketColumns;

/** Props of {@link BareTable}. */
export interface BareTableProps {
  data: readonly { id: string }[];
  columns: BareColumns;
  caption: string;
}

/** A bare paged, sortable table: TanStack Table and a plain `<table>`. */
export function BareTable({ data, columns, caption }: BareTableProps) {
  const table = useTable({
    features,
    // One of the three sets above, each typed over its own row.
    columns: columns as typeof payoutColumns,
    data: data as Payout[],
    getRowId: (row) => row.id,
    enableSortingRemoval: false,
    initialState: { sorting: [], pagination: { pageIndex: 0, pageSize: 10 } },
  });
  const { pageIndex } = table.state.pagination;
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} data-column={header.column.id} scope="col">
                  <button type="button" onClick={header.column.getToggleSortingHandler()}>
                    <table.FlexRender header={header} />
                  </button>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pagination">
        <button type="button" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
          Previous page
        </button>
        <span>
          Page {pageIndex + 1} of {table.getPageCount()}
        </span>
        <button type="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
          Next page
        </button>
      </nav>
    </>
  );
}

/** Props of {@link BareLoader}. */
export interface BareLoaderProps extends Omit<BareTableProps, 'data'> {
  /** Where the rows are (the same URL the widget asks). */
  url: string;
  fetch: typeof fetch;
}

/** A bare page's load: fetch the JSON, read it, render the table; "Loading…" meanwhile. */
export function BareLoader({ url, fetch: fetchRows, ...table }: BareLoaderProps) {
  const [rows, setRows] = useState<readonly { id: string }[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchRows(url, { signal: controller.signal })
      .then((response) => response.json() as Promise<{ data: { id: string }[] }>)
      .then((body) => setRows(body.data))
      .catch(() => undefined);
    return () => controller.abort();
  }, [url, fetchRows]);
  return rows === null ? <p>Loading…</p> : <BareTable {...table} data={rows} />;
}
