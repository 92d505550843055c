import { invoiceQueries, walletQueries, type InvoiceListFilters } from '../api/queries';
import type { Invoice, InvoicePayment } from '../api/schemas';
import { payInvoiceWithWallet } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { invalidateAttention } from './attention';
import { replaceInPages } from './cache';
import { useIdempotentMutation, useListQuery, type IdempotentMutation, type ListQuery } from './shared';

export { isPayableWithWallet } from '../api/endpoints';

/** Filters of {@link useInvoices}: status, type, issue dates as ISO instants, and `q`. */
export type InvoiceFilters = InvoiceListFilters;

/**
 * Revampd-issued invoices, newest first, filtered by the API, paged by cursor. A new filter
 * is a new list: the previous filter's rows are never shown under it.
 */
export function useInvoices(filters: InvoiceFilters = {}): ListQuery<Invoice> {
  return useListQuery(invoiceQueries.list(useRevampd(), filters));
}

/**
 * Pays an open Revampd-issued invoice from the wallet, once whatever the clicks, retries
 * and remounts. The client refuses Partner-issued invoices before any request. On success
 * the invoice row and the wallet of the scope that paid update, and its transactions and
 * attention counts refetch.
 */
export function usePayInvoiceWithWallet(): IdempotentMutation<{ invoice: Invoice }, InvoicePayment> {
  return useIdempotentMutation({
    feature: 'payInvoices',
    intentOf: ({ invoice }) => `pay:${invoice.id}`,
    send: ({ invoice }, idempotencyKey, { api }) => payInvoiceWithWallet(api, invoice, { idempotencyKey }),
    onSuccess: async (payment, _variables, client) => {
      const { queryClient, scope } = client;
      replaceInPages(queryClient, invoiceQueries.lists(scope), payment.invoice);
      queryClient.setQueryData(walletQueries.detail(client).queryKey, payment.wallet);
      // What needs attention (open invoices, the wallet's shortfall) refetches on its own
      // time: a slow summary must not hold the payment's confirmation open.
      void invalidateAttention(client);
      await queryClient.invalidateQueries({ queryKey: walletQueries.transactionLists(scope) });
    },
  });
}
