/**
 * The typed client of the Revampd connection API as one object, for hosts that call the
 * API directly (scripts, server code, their own data layer). The widgets and hooks use
 * the per-endpoint functions instead, so a bundle keeps only the endpoints it uses.
 */
import * as endpoints from './endpoints';
import {
  createTransport,
  type ConnectionScope,
  type MutationOptions,
  type RequestOptions,
  type RevampdClientConfig,
} from './transport';
import type { ListParams, PayoutSummaryParams, TicketListParams } from './endpoints';
import type {
  AddOn,
  Invoice,
  InvoicePayment,
  NewTicket,
  Page,
  Payout,
  PayoutSummary,
  Plan,
  Ticket,
  Wallet,
  WalletTransaction,
} from './schemas';

/** The Revampd connection API, bound to one org and connection. */
export interface RevampdClient {
  readonly scope: ConnectionScope;
  getPlan(options?: RequestOptions): Promise<Plan>;
  listAddOns(params?: ListParams, options?: RequestOptions): Promise<Page<AddOn>>;
  cancelAddOn(addOnId: string, options: MutationOptions): Promise<AddOn>;
  listTickets(params?: TicketListParams, options?: RequestOptions): Promise<Page<Ticket>>;
  getTicket(ticketId: string, options?: RequestOptions): Promise<Ticket>;
  createTicket(ticket: NewTicket, options: MutationOptions): Promise<Ticket>;
  updateTicketStatus(ticketId: string, status: 'open' | 'closed', options: MutationOptions): Promise<Ticket>;
  listInvoices(params?: ListParams, options?: RequestOptions): Promise<Page<Invoice>>;
  /** Refused before any request for anything but an open, Revampd-issued invoice. */
  payInvoiceWithWallet(invoice: Invoice, options: MutationOptions): Promise<InvoicePayment>;
  getWallet(options?: RequestOptions): Promise<Wallet>;
  listWalletTransactions(params?: ListParams, options?: RequestOptions): Promise<Page<WalletTransaction>>;
  listPayouts(params?: ListParams, options?: RequestOptions): Promise<Page<Payout>>;
  getPayoutSummary(params: PayoutSummaryParams, options?: RequestOptions): Promise<PayoutSummary>;
}

/** Creates a client bound to one org and connection. */
export function createRevampdClient(config: RevampdClientConfig): RevampdClient {
  const api = createTransport(config);
  return {
    scope: api.scope,
    getPlan: (options) => endpoints.getPlan(api, options),
    listAddOns: (params, options) => endpoints.listAddOns(api, params, options),
    cancelAddOn: (addOnId, options) => endpoints.cancelAddOn(api, addOnId, options),
    listTickets: (params, options) => endpoints.listTickets(api, params, options),
    getTicket: (ticketId, options) => endpoints.getTicket(api, ticketId, options),
    createTicket: (ticket, options) => endpoints.createTicket(api, ticket, options),
    updateTicketStatus: (ticketId, status, options) =>
      endpoints.updateTicketStatus(api, ticketId, status, options),
    listInvoices: (params, options) => endpoints.listInvoices(api, params, options),
    payInvoiceWithWallet: (invoice, options) => endpoints.payInvoiceWithWallet(api, invoice, options),
    getWallet: (options) => endpoints.getWallet(api, options),
    listWalletTransactions: (params, options) => endpoints.listWalletTransactions(api, params, options),
    listPayouts: (params, options) => endpoints.listPayouts(api, params, options),
    getPayoutSummary: (params, options) => endpoints.getPayoutSummary(api, params, options),
  };
}
