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
import { codeColumn, dateColumn, moneyColumn } from './tableColumns';
import { useWalletTransactions } from './wallet';
import {
  moneyDirection,
  walletTransactionTarget,
  type MoneyDirection,
  type WalletTransactionLink,
} from './walletView';
import { enUSListFilters, enUSWallet } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

/**
 * The DataTable definition (features and column helper) of the wallet ledger, for hosts
 * building on the same definition.
 */
export const walletTransactionsTableDefinition = /*#__PURE__*/ defineDataTable<WalletTransaction>();

/** Ids of the wallet ledger's columns. */
export type WalletTransactionsTableColumnId = 'date' | 'description' | 'kind' | 'amount' | 'balance';

/** Every transaction kind, as the API lists them: the type filter's and the sort's order. */
export const WALLET_TRANSACTION_KINDS: readonly WalletTransactionKind[] = [
  'payout_credit',
  'invoice_payment',
  'refund',
  'adjustment',
];

/**
 * The ledger's columns: date, description, type, signed amount and balance after. Accessors
 * hold raw values (epoch ms, a rank of the kind's code, minor units), so sorting never sees
 * formatted text; the CSV holds ISO instants, raw kind codes and decimal amounts with their
 * currency, the running balance included. The links to payouts and invoices are the view's.
 */
export function walletTransactionsColumns(
  context: DataTableColumnContext,
): DataTableColumns<WalletTransaction, WalletTransactionsTableColumnId> {
  const m = context.sectionMessages('wallet', enUSWallet);
  const h = walletTransactionsTableDefinition.columnHelper;
  return h.columns([
    dateColumn(h, context, {
      id: 'date',
      header: m.columns.date,
      instant: (row) => row.createdAt,
      rowHeader: true,
      nowrap: true,
    }),
    h.accessor('description', {
      header: m.columns.description,
      sortFn: 'text',
      meta: { csv: (row) => row.description },
    }),
    codeColumn(h, {
      id: 'kind',
      header: m.columns.kind,
      code: (row) => row.kind,
      order: WALLET_TRANSACTION_KINDS,
      labels: m.kind,
      nowrap: true,
    }),
    moneyColumn(h, context, {
      id: 'amount',
      header: m.columns.amount,
      money: (row) => row.amount,
      // Always signed, so a credit and a debit never read alike.
      display: { signDisplay: 'exceptZero' },
    }),
    moneyColumn(h, context, { id: 'balance', header: m.balanceColumn, money: (row) => row.balanceAfter }),
  ]);
}

// -------------------------------------------------------------------------------------------------
// useWalletTransactionsTable
// -------------------------------------------------------------------------------------------------

/** Options of {@link useWalletTransactionsTable}. */
export type UseWalletTransactionsTableOptions = ListTableOptions;

/** The filters of {@link useWalletTransactionsTable}, each sent to the API. */
export interface WalletTransactionsTableFilters extends ListFiltersSummary {
  /** The transaction type, sent as `kind`. */
  kind: ChoiceFilter<WalletTransactionKind>;
  /** Calendar days in the org's zone, sent as `createdFrom` / `createdTo` instants. */
  created: DateRangeFilter;
}

/**
 * What {@link useWalletTransactionsTable} returns: the filtered ledger, and its table (whose
 * CSV holds each row's balance).
 */
export interface WalletTransactionsTable
  extends ListTable<WalletTransaction, WalletTransactionsTableColumnId> {
  /** The type and date filters, and the empty-result sentence. */
  filters: WalletTransactionsTableFilters;
  /** Where a transaction leads (a payout credit to its payout, a payment to its invoice), labelled. */
  linkOf: (transaction: WalletTransaction) => WalletTransactionLink | null;
  /** Which way a transaction's money moved, for styling its amount. */
  directionOf: (transaction: WalletTransaction) => MoneyDirection;
}

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
  const m = useSectionMessages('wallet', enUSWallet);
  const filterWords = useSectionMessages('listFilters', enUSListFilters);
  const filters = useListFilters(
    {
      kind: useChoiceFilter(WALLET_TRANSACTION_KINDS, m.kind, filterWords.all),
      created: useDateRangeFilter(),
    },
    { noResultsFilters: m.noResultsFilters },
  );
  const { kind, created } = filters;
  const list = useWalletTransactions({
    kind: kind.value,
    createdFrom: created.value.from,
    createdTo: created.value.to,
  });
  const table = useListDataTable(walletTransactionsTableDefinition, walletTransactionsColumns, list, options);

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
    filters,
    linkOf,
    directionOf,
  };
}
