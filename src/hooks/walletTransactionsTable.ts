/**
 * The table hook behind `WalletTransactionsTable`: the wallet's whole ledger as DataTable
 * state — date, description, type, signed amount and the balance right after each
 * transaction (the API's `balanceAfter`, so a running balance needs no sums on any page) —
 * filtered by type and by a range of days in the org's zone on the API, paged over every
 * server page, exported as CSV with the running balance, and each payout credit or invoice
 * payment linked to its row. No markup: a host can render its own ledger on the same state.
 */
import { useCallback } from 'react';
import type { WalletTransaction, WalletTransactionKind } from '../api/schemas';
import { csvInstant, csvMoney } from '../format/csv';
import { useRevampd } from '../provider/RevampdProvider';
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
import type { ListQuery } from './shared';
import { useWalletTransactions } from './wallet';
import {
  moneyDirection,
  walletTransactionTarget,
  type MoneyDirection,
  type WalletTransactionLink,
} from './walletView';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

// Module scope: TanStack Table needs `features` to keep its identity between renders.
// Not destructured: a destructuring is kept by bundlers even when the call is pure.
const walletTransactionTable = /*#__PURE__*/ defineDataTable<WalletTransaction>();

/**
 * The DataTable definition (features and column helper) of the wallet ledger, for hosts
 * building on the same definition.
 */
export const walletTransactionsTableDefinition = walletTransactionTable;

/** Ids of the wallet ledger's columns. */
export type WalletTransactionsTableColumnId = 'date' | 'description' | 'kind' | 'amount' | 'balance';

/** Every transaction kind, as the API lists them: the type filter's and the sort's order. */
export const WALLET_TRANSACTION_KINDS: readonly WalletTransactionKind[] = [
  'payout_credit',
  'invoice_payment',
  'refund',
  'adjustment',
];

const KIND_RANK: Readonly<Record<WalletTransactionKind, number>> = {
  payout_credit: 0,
  invoice_payment: 1,
  refund: 2,
  adjustment: 3,
};

/**
 * The ledger's columns: date, description, type, signed amount and balance after. Accessors
 * hold raw values (epoch ms, a rank of the kind's code, minor units), so sorting never sees
 * formatted text; the CSV holds ISO instants, raw kind codes and decimal amounts with their
 * currency, the running balance included. The links to payouts and invoices are the view's.
 */
export function walletTransactionsColumns({
  messages,
  format,
}: DataTableColumnContext): DataTableColumns<WalletTransaction, WalletTransactionsTableColumnId> {
  const m = messages.wallet;
  const h = walletTransactionTable.columnHelper;
  const currencyWord = messages.csv.currency;
  return h.columns([
    h.accessor((row) => Date.parse(row.createdAt), {
      id: 'date',
      header: m.columns.date,
      sortFn: 'number',
      cell: (info) => format.date(info.row.original.createdAt),
      meta: { rowHeader: true, nowrap: true, csv: (row) => csvInstant(row.createdAt) },
    }),
    h.accessor('description', {
      header: m.columns.description,
      sortFn: 'text',
      meta: { csv: (row) => row.description },
    }),
    h.accessor((row) => KIND_RANK[row.kind], {
      id: 'kind',
      header: m.columns.kind,
      sortFn: 'number',
      // A word column for people: the first click sorts ascending, as text columns do.
      sortDescFirst: false,
      cell: (info) => m.kind[info.row.original.kind],
      meta: { nowrap: true, csv: (row) => row.kind },
    }),
    h.accessor((row) => row.amount.amount, {
      id: 'amount',
      header: m.columns.amount,
      sortFn: 'number',
      // Always signed, so a credit and a debit never read alike.
      cell: (info) => format.money(info.row.original.amount, { signDisplay: 'exceptZero' }),
      meta: {
        align: 'end',
        csvHeader: moneyCsvHeaders(m.columns.amount, currencyWord),
        csv: (row) => csvMoney(row.amount),
      },
    }),
    h.accessor((row) => row.balanceAfter.amount, {
      id: 'balance',
      header: m.balanceColumn,
      sortFn: 'number',
      cell: (info) => format.money(info.row.original.balanceAfter),
      meta: {
        align: 'end',
        csvHeader: moneyCsvHeaders(m.balanceColumn, currencyWord),
        csv: (row) => csvMoney(row.balanceAfter),
      },
    }),
  ]);
}

// -------------------------------------------------------------------------------------------------
// useWalletTransactionsTable
// -------------------------------------------------------------------------------------------------

/** Options of {@link useWalletTransactionsTable}. */
export interface UseWalletTransactionsTableOptions {
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
}

/** The filters of {@link useWalletTransactionsTable}, each sent to the API. */
export interface WalletTransactionsTableFilters extends ListFiltersSummary {
  /** The transaction type, sent as `kind`. */
  kind: ChoiceFilter<WalletTransactionKind>;
  /** Calendar days in the org's zone, sent as `createdFrom` / `createdTo` instants. */
  created: DateRangeFilter;
}

/** What {@link useWalletTransactionsTable} returns. */
export interface WalletTransactionsTable {
  /** The filtered ledger, paged by cursor. */
  list: ListQuery<WalletTransaction>;
  /** Sort, pages over every server page, and CSV of every filtered row with its balance. */
  table: DataTableInstance<WalletTransaction, WalletTransactionsTableColumnId>;
  filters: WalletTransactionsTableFilters;
  /** Where a transaction leads (a payout credit to its payout, a payment to its invoice), labelled. */
  linkOf: (transaction: WalletTransaction) => WalletTransactionLink | null;
  /** Which way a transaction's money moved, for styling its amount. */
  directionOf: (transaction: WalletTransaction) => MoneyDirection;
}

const transactionRowId = (transaction: WalletTransaction) => transaction.id;
const directionOf = (transaction: WalletTransaction) => moneyDirection(transaction.amount.amount);

/**
 * The wallet's whole ledger: every page from the server, filtered by type and date range on
 * the API, with the balance after each transaction.
 *
 * @example
 * const { list, table, filters, linkOf } = useWalletTransactionsTable();
 * filters.created.setFrom('2026-03-01');
 * filters.created.setTo('2026-03-31'); // March, in the org's zone
 * const csv = await table.exportCsv(); // every March transaction, with its balance
 */
export function useWalletTransactionsTable(
  options: UseWalletTransactionsTableOptions = {},
): WalletTransactionsTable {
  const { messages, t } = useRevampd();
  const m = messages.wallet;
  const kind = useChoiceFilter(WALLET_TRANSACTION_KINDS, m.kind, messages.listFilters.all);
  const created = useDateRangeFilter();
  const list = useWalletTransactions({
    kind: kind.value,
    createdFrom: created.value.from,
    createdTo: created.value.to,
  });
  const columns = useDataTableColumns(walletTransactionsColumns);
  const table = useDataTable({
    features: walletTransactionTable.features,
    columns,
    list,
    getRowId: transactionRowId,
    defaultPageSize: options.defaultPageSize,
  });

  const active = kind.value !== null || created.value.from !== null || created.value.to !== null;
  const { setValue: setKind } = kind;
  const { clear: clearCreated } = created;
  const clear = useCallback(() => {
    setKind(null);
    clearCreated();
  }, [setKind, clearCreated]);

  const linkOf = useCallback(
    (transaction: WalletTransaction): WalletTransactionLink | null => {
      const target = walletTransactionTarget(transaction);
      return target
        ? { ...target, label: target.section === 'payouts' ? m.viewPayout : m.viewInvoice }
        : null;
    },
    [m],
  );

  return {
    list,
    table,
    filters: {
      kind,
      created,
      active,
      clear,
      noResults: noResultsText(t, active, '', m.noResultsFilters, m.noResultsFilters),
    },
    linkOf,
    directionOf,
  };
}
