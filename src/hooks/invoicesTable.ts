/**
 * The table hook behind `InvoicesTable`: the invoices' columns (sorting on raw values, CSV
 * of raw codes), sort, pages, "Load more", safe PDF links and paying an open invoice with
 * wallet credits behind a confirmation, without markup. A host can render its own table
 * on the same state.
 */
import type { Invoice, InvoiceStatus, InvoiceType, Money, Wallet } from '../api/schemas';
import { csvInstant, csvMoney } from '../format/csv';
import { normalizeCurrency } from '../format/money';
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
import { isPayableWithWallet, useInvoices, usePayInvoiceWithWallet } from './invoices';
import type { ListQuery } from './shared';
import { useConfirmedAction, type ConfirmedAction } from './useConfirmedAction';
import { useWallet } from './wallet';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

// Module scope: TanStack Table needs `features` to keep its identity between renders.
// Not destructured: a destructuring is kept by bundlers even when the call is pure.
const invoiceTable = /*#__PURE__*/ defineDataTable<Invoice>();

/**
 * The DataTable definition (features and column helper) of the invoices table, for hosts
 * building on the same definition.
 */
export const invoicesTableDefinition = invoiceTable;

/** Ids of the invoices table's columns. */
export type InvoicesTableColumnId = 'number' | 'date' | 'type' | 'status' | 'total' | 'amountDue';

/**
 * Sort order of statuses, in the invoice's life: draft, open, then how it ended. A rank of
 * the raw code, so the order is the same in every language.
 */
const STATUS_RANK: Readonly<Record<InvoiceStatus, number>> = {
  draft: 0,
  open: 1,
  paid: 2,
  void: 3,
  uncollectible: 4,
};

/** Sort order of invoice types, as the API lists them; the same in every language. */
const TYPE_RANK: Readonly<Record<InvoiceType, number>> = {
  phone_number: 0,
  one_time_service: 1,
  call_credits: 2,
  other: 3,
};

/**
 * The URL of an invoice PDF when it may be a link: absolute and `https:` only. Anything
 * else (`javascript:`, `data:`, protocol-relative `//host`, plain `http:`, garbage) is not
 * a link (faults.md 24).
 */
export function safeHttpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    // No base: a relative or protocol-relative URL throws instead of inheriting ours.
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The invoices table's columns: number, date, type, status, total and amount due.
 * Accessors hold raw values (ranks of the type and status codes, minor units, epoch ms),
 * so sorting never sees translated or formatted text; the CSV holds raw codes, decimal
 * amounts with their currency and ISO instants. Row actions (PDF, pay) are the view's.
 */
export function invoicesColumns({
  messages,
  format,
}: DataTableColumnContext): DataTableColumns<Invoice, InvoicesTableColumnId> {
  const m = messages.invoices;
  const h = invoiceTable.columnHelper;
  const currencyWord = messages.csv.currency;
  return h.columns([
    h.accessor('number', {
      header: m.columns.number,
      sortFn: 'text',
      meta: { rowHeader: true, csv: (row) => row.number },
    }),
    h.accessor((row) => Date.parse(row.issuedAt), {
      id: 'date',
      header: m.columns.date,
      sortFn: 'number',
      cell: (info) => format.date(info.row.original.issuedAt),
      meta: { nowrap: true, csv: (row) => csvInstant(row.issuedAt) },
    }),
    h.accessor((row) => TYPE_RANK[row.type], {
      id: 'type',
      header: m.columns.type,
      sortFn: 'number',
      // Word columns for people: the first click sorts ascending, as text columns do.
      sortDescFirst: false,
      cell: (info) => m.type[info.row.original.type],
      meta: { csv: (row) => row.type },
    }),
    h.accessor((row) => STATUS_RANK[row.status], {
      id: 'status',
      header: m.columns.status,
      sortFn: 'number',
      sortDescFirst: false,
      cell: (info) => m.status[info.row.original.status],
      meta: { nowrap: true, csv: (row) => row.status },
    }),
    h.accessor((row) => row.total.amount, {
      id: 'total',
      header: m.columns.total,
      sortFn: 'number',
      cell: (info) => format.money(info.row.original.total),
      meta: {
        align: 'end',
        csvHeader: moneyCsvHeaders(m.columns.total, currencyWord),
        csv: (row) => csvMoney(row.total),
      },
    }),
    h.accessor((row) => row.amountDue.amount, {
      id: 'amountDue',
      header: m.columns.amountDue,
      sortFn: 'number',
      cell: (info) => format.money(info.row.original.amountDue),
      meta: {
        align: 'end',
        csvHeader: moneyCsvHeaders(m.columns.amountDue, currencyWord),
        csv: (row) => csvMoney(row.amountDue),
      },
    }),
  ]);
}

// -------------------------------------------------------------------------------------------------
// useInvoicesTable
// -------------------------------------------------------------------------------------------------

/** The pay-with-wallet flow of {@link useInvoicesTable}. */
export interface InvoicePayFlow extends ConfirmedAction<Invoice> {
  /** Whether an invoice may be paid from the wallet (open, due, Revampd-issued). */
  canPay: (invoice: Invoice) => boolean;
  /** The wallet could not cover the amount due: the invoice stays open. */
  insufficientFunds: boolean;
  /** The wallet now, as the confirmation shows it. */
  wallet: Wallet | undefined;
  /** The balance after paying the target, when the wallet and invoice share a currency. */
  balanceAfter: Money | null;
}

/** What {@link useInvoicesTable} returns. */
export interface InvoicesTable {
  list: ListQuery<Invoice>;
  table: DataTableInstance<Invoice, InvoicesTableColumnId>;
  pay: InvoicePayFlow;
  /** The https URL of an invoice's PDF, or null when it must not be a link. */
  pdfUrl: (invoice: Invoice) => string | null;
}

const invoiceRowId = (invoice: Invoice) => invoice.id;
const invoicePdfUrl = (invoice: Invoice) => safeHttpsUrl(invoice.pdfUrl);

/**
 * The Invoices table: number, date, type, status, total, amount due, sorted on raw
 * values; a safe PDF link; paying an open Revampd-issued invoice with wallet credits, once.
 */
export function useInvoicesTable(): InvoicesTable {
  const list = useInvoices();
  const { messages, t } = useRevampd();
  const columns = useDataTableColumns(invoicesColumns);
  const table = useDataTable({ features: invoiceTable.features, columns, list, getRowId: invoiceRowId });

  const wallet = useWallet();
  const mutation = usePayInvoiceWithWallet();
  const pay = useConfirmedAction({
    items: list.items,
    getId: invoiceRowId,
    // The client refuses these too; not offering them is the first line (faults.md 13).
    canRun: isPayableWithWallet,
    mutation,
    variables: (invoice: Invoice) => ({ invoice }),
    successNotice: (payment) => t(messages.invoices.paid, { number: payment.invoice.number }),
    describeError: (error) =>
      error.code === 'insufficient_funds' ? messages.invoices.insufficientFunds : null,
  });

  const target = pay.target;
  const balance = wallet.data?.balance;
  const balanceAfter =
    target && balance && normalizeCurrency(balance.currency) === normalizeCurrency(target.amountDue.currency)
      ? { amount: balance.amount - target.amountDue.amount, currency: balance.currency }
      : null;

  return {
    list,
    table,
    pdfUrl: invoicePdfUrl,
    pay: {
      ...pay,
      canPay: isPayableWithWallet,
      insufficientFunds: pay.error?.code === 'insufficient_funds',
      wallet: wallet.data,
      balanceAfter,
    },
  };
}
