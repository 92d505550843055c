/**
 * The table hook behind `PayoutHistoryTable`: affiliate payouts as DataTable state (sort,
 * pages, "Load more", CSV) with columns that sort on raw values. A host can render its own
 * markup on `table` and `list` alone.
 */
import type { Payout, PayoutStatus } from '../api/schemas';
import { csvInstant, csvMoney } from '../format/csv';
import {
  defineDataTable,
  moneyCsvHeaders,
  useDataTable,
  useDataTableColumns,
  type DataTableColumnContext,
  type DataTableColumns,
  type DataTableInstance,
} from './dataTable';
import { usePayouts } from './payouts';
import type { ListQuery } from './shared';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

// Module scope: TanStack Table needs `features` to keep its identity between renders.
// Not destructured: a destructuring is kept by bundlers even when the call is pure.
const payoutTable = /*#__PURE__*/ defineDataTable<Payout>();

/**
 * The DataTable definition (features and column helper) of the payouts table, for hosts
 * building on the same definition. An alias, not `.features`: a property read at module
 * scope would keep the table code in bundles that never use it.
 */
export const payoutsTableDefinition = payoutTable;

/** When a payout happened for people: when it was paid, or created while not yet paid. */
export function payoutDate(payout: Pick<Payout, 'paidAt' | 'createdAt'>): string {
  return payout.paidAt ?? payout.createdAt;
}

/** Whether the payout became a wallet credit (it has the transaction's id). */
export function isPayoutCredited(payout: Pick<Payout, 'walletTransactionId'>): boolean {
  return payout.walletTransactionId !== null;
}

/** Ids of the payouts table's columns. */
export type PayoutsTableColumnId = 'date' | 'status' | 'amount' | 'walletCredit';

/**
 * Sort order of statuses: the ones needing attention first when ascending. A rank of the
 * raw code, so the order is the same in every language.
 */
const STATUS_RANK: Readonly<Record<PayoutStatus, number>> = { failed: 0, pending: 1, paid: 2 };

/**
 * The payouts table's columns: date (paid, or created while pending), status, amount and
 * the wallet credit it became. Every column sorts on raw values (epoch ms, a status rank,
 * minor units), never formatted text; the CSV holds ISO instants, raw status codes and
 * decimal amounts with a currency.
 */
export function payoutsColumns({
  messages,
  format,
}: DataTableColumnContext): DataTableColumns<Payout, PayoutsTableColumnId> {
  const m = messages.payouts;
  const columnHelper = payoutTable.columnHelper;
  return columnHelper.columns([
    columnHelper.accessor((row) => Date.parse(payoutDate(row)), {
      id: 'date',
      header: m.columns.date,
      sortFn: 'number',
      cell: (info) => format.date(payoutDate(info.row.original)),
      meta: { rowHeader: true, csv: (row) => csvInstant(payoutDate(row)) },
    }),
    columnHelper.accessor((row) => STATUS_RANK[row.status], {
      id: 'status',
      header: m.columns.status,
      sortFn: 'number',
      cell: (info) => m.status[info.row.original.status],
      meta: { csv: (row) => row.status },
    }),
    columnHelper.accessor((row) => row.amount.amount, {
      id: 'amount',
      header: m.columns.amount,
      sortFn: 'number',
      cell: (info) => format.money(info.row.original.amount),
      meta: {
        align: 'end',
        csvHeader: moneyCsvHeaders(m.columns.amount, messages.csv.currency),
        csv: (row) => csvMoney(row.amount),
      },
    }),
    columnHelper.accessor((row) => (isPayoutCredited(row) ? 1 : 0), {
      id: 'walletCredit',
      header: m.columns.walletCredit,
      sortFn: 'number',
      cell: (info) => (isPayoutCredited(info.row.original) ? m.credited : m.notCredited),
      meta: { csv: (row) => row.walletTransactionId ?? '' },
    }),
  ]);
}

// -------------------------------------------------------------------------------------------------
// usePayoutsTable
// -------------------------------------------------------------------------------------------------

/** Options of {@link usePayoutsTable}. */
export interface UsePayoutsTableOptions {
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
  /** @deprecated Use `defaultPageSize`. */
  initialPageSize?: number | undefined;
}

/** What {@link usePayoutsTable} returns. */
export interface PayoutsTable {
  /** The cursor-paged list (loading, errors, "Load more"). */
  list: ListQuery<Payout>;
  /** Sort, pages, "Load more" and CSV over the loaded payouts. */
  table: DataTableInstance<Payout, PayoutsTableColumnId>;
}

const payoutRowId = (payout: Payout) => payout.id;

/** Affiliate payouts as a sortable, paged table over {@link usePayouts}. */
export function usePayoutsTable(options: UsePayoutsTableOptions = {}): PayoutsTable {
  const list = usePayouts();
  const columns = useDataTableColumns(payoutsColumns);
  const table = useDataTable({
    features: payoutTable.features,
    columns,
    list,
    getRowId: payoutRowId,
    defaultPageSize: options.defaultPageSize ?? options.initialPageSize,
  });
  return { list, table };
}
