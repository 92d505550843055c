/**
 * The table hook behind `PayoutHistoryTable`: affiliate payouts as DataTable state (sort,
 * pages over the server's pages, CSV) with columns that sort on raw values, filtered by
 * status and date range on the API, and why a failed payout failed. A host can render its
 * own markup on `table`, `list` and `filters` alone.
 */
import type { Payout, PayoutStatus } from '../api/schemas';
import { useSectionMessages } from '../provider/RevampdProvider';
import {
  defineDataTable,
  useListDataTable,
  type DataTableColumnContext,
  type DataTableColumns,
  type ListTable,
  type ListTableOptions,
} from './dataTable';
import {
  useChoiceFilter,
  useDateRangeFilter,
  useListFilters,
  type ChoiceFilter,
  type DateRangeFilter,
  type ListFiltersSummary,
} from './listFilters';
import { usePayouts } from './payouts';
import { dateColumn, moneyColumn } from './tableColumns';
import { enUSListFilters, enUSPayouts } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

/**
 * The DataTable definition (features and column helper) of the payouts table, for hosts
 * building on the same definition.
 */
export const payoutsTableDefinition = /*#__PURE__*/ defineDataTable<Payout>();

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
export function payoutsColumns(
  context: DataTableColumnContext,
): DataTableColumns<Payout, PayoutsTableColumnId> {
  const m = context.sectionMessages('payouts', enUSPayouts);
  const h = payoutsTableDefinition.columnHelper;
  return h.columns([
    dateColumn(h, context, { id: 'date', header: m.columns.date, instant: payoutDate, rowHeader: true }),
    // Not a `codeColumn`: the word carries why a failed payout failed, and the CSV says it too.
    h.accessor((row) => STATUS_RANK[row.status], {
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
    moneyColumn(h, context, { id: 'amount', header: m.columns.amount, money: (row) => row.amount }),
    h.accessor((row) => (isPayoutCredited(row) ? 1 : 0), {
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
export interface UsePayoutsTableOptions extends ListTableOptions {
  /** The old name of `defaultPageSize`, still read when that is unset. @deprecated Use `defaultPageSize`. */
  initialPageSize?: number | undefined;
}

/** The filters of {@link usePayoutsTable}, each sent to the API. */
export interface PayoutsTableFilters extends ListFiltersSummary {
  /** The payout's status, sent as `status`. */
  status: ChoiceFilter<PayoutStatus>;
  /** Calendar days in the org's zone, sent as `createdFrom` / `createdTo` instants. */
  created: DateRangeFilter;
}

/** What {@link usePayoutsTable} returns: the filtered payouts, and their table. */
export interface PayoutsTable extends ListTable<Payout, PayoutsTableColumnId> {
  /** The status and date filters, and the empty-result sentence. */
  filters: PayoutsTableFilters;
}

/**
 * Affiliate payouts as a sortable, paged table over {@link usePayouts}, filtered by status
 * and date range on the API.
 */
export function usePayoutsTable(options: UsePayoutsTableOptions = {}): PayoutsTable {
  const m = useSectionMessages('payouts', enUSPayouts);
  const filterWords = useSectionMessages('listFilters', enUSListFilters);
  const filters = useListFilters(
    {
      status: useChoiceFilter(PAYOUT_STATUSES, m.status, filterWords.all),
      created: useDateRangeFilter(),
    },
    { noResultsFilters: m.noResultsFilters },
  );
  const { status, created } = filters;
  const list = usePayouts({
    status: status.value,
    createdFrom: created.value.from,
    createdTo: created.value.to,
  });
  const table = useListDataTable(payoutsTableDefinition, payoutsColumns, list, {
    defaultPageSize: options.defaultPageSize ?? options.initialPageSize,
  });
  return { list, table, filters };
}
