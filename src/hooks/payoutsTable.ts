/**
 * The table hook behind `PayoutHistoryTable`: affiliate payouts as DataTable state (sort,
 * pages over the server's pages, CSV) with columns that sort on raw values, filtered by
 * status and date range on the API, and why a failed payout failed. A host can render its
 * own markup on `table`, `list` and `filters` alone.
 */
import { useCallback } from 'react';
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
import {
  noResultsText,
  useChoiceFilter,
  useDateRangeFilter,
  type ChoiceFilter,
  type DateRangeFilter,
  type ListFiltersSummary,
} from './listFilters';
import { usePayouts } from './payouts';
import type { ListQuery } from './shared';
import { useRevampd } from '../provider/RevampdProvider';

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

/** Every payout status, in the status filter's order. */
export const PAYOUT_STATUSES: readonly PayoutStatus[] = ['pending', 'paid', 'failed'];

/**
 * Why a payout failed, as the API said it (untrusted text: a view renders it as text only),
 * or `null` for a payout that did not fail or came without a reason.
 */
export function payoutFailureReason(payout: Pick<Payout, 'status' | 'failureReason'>): string | null {
  if (payout.status !== 'failed') return null;
  const reason = payout.failureReason?.trim();
  return reason ? reason : null;
}

/**
 * Sort order of statuses: the ones needing attention first when ascending. A rank of the
 * raw code, so the order is the same in every language.
 */
const STATUS_RANK: Readonly<Record<PayoutStatus, number>> = { failed: 0, pending: 1, paid: 2 };

/**
 * The payouts table's columns: date (paid, or created while pending), status (with why a
 * failed one failed), amount and the wallet credit it became. Every column sorts on raw
 * values (epoch ms, a status rank, minor units), never formatted text; the CSV holds ISO
 * instants, raw status codes, the failure reason and decimal amounts with a currency.
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
      cell: (info) => {
        const reason = payoutFailureReason(info.row.original);
        const status = m.status[info.row.original.status];
        return reason ? `${status}. ${m.failureReason} ${reason}` : status;
      },
      meta: {
        csvHeader: [m.columns.status, m.csvFailureReason],
        csv: (row) => [row.status, payoutFailureReason(row) ?? ''],
      },
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

/** The filters of {@link usePayoutsTable}, each sent to the API. */
export interface PayoutsTableFilters extends ListFiltersSummary {
  status: ChoiceFilter<PayoutStatus>;
  /** Calendar days in the org's zone, sent as `createdFrom` / `createdTo` instants. */
  created: DateRangeFilter;
}

/** What {@link usePayoutsTable} returns. */
export interface PayoutsTable {
  /** The cursor-paged list (loading, errors, the server's pages) of the filtered payouts. */
  list: ListQuery<Payout>;
  /** Sort, pages over the server's pages, and CSV of every filtered payout. */
  table: DataTableInstance<Payout, PayoutsTableColumnId>;
  /** The status and date filters, and the empty-result sentence. */
  filters: PayoutsTableFilters;
}

const payoutRowId = (payout: Payout) => payout.id;

/**
 * Affiliate payouts as a sortable, paged table over {@link usePayouts}, filtered by status
 * and date range on the API.
 */
export function usePayoutsTable(options: UsePayoutsTableOptions = {}): PayoutsTable {
  const { messages, t } = useRevampd();
  const m = messages.payouts;
  const status = useChoiceFilter(PAYOUT_STATUSES, m.status, messages.listFilters.all);
  const created = useDateRangeFilter();
  const list = usePayouts({
    status: status.value,
    createdFrom: created.value.from,
    createdTo: created.value.to,
  });
  const columns = useDataTableColumns(payoutsColumns);
  const table = useDataTable({
    features: payoutTable.features,
    columns,
    list,
    getRowId: payoutRowId,
    defaultPageSize: options.defaultPageSize ?? options.initialPageSize,
  });

  const active = status.value !== null || created.value.from !== null || created.value.to !== null;
  const { setValue: setStatus } = status;
  const { clear: clearCreated } = created;
  const clear = useCallback(() => {
    setStatus(null);
    clearCreated();
  }, [setStatus, clearCreated]);

  return {
    list,
    table,
    filters: {
      status,
      created,
      active,
      clear,
      noResults: noResultsText(t, active, '', m.noResultsFilters, m.noResultsFilters),
    },
  };
}
