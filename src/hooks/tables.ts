/**
 * Table hooks of the money sections: the rows, columns, sorting, pages, CSV and the
 * row actions (cancel an add-on, pay an invoice) of `AddOnsTable` and `InvoicesTable`,
 * without markup. A host can render its own table on the same state; the widgets are
 * thin views over these.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RevampdError } from '../api/errors';
import type { AddOn, AddOnStatus, Invoice, InvoiceStatus, Money, Wallet } from '../api/schemas';
import { errorMessage } from '../i18n/errorMessage';
import type { StatusTone } from '../components/ui/StatusBadge';
import { defineDataTable, moneyCsvHeaders, useDataTable, type DataTableInstance } from './dataTable';
import { csvInstant, csvMoney } from '../format/csv';
import { normalizeCurrency } from '../format/money';
import { useRevampd } from '../provider/RevampdProvider';
import { useAddOns, useCancelAddOn } from './addOns';
import { useFormatters } from './formatters';
import { isPayableWithWallet, useInvoices, usePayInvoiceWithWallet } from './invoices';
import type { ListQuery } from './shared';
import { useWallet } from './wallet';

// -------------------------------------------------------------------------------------------------
// Shared
// -------------------------------------------------------------------------------------------------

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

function useErrorText(): (error: RevampdError | null) => string | null {
  const { messages, t, locale, timeZone } = useRevampd();
  return useCallback(
    (error) => (error ? errorMessage(error, { messages, t, locale, timeZone }) : null),
    [messages, t, locale, timeZone],
  );
}

// -------------------------------------------------------------------------------------------------
// Add-ons
// -------------------------------------------------------------------------------------------------

/** Badge tone of each add-on status. */
export const ADD_ON_STATUS_TONE: Readonly<Record<AddOnStatus, StatusTone>> = {
  active: 'success',
  pending: 'info',
  cancelled: 'neutral',
};

/** Whether an add-on can be cancelled here: only active ones. */
export function canCancelAddOn(addOn: Pick<AddOn, 'status'>): boolean {
  return addOn.status === 'active';
}

const addOnTable = /*#__PURE__*/ defineDataTable<AddOn>();
const addOnRowId = (addOn: AddOn) => addOn.id;

/** The cancel-with-confirmation flow of {@link useAddOnsTable}. */
export interface AddOnCancelFlow {
  /** The add-on whose confirmation is open, or null. */
  target: AddOn | null;
  /** Opens the confirmation for an add-on (ignored unless it can be cancelled). */
  request: (addOn: AddOn) => void;
  /** Closes the confirmation without cancelling. */
  dismiss: () => void;
  /** Cancels the target, once whatever the clicks; closes the confirmation on success. */
  confirm: () => Promise<void>;
  isPending: boolean;
  error: RevampdError | null;
  /** The error in plain words, for the confirmation. */
  errorText: string | null;
  /** The last success, in plain words ("Main line was cancelled."). */
  notice: string;
}

/** What {@link useAddOnsTable} returns. */
export interface AddOnsTable {
  list: ListQuery<AddOn>;
  table: DataTableInstance<AddOn>;
  cancel: AddOnCancelFlow;
}

/**
 * The Add-Ons table: name, detail, status, quantity, price with cadence and since, sorted
 * on raw values; and cancelling an active add-on behind a confirmation.
 */
export function useAddOnsTable(): AddOnsTable {
  const list = useAddOns();
  const { messages, t } = useRevampd();
  const format = useFormatters();
  const errorText = useErrorText();

  const columns = useMemo(() => {
    const m = messages.addOns;
    const h = addOnTable.columnHelper;
    return h.columns([
      h.accessor('name', {
        header: m.columns.name,
        sortFn: 'text',
        meta: { rowHeader: true, csv: (row) => row.name },
      }),
      h.accessor((row) => row.detail ?? '', {
        id: 'detail',
        header: m.columns.detail,
        sortFn: 'text',
        cell: (info) => info.row.original.detail ?? messages.common.none,
        meta: { csv: (row) => row.detail ?? '' },
      }),
      h.accessor((row) => m.status[row.status], {
        id: 'status',
        header: m.columns.status,
        sortFn: 'text',
        meta: { nowrap: true, csv: (row) => row.status },
      }),
      h.accessor('quantity', {
        header: m.columns.quantity,
        sortFn: 'number',
        meta: { align: 'end', csv: (row) => row.quantity },
      }),
      h.accessor((row) => row.unitPrice.amount, {
        id: 'price',
        header: m.columns.price,
        sortFn: 'number',
        cell: (info) => {
          const { unitPrice, interval } = info.row.original;
          return t(interval === 'month' ? m.perMonth : m.oneTime, { price: format.money(unitPrice) });
        },
        meta: {
          align: 'end',
          csvHeader: [...moneyCsvHeaders(m.columns.price, messages.csv.currency), m.columns.cadence],
          csv: (row) => [...csvMoney(row.unitPrice), row.interval],
        },
      }),
      h.accessor((row) => Date.parse(row.createdAt), {
        id: 'since',
        header: m.columns.since,
        sortFn: 'number',
        cell: (info) => format.date(info.row.original.createdAt),
        meta: { nowrap: true, csv: (row) => csvInstant(row.createdAt) },
      }),
      h.display({ id: 'actions', header: m.columns.actions, enableSorting: false, cell: () => null }),
    ]);
  }, [messages, t, format]);

  const table = useDataTable({
    features: addOnTable.features,
    columns,
    data: list.items,
    getRowId: addOnRowId,
  });

  const mutation = useCancelAddOn();
  const [targetId, setTargetId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const target = targetId === null ? null : (list.items.find((addOn) => addOn.id === targetId) ?? null);
  const { mutate, reset } = mutation;
  const { refetch } = list;

  const request = useCallback(
    (addOn: AddOn) => {
      if (!canCancelAddOn(addOn)) return;
      reset();
      setTargetId(addOn.id);
    },
    [reset],
  );
  const dismiss = useCallback(() => setTargetId(null), []);
  const confirm = useCallback(async () => {
    if (!target) return;
    try {
      const cancelled = await mutate({ addOnId: target.id });
      setTargetId(null);
      setNotice(t(messages.addOns.cancelled, { name: cancelled.name }));
    } catch (error) {
      // Someone else cancelled it first: show the row as it is now.
      if (error instanceof Error && 'code' in error && error.code === 'already_cancelled') refetch();
    }
  }, [target, mutate, t, messages, refetch]);

  const cancelError = targetId === null ? null : mutation.error;
  const cancelErrorText =
    cancelError?.code === 'already_cancelled' ? messages.addOns.alreadyCancelled : errorText(cancelError);

  return {
    list,
    table,
    cancel: {
      target,
      request,
      dismiss,
      confirm,
      isPending: mutation.isPending,
      error: cancelError,
      errorText: cancelErrorText,
      notice,
    },
  };
}

// -------------------------------------------------------------------------------------------------
// Invoices
// -------------------------------------------------------------------------------------------------

/** Badge tone of each invoice status. */
export const INVOICE_STATUS_TONE: Readonly<Record<InvoiceStatus, StatusTone>> = {
  draft: 'neutral',
  open: 'warning',
  paid: 'success',
  void: 'neutral',
  uncollectible: 'danger',
};

const invoiceTable = /*#__PURE__*/ defineDataTable<Invoice>();
const invoiceRowId = (invoice: Invoice) => invoice.id;

/** The pay-with-wallet flow of {@link useInvoicesTable}. */
export interface InvoicePayFlow {
  /** The invoice whose confirmation is open, or null. */
  target: Invoice | null;
  /** Whether an invoice may be paid from the wallet (open, due, Revampd-issued). */
  canPay: (invoice: Invoice) => boolean;
  /** Opens the confirmation (ignored for anything {@link canPay} refuses). */
  request: (invoice: Invoice) => void;
  dismiss: () => void;
  /** Pays the target once, whatever the clicks and retries; closes on success. */
  confirm: () => Promise<void>;
  isPending: boolean;
  error: RevampdError | null;
  /** The wallet could not cover the amount due: the invoice stays open. */
  insufficientFunds: boolean;
  /** The error in plain words, for the confirmation. */
  errorText: string | null;
  /** The wallet now, as the confirmation shows it. */
  wallet: Wallet | undefined;
  /** The balance after paying the target, when the wallet and invoice share a currency. */
  balanceAfter: Money | null;
  /** The last success, in plain words. */
  notice: string;
}

/** What {@link useInvoicesTable} returns. */
export interface InvoicesTable {
  list: ListQuery<Invoice>;
  table: DataTableInstance<Invoice>;
  pay: InvoicePayFlow;
  /** The https URL of an invoice's PDF, or null when it must not be a link. */
  pdfUrl: (invoice: Invoice) => string | null;
}

/**
 * The Invoices table: number, date, type, status, total, amount due, sorted on raw
 * values; a safe PDF link; paying an open Revampd-issued invoice with wallet credits.
 */
export function useInvoicesTable(): InvoicesTable {
  const list = useInvoices();
  const { messages, t } = useRevampd();
  const format = useFormatters();
  const errorText = useErrorText();

  const columns = useMemo(() => {
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
      h.accessor((row) => m.type[row.type], {
        id: 'type',
        header: m.columns.type,
        sortFn: 'text',
        meta: { csv: (row) => row.type },
      }),
      h.accessor((row) => m.status[row.status], {
        id: 'status',
        header: m.columns.status,
        sortFn: 'text',
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
      h.display({ id: 'actions', header: m.columns.actions, enableSorting: false, cell: () => null }),
    ]);
  }, [messages, format]);

  const table = useDataTable({
    features: invoiceTable.features,
    columns,
    data: list.items,
    getRowId: invoiceRowId,
  });

  const mutation = usePayInvoiceWithWallet();
  const wallet = useWallet();
  const [targetId, setTargetId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const target = targetId === null ? null : (list.items.find((invoice) => invoice.id === targetId) ?? null);
  const { mutate, reset } = mutation;

  const request = useCallback(
    (invoice: Invoice) => {
      // The client refuses these too; not offering them is the first line (faults.md 13).
      if (!isPayableWithWallet(invoice)) return;
      reset();
      setTargetId(invoice.id);
    },
    [reset],
  );
  const dismiss = useCallback(() => setTargetId(null), []);
  const confirm = useCallback(async () => {
    if (!target) return;
    try {
      const payment = await mutate({ invoice: target });
      setTargetId(null);
      setNotice(t(messages.invoices.paid, { number: payment.invoice.number }));
    } catch {
      // The error stays on the mutation and is shown in the confirmation.
    }
  }, [target, mutate, t, messages]);

  const payError = targetId === null ? null : mutation.error;
  const insufficientFunds = payError?.code === 'insufficient_funds';
  const balance = wallet.data?.balance;
  const balanceAfter =
    target && balance && normalizeCurrency(balance.currency) === normalizeCurrency(target.amountDue.currency)
      ? { amount: balance.amount - target.amountDue.amount, currency: balance.currency }
      : null;

  return {
    list,
    table,
    pdfUrl: (invoice) => safeHttpsUrl(invoice.pdfUrl),
    pay: {
      target,
      canPay: isPayableWithWallet,
      request,
      dismiss,
      confirm,
      isPending: mutation.isPending,
      error: payError,
      insufficientFunds,
      errorText: insufficientFunds ? messages.invoices.insufficientFunds : errorText(payError),
      wallet: wallet.data,
      balanceAfter,
      notice,
    },
  };
}
