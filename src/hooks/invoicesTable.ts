/**
 * The table hook behind `InvoicesTable`: the invoices' columns (sorting on raw values, CSV
 * of raw codes), the filters sent to the API (status, type, issue dates, search), which
 * invoices are overdue, the total due of the open ones, sort and pages, safe PDF links and
 * paying an open invoice with wallet credits behind a confirmation, without markup. A host
 * can render its own table on the same state.
 */
import { useCallback, useMemo } from 'react';
import type { Invoice, InvoiceStatus, InvoiceType, Money, Wallet } from '../api/schemas';
import { calendarDayOf, type CalendarDay } from '../format/dateRange';
import { normalizeCurrency } from '../format/money';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useAttention } from './attention';
import {
  defineDataTable,
  useListDataTable,
  type DataTableColumnContext,
  type DataTableColumns,
  type ListTable,
} from './dataTable';
import { useFormatters } from './formatters';
import { isPayableWithWallet, useInvoices, usePayInvoiceWithWallet } from './invoices';
import {
  useChoiceFilter,
  useDateRangeFilter,
  useListFilters,
  useSearchFilter,
  type ChoiceFilter,
  type DateRangeFilter,
  type ListFiltersSummary,
  type SearchFilter,
} from './listFilters';
import { codeColumn, dateColumn, moneyColumn } from './tableColumns';
import { useConfirmedAction, type ConfirmedAction } from './useConfirmedAction';
import { useWallet } from './wallet';
import { enUSInvoices, enUSListFilters } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

/**
 * The DataTable definition (features and column helper) of the invoices table, for hosts
 * building on the same definition.
 */
export const invoicesTableDefinition = /*#__PURE__*/ defineDataTable<Invoice>();

/** Ids of the invoices table's columns. */
export type InvoicesTableColumnId = 'number' | 'date' | 'type' | 'status' | 'total' | 'amountDue';

/** Every invoice status, in the invoice's life: the status filter's order. */
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['draft', 'open', 'paid', 'void', 'uncollectible'];

/** Every invoice type, as the API lists them: the type filter's and the sort's order. */
export const INVOICE_TYPES: readonly InvoiceType[] = [
  'phone_number',
  'one_time_service',
  'call_credits',
  'other',
];

/**
 * Sort order of statuses, in the invoice's life: draft, overdue (an open invoice past its
 * due date comes first of the open ones, as it needs attention first), open, then how it
 * ended. A rank of the raw code, so the order is the same in every language.
 */
const STATUS_RANK: Readonly<Record<InvoiceStatus | 'overdue', number>> = {
  draft: 0,
  overdue: 1,
  open: 2,
  paid: 3,
  void: 4,
  uncollectible: 5,
};

/**
 * Whether an invoice is overdue: open, with a due date whose calendar day in the org's
 * zone is before `today` (the same zone's calendar day). An invoice due on 31 March is
 * payable through 31 March, wherever the person is.
 *
 * @example
 * isInvoiceOverdue(invoice, calendarDayOf(new Date(), 'America/New_York'), 'America/New_York');
 */
export function isInvoiceOverdue(
  invoice: Pick<Invoice, 'status' | 'dueAt'>,
  today: CalendarDay,
  timeZone: string,
): boolean {
  if (invoice.status !== 'open' || invoice.dueAt === null) return false;
  const due = new Date(invoice.dueAt);
  if (Number.isNaN(due.getTime())) return false;
  try {
    // Same-format calendar days compare as text.
    return calendarDayOf(due, timeZone) < today;
  } catch {
    return false;
  }
}

/** Today's calendar day in `timeZone`, or `""` (nothing overdue) for an unknown zone. */
function todayIn(timeZone: string): CalendarDay {
  try {
    return calendarDayOf(new Date(), timeZone);
  } catch {
    return '';
  }
}

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
 * The invoices table's columns: number, date, type, status (with Overdue), total and amount
 * due. Accessors hold raw values (ranks of the type and status codes, overdue ranked before
 * open, minor units, epoch ms), so sorting never sees translated or formatted text; the CSV
 * holds raw codes, whether the invoice is overdue, decimal amounts with their currency and
 * ISO instants. Row actions (PDF, pay) are the view's.
 */
export function invoicesColumns(
  context: DataTableColumnContext,
): DataTableColumns<Invoice, InvoicesTableColumnId> {
  const { sectionMessages, timeZone } = context;
  const m = sectionMessages('invoices', enUSInvoices);
  const h = invoicesTableDefinition.columnHelper;
  // Today as the columns are built (again with the locale or zone); a page left open past
  // midnight catches up on its next rebuild or reload.
  const today = todayIn(timeZone);
  const overdue = (invoice: Invoice) => isInvoiceOverdue(invoice, today, timeZone);
  return h.columns([
    h.accessor('number', {
      header: m.columns.number,
      sortFn: 'text',
      meta: { rowHeader: true, csv: (row) => row.number },
    }),
    dateColumn(h, context, {
      id: 'date',
      header: m.columns.date,
      instant: (row) => row.issuedAt,
      nowrap: true,
    }),
    codeColumn(h, {
      id: 'type',
      header: m.columns.type,
      code: (row) => row.type,
      order: INVOICE_TYPES,
      labels: m.type,
    }),
    h.accessor((row) => STATUS_RANK[overdue(row) ? 'overdue' : row.status], {
      id: 'status',
      header: m.columns.status,
      sortFn: 'number',
      // A word column for people, as `codeColumn`s are: the first click sorts ascending.
      sortDescFirst: false,
      cell: (info) => {
        const invoice = info.row.original;
        return overdue(invoice) ? `${m.status[invoice.status]}, ${m.overdue}` : m.status[invoice.status];
      },
      meta: {
        nowrap: true,
        csvHeader: [m.columns.status, m.csvOverdue],
        csv: (row) => [row.status, overdue(row) ? 'true' : 'false'],
      },
    }),
    moneyColumn(h, context, { id: 'total', header: m.columns.total, money: (row) => row.total }),
    moneyColumn(h, context, { id: 'amountDue', header: m.columns.amountDue, money: (row) => row.amountDue }),
  ]);
}

// -------------------------------------------------------------------------------------------------
// useInvoicesTable
// -------------------------------------------------------------------------------------------------

/** The pay-with-wallet flow of {@link useInvoicesTable}. */
export interface InvoicePayFlow extends ConfirmedAction<Invoice> {
  /**
   * Whether an invoice may be paid from the wallet (open, due, Revampd-issued), and the
   * host has not switched `payInvoices` off.
   */
  canPay: (invoice: Invoice) => boolean;
  /** The wallet could not cover the amount due: the invoice stays open. */
  insufficientFunds: boolean;
  /** The wallet now, as the confirmation shows it. */
  wallet: Wallet | undefined;
  /** The balance after paying the target, when the wallet and invoice share a currency. */
  balanceAfter: Money | null;
}

/** The filters of {@link useInvoicesTable}, each sent to the API. */
export interface InvoicesTableFilters extends ListFiltersSummary {
  /** The invoice's status, sent as `status`. */
  status: ChoiceFilter<InvoiceStatus>;
  /** The invoice's type, sent as `type`. */
  type: ChoiceFilter<InvoiceType>;
  /** "Search invoices": number and description, sent as `q` on submit (at most 100 characters). */
  search: SearchFilter;
  /** The issue-date range, as calendar days in the org's zone, sent as `issuedFrom` / `issuedTo`. */
  issued: DateRangeFilter;
}

/** The total due of the open invoices, from the server's attention summary. */
export interface InvoicesTotalDue {
  /** How many open Revampd-issued invoices there are. */
  count: number;
  /** Their amount due, in the wallet's currency. */
  amount: Money;
  /** `amount` in the provider's locale, e.g. `$120.50`. */
  formatted: string;
}

/** What {@link useInvoicesTable} returns. */
export interface InvoicesTable extends ListTable<Invoice, InvoicesTableColumnId> {
  /** The filters, and the empty-result sentence naming them. */
  filters: InvoicesTableFilters;
  /** Whether an invoice is open and past its due day in the org's zone. */
  isOverdue: (invoice: Invoice) => boolean;
  /** The open invoices' total due (all of them, whatever the filters); `null` until known. */
  totalDue: InvoicesTotalDue | null;
  /** Pay with wallet; offers nothing when the host switched `payInvoices` off. */
  pay: InvoicePayFlow;
  /** The https URL of an invoice's PDF, or null when it must not be a link. */
  pdfUrl: (invoice: Invoice) => string | null;
}

const invoicePdfUrl = (invoice: Invoice) => safeHttpsUrl(invoice.pdfUrl);
const never = () => false;

/**
 * The Invoices table: number, date, type, status (with Overdue), total, amount due, sorted
 * on raw values; filters by status, type, issue date and a search, all sent to the API; the
 * total due of the open invoices; a safe PDF link; paying an open Revampd-issued invoice
 * with wallet credits, once.
 */
export function useInvoicesTable(): InvoicesTable {
  const { t, timeZone, features } = useRevampd();
  const m = useSectionMessages('invoices', enUSInvoices);
  const filterWords = useSectionMessages('listFilters', enUSListFilters);
  const filters = useListFilters(
    {
      status: useChoiceFilter(INVOICE_STATUSES, m.status, filterWords.all),
      type: useChoiceFilter(INVOICE_TYPES, m.type, filterWords.all),
      search: useSearchFilter(),
      issued: useDateRangeFilter(),
    },
    { noResultsFilters: m.noResultsFilters, noResultsSearch: m.noResultsSearch },
  );
  const { status, type, search, issued } = filters;
  const list = useInvoices({
    status: status.value,
    type: type.value,
    q: search.value || null,
    issuedFrom: issued.value.from,
    issuedTo: issued.value.to,
  });
  // The page goes back to the first when a filter changes: the rows are another list's.
  const table = useListDataTable(invoicesTableDefinition, invoicesColumns, list);

  const today = todayIn(timeZone);
  const isOverdue = useCallback(
    (invoice: Invoice) => isInvoiceOverdue(invoice, today, timeZone),
    [today, timeZone],
  );

  const attention = useAttention();
  const format = useFormatters();
  const open = attention.data?.openInvoices;
  const totalDue = useMemo(
    () =>
      open ? { count: open.count, amount: open.amountDue, formatted: format.money(open.amountDue) } : null,
    [open, format],
  );

  const wallet = useWallet();
  const mutation = usePayInvoiceWithWallet();
  // Switched off by the host: no invoice may be paid, so none offers it (no disabled button).
  const canPay = features.payInvoices ? isPayableWithWallet : never;
  const pay = useConfirmedAction({
    items: list.items,
    getId: (invoice: Invoice) => invoice.id,
    // The client refuses these too; not offering them is the first line (faults.md 13).
    canRun: canPay,
    mutation,
    variables: (invoice: Invoice) => ({ invoice }),
    successNotice: (payment) => t(m.paid, { number: payment.invoice.number }),
    describeError: (error) => {
      if (error.code === 'insufficient_funds') return m.insufficientFunds;
      // The client's own refusal text is English and names no brand: say it in the
      // person's language instead.
      if (error.code === 'invoice_not_payable') return t(m.notPayable);
      return null;
    },
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
    filters,
    isOverdue,
    totalDue,
    pdfUrl: invoicePdfUrl,
    pay: {
      ...pay,
      canPay,
      insufficientFunds: pay.error?.code === 'insufficient_funds',
      wallet: wallet.data,
      balanceAfter,
    },
  };
}
