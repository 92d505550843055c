import { invoiceQueries, walletQueries } from '../api/queries';
import type { Invoice, InvoicePayment } from '../api/schemas';
import { payInvoiceWithWallet } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { replaceInPages } from './cache';
import { useIdempotentMutation, useListQuery, type IdempotentMutation, type ListQuery } from './shared';

export { isPayableWithWallet } from '../api/endpoints';

/** Revampd-issued invoices, newest first, paged by cursor. */
export function useInvoices(): ListQuery<Invoice> {
  return useListQuery(invoiceQueries.list(useRevampd()));
}

/**
 * Pays an open Revampd-issued invoice from the wallet, once whatever the clicks, retries
 * and remounts. The client refuses Partner-issued invoices before any request. On success
 * the invoice row and the wallet of the scope that paid update, and its transactions refetch.
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
      await queryClient.invalidateQueries({ queryKey: walletQueries.transactionLists(scope) });
    },
  });
}
