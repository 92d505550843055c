/**
 * The baseline: a bare TanStack Table v9 table over the same payouts, with the same
 * columns, cell formatting, sort functions and page size as PayoutHistoryTable, and none
 * of the library (no provider, no query cache, no states, no CSV, no styles). It keeps
 * the minimum a paged table needs to be usable: previous / next and "page x of y".
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
import type { Payout } from '../src/api/schemas';
import { formatDate } from '../src/format/dates';
import { formatMoney } from '../src/format/money';

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: {
    number: constructSortFn({
      sort: (a: unknown, b: unknown) => (typeof a === 'number' ? a : 0) - (typeof b === 'number' ? b : 0),
    }),
  },
});

const helper = createColumnHelper<typeof features, Payout>();
const STATUS_ORDER = { failed: 0, pending: 1, paid: 2 } as const;
const STATUS_TEXT = { failed: 'Failed', pending: 'Pending', paid: 'Paid' } as const;
const LOCALE = 'en-US';
const ZONE = 'America/New_York';
const when = (row: Payout) => row.paidAt ?? row.createdAt;

const columns = helper.columns([
  helper.accessor((row) => Date.parse(when(row)), {
    id: 'date',
    header: 'Date',
    sortFn: 'number',
    cell: (info) => formatDate(when(info.row.original), LOCALE, ZONE),
  }),
  helper.accessor((row) => STATUS_ORDER[row.status], {
    id: 'status',
    header: 'Status',
    sortFn: 'number',
    cell: (info) => STATUS_TEXT[info.row.original.status],
  }),
  helper.accessor((row) => row.amount.amount, {
    id: 'amount',
    header: 'Amount',
    sortFn: 'number',
    cell: (info) => formatMoney(info.row.original.amount, LOCALE),
  }),
  helper.accessor((row) => (row.walletTransactionId === null ? 0 : 1), {
    id: 'walletCredit',
    header: 'Wallet credit',
    sortFn: 'number',
    cell: (info) => (info.row.original.walletTransactionId === null ? 'Not credited' : 'Credited'),
  }),
]);

/** The bare table. */
export function BareTable({ data }: { data: Payout[] }) {
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    enableSortingRemoval: false,
    initialState: { sorting: [], pagination: { pageIndex: 0, pageSize: 10 } },
  });
  const { pageIndex } = table.state.pagination;
  return (
    <>
      <table>
        <caption>Payout history</caption>
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
