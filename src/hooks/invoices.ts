import { invoiceKeys, walletKeys } from '../api/keys';
import { invoicesQuery } from '../api/queries';
import type { Invoice, InvoicePayment } from '../api/schemas';
import { payInvoiceWithWallet } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { replaceInPages } from './cache';
import { useIdempotentMutation, useListQuery, type IdempotentMutation, type ListQuery } from './shared';

export { isPayableWithWallet } from '../api/endpoints';

/** Revampd-issued invoices, newest first, paged by cursor. */
export function useInvoices(): ListQuery<Invoice> {
  return useListQuery(invoicesQuery(useRevampd()));
}

/**
 * Pays an open Revampd-issued invoice from the wallet, once whatever the clicks and
 * retries. The client refuses Partner-issued invoices before any request. On success the
 * invoice row and the wallet update, and the transactions refetch.
 */
export function usePayInvoiceWithWallet(): IdempotentMutation<{ invoice: Invoice }, InvoicePayment> {
  const { api, scope, queryClient } = useRevampd();
  return useIdempotentMutation({
    intentOf: ({ invoice }) => `pay:${invoice.id}`,
    send: ({ invoice }, idempotencyKey) => payInvoiceWithWallet(api, invoice, { idempotencyKey }),
    onSuccess: async (payment) => {
      replaceInPages(queryClient, invoiceKeys.list(scope), payment.invoice);
      queryClient.setQueryData(walletKeys.detail(scope), payment.wallet);
      await queryClient.invalidateQueries({ queryKey: walletKeys.transactions(scope) });
    },
  });
}
