/**
 * One function per endpoint of api.md. Each names only its own schema, so a bundler keeps
 * just the endpoints (and schemas) a host's widgets use: importing WalletCard does not
 * pull in the tickets contract.
 */
import {
  AddOn,
  AddOnPage,
  InvoicePage,
  InvoicePayment,
  PayoutPage,
  PayoutSummary,
  Plan,
  Ticket,
  TicketPage,
  Wallet,
  WalletTransactionPage,
} from './schemas';
import type {
  AddOn as AddOnT,
  Invoice as InvoiceT,
  InvoicePayment as InvoicePaymentT,
  NewTicket,
  Page,
  Payout,
  PayoutSummary as PayoutSummaryT,
  Plan as PlanT,
  Ticket as TicketT,
  TicketStatus,
  Wallet as WalletT,
  WalletTransaction,
} from './schemas';
import type { MutationOptions, RequestOptions, Transport } from './transport';

/** Paging of a list endpoint. */
export interface ListParams {
  /** 1–100. @default 25 (server) */
  limit?: number | undefined;
  /** The previous page's `nextCursor`. */
  cursor?: string | null | undefined;
}

/** Filters of `GET /tickets`. */
export interface TicketListParams extends ListParams {
  status?: TicketStatus | null | undefined;
}

/** Query of `GET /affiliate/summary`. */
export interface PayoutSummaryParams {
  /** IANA zone in which periods are bucketed. */
  timeZone: string;
  /** 1 = Monday … 7 = Sunday. */
  weekStartsOn: number;
}

const id = encodeURIComponent;
const paging = (params: ListParams) => ({ limit: params.limit, cursor: params.cursor });

/** `GET /plan`. */
export function getPlan(api: Transport, options: RequestOptions = {}): Promise<PlanT> {
  return api.send({ method: 'GET', path: '/plan', schema: Plan, signal: options.signal });
}

/** `GET /add-ons`. */
export function listAddOns(
  api: Transport,
  params: ListParams = {},
  options: RequestOptions = {},
): Promise<Page<AddOnT>> {
  return api.send({
    method: 'GET',
    path: '/add-ons',
    schema: AddOnPage,
    query: paging(params),
    signal: options.signal,
  });
}

/** `POST /add-ons/{id}/cancel`. */
export function cancelAddOn(api: Transport, addOnId: string, options: MutationOptions): Promise<AddOnT> {
  return api.send({
    method: 'POST',
    path: `/add-ons/${id(addOnId)}/cancel`,
    schema: AddOn,
    body: {},
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

/** `GET /tickets?status=`. */
export function listTickets(
  api: Transport,
  params: TicketListParams = {},
  options: RequestOptions = {},
): Promise<Page<TicketT>> {
  return api.send({
    method: 'GET',
    path: '/tickets',
    schema: TicketPage,
    query: { ...paging(params), status: params.status },
    signal: options.signal,
  });
}

/** `GET /tickets/{id}`. */
export function getTicket(api: Transport, ticketId: string, options: RequestOptions = {}): Promise<TicketT> {
  return api.send({
    method: 'GET',
    path: `/tickets/${id(ticketId)}`,
    schema: Ticket,
    signal: options.signal,
  });
}

/** `POST /tickets`. Only the contract's fields are sent, whatever the caller passes. */
export function createTicket(api: Transport, ticket: NewTicket, options: MutationOptions): Promise<TicketT> {
  return api.send({
    method: 'POST',
    path: '/tickets',
    schema: Ticket,
    body: { title: ticket.title, priority: ticket.priority, description: ticket.description },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

/** `PATCH /tickets/{id}`: close or reopen. */
export function updateTicketStatus(
  api: Transport,
  ticketId: string,
  status: 'open' | 'closed',
  options: MutationOptions,
): Promise<TicketT> {
  return api.send({
    method: 'PATCH',
    path: `/tickets/${id(ticketId)}`,
    schema: Ticket,
    body: { status },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

/** `GET /invoices`. */
export function listInvoices(
  api: Transport,
  params: ListParams = {},
  options: RequestOptions = {},
): Promise<Page<InvoiceT>> {
  return api.send({
    method: 'GET',
    path: '/invoices',
    schema: InvoicePage,
    query: paging(params),
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

/** `GET /wallet`. */
export function getWallet(api: Transport, options: RequestOptions = {}): Promise<WalletT> {
  return api.send({ method: 'GET', path: '/wallet', schema: Wallet, signal: options.signal });
}

/** `GET /wallet/transactions`. */
export function listWalletTransactions(
  api: Transport,
  params: ListParams = {},
  options: RequestOptions = {},
): Promise<Page<WalletTransaction>> {
  return api.send({
    method: 'GET',
    path: '/wallet/transactions',
    schema: WalletTransactionPage,
    query: paging(params),
    signal: options.signal,
  });
}

/** `GET /affiliate/payouts`. */
export function listPayouts(
  api: Transport,
  params: ListParams = {},
  options: RequestOptions = {},
): Promise<Page<Payout>> {
  return api.send({
    method: 'GET',
    path: '/affiliate/payouts',
    schema: PayoutPage,
    query: paging(params),
    signal: options.signal,
  });
}

/** `GET /affiliate/summary`. */
export function getPayoutSummary(
  api: Transport,
  params: PayoutSummaryParams,
  options: RequestOptions = {},
): Promise<PayoutSummaryT> {
  return api.send({
    method: 'GET',
    path: '/affiliate/summary',
    schema: PayoutSummary,
    query: { timeZone: params.timeZone, weekStartsOn: params.weekStartsOn },
    signal: options.signal,
  });
}
