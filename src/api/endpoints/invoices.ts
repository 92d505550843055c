/** The invoices' endpoints, paying one with wallet credits included. */
import type { Page } from '../schemas/common';
import { InvoiceFilters, InvoicePage, InvoicePayment } from '../schemas/invoices';
import type {
  Invoice as InvoiceT,
  InvoicePayment as InvoicePaymentT,
  InvoiceStatus,
  InvoiceType,
} from '../schemas/invoices';
import type { MutationOptions, RequestOptions, Transport } from '../transport';
import { dateFilter, filterQuery, id, paging, textFilter, type DateBound, type ListParams } from './shared';

/** Filters of `GET /invoices`. */
export interface InvoiceListParams extends ListParams {
  status?: InvoiceStatus | null | undefined;
  type?: InvoiceType | null | undefined;
  issuedFrom?: DateBound;
  issuedTo?: DateBound;
  /** 1–100 characters matched against number and description; longer is refused unsent. */
  q?: string | null | undefined;
}

/** `GET /invoices?status=&type=&issuedFrom=&issuedTo=&q=`. */
export async function listInvoices(
  api: Transport,
  params: InvoiceListParams = {},
  options: RequestOptions = {},
): Promise<Page<InvoiceT>> {
  const filters = filterQuery(api, InvoiceFilters, {
    status: textFilter(params.status),
    type: textFilter(params.type),
    issuedFrom: dateFilter(params.issuedFrom),
    issuedTo: dateFilter(params.issuedTo),
    q: textFilter(params.q),
  });
  return api.send({
    method: 'GET',
    path: '/invoices',
    schema: InvoicePage,
    query: { ...paging(params), ...filters },
    signal: options.signal,
  });
}

/**
 * Whether wallet credits may pay this invoice: it is open, has something due, and was
 * issued by Revampd. Wallet credits never pay Partner invoices (faults.md 13).
 */
export function isPayableWithWallet(invoice: Pick<InvoiceT, 'status' | 'issuer' | 'amountDue'>): boolean {
  return invoice.status === 'open' && invoice.issuer === 'revampd' && invoice.amountDue.amount > 0;
}

/**
 * `POST /invoices/{id}/pay-with-wallet`. Refused before any request for an invoice that
 * is not payable (faults.md 13), whatever the UI offered.
 */
export async function payInvoiceWithWallet(
  api: Transport,
  invoice: InvoiceT,
  options: MutationOptions,
): Promise<InvoicePaymentT> {
  if (!isPayableWithWallet(invoice)) {
    return api.fail({
      kind: 'refused',
      code: 'invoice_not_payable',
      message: 'Only open invoices issued by Revampd can be paid with wallet credits.',
    });
  }
  return api.send({
    method: 'POST',
    path: `/invoices/${id(invoice.id)}/pay-with-wallet`,
    schema: InvoicePayment,
    body: {},
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}
