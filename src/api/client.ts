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
import type {
  AvailablePhoneNumbersParams,
  InvoiceListParams,
  ListParams,
  PayoutListParams,
  PayoutSummaryParams,
  TicketListParams,
  UploadOptions,
  WalletTransactionListParams,
} from './endpoints';
import type {
  AddOn,
  AddOnPurchase,
  Attachment,
  Attention,
  AvailablePhoneNumberList,
  Invoice,
  InvoicePayment,
  Message,
  NewMessage,
  NewTicket,
  Page,
  Payout,
  PayoutSummary,
  Plan,
  ProductCatalog,
  PurchaseAddOn,
  Ticket,
  TicketDetail,
  Wallet,
  WalletTransaction,
} from './schemas';

/** The Revampd connection API, bound to one org and connection. */
export interface RevampdClient {
  readonly scope: ConnectionScope;
  getPlan(options?: RequestOptions): Promise<Plan>;
  listAddOns(params?: ListParams, options?: RequestOptions): Promise<Page<AddOn>>;
  cancelAddOn(addOnId: string, options: MutationOptions): Promise<AddOn>;
  getAddOnCatalog(options?: RequestOptions): Promise<ProductCatalog>;
  listAvailablePhoneNumbers(
    params: AvailablePhoneNumbersParams,
    options?: RequestOptions,
  ): Promise<AvailablePhoneNumberList>;
  purchaseAddOn(purchase: PurchaseAddOn, options: MutationOptions): Promise<AddOnPurchase>;
  listTickets(params?: TicketListParams, options?: RequestOptions): Promise<Page<Ticket>>;
  getTicket(ticketId: string, options?: RequestOptions): Promise<TicketDetail>;
  createTicket(ticket: NewTicket, options: MutationOptions): Promise<Ticket>;
  updateTicketStatus(ticketId: string, status: 'open' | 'closed', options: MutationOptions): Promise<Ticket>;
  listTicketMessages(ticketId: string, params?: ListParams, options?: RequestOptions): Promise<Page<Message>>;
  replyToTicket(ticketId: string, message: NewMessage, options: MutationOptions): Promise<Message>;
  /** Refused before any request for a file over 10 MiB or of a type api.md does not accept. */
  uploadAttachment(file: Blob & { name?: string }, options: UploadOptions): Promise<Attachment>;
  getAttachment(attachmentId: string, options?: RequestOptions): Promise<Attachment>;
  listInvoices(params?: InvoiceListParams, options?: RequestOptions): Promise<Page<Invoice>>;
  /** Refused before any request for anything but an open, Revampd-issued invoice. */
  payInvoiceWithWallet(invoice: Invoice, options: MutationOptions): Promise<InvoicePayment>;
  getWallet(options?: RequestOptions): Promise<Wallet>;
  listWalletTransactions(
    params?: WalletTransactionListParams,
    options?: RequestOptions,
  ): Promise<Page<WalletTransaction>>;
  listPayouts(params?: PayoutListParams, options?: RequestOptions): Promise<Page<Payout>>;
  getPayoutSummary(params: PayoutSummaryParams, options?: RequestOptions): Promise<PayoutSummary>;
  getAttention(options?: RequestOptions): Promise<Attention>;
}

/** Creates a client bound to one org and connection. */
export function createRevampdClient(config: RevampdClientConfig): RevampdClient {
  const api = createTransport(config);
  return {
    scope: api.scope,
    getPlan: (options) => endpoints.getPlan(api, options),
    listAddOns: (params, options) => endpoints.listAddOns(api, params, options),
    cancelAddOn: (addOnId, options) => endpoints.cancelAddOn(api, addOnId, options),
    getAddOnCatalog: (options) => endpoints.getAddOnCatalog(api, options),
    listAvailablePhoneNumbers: (params, options) => endpoints.listAvailablePhoneNumbers(api, params, options),
    purchaseAddOn: (purchase, options) => endpoints.purchaseAddOn(api, purchase, options),
    listTickets: (params, options) => endpoints.listTickets(api, params, options),
    getTicket: (ticketId, options) => endpoints.getTicket(api, ticketId, options),
    createTicket: (ticket, options) => endpoints.createTicket(api, ticket, options),
    updateTicketStatus: (ticketId, status, options) =>
      endpoints.updateTicketStatus(api, ticketId, status, options),
    listTicketMessages: (ticketId, params, options) =>
      endpoints.listTicketMessages(api, ticketId, params, options),
    replyToTicket: (ticketId, message, options) => endpoints.replyToTicket(api, ticketId, message, options),
    uploadAttachment: (file, options) => endpoints.uploadAttachment(api, file, options),
    getAttachment: (attachmentId, options) => endpoints.getAttachment(api, attachmentId, options),
    listInvoices: (params, options) => endpoints.listInvoices(api, params, options),
    payInvoiceWithWallet: (invoice, options) => endpoints.payInvoiceWithWallet(api, invoice, options),
    getWallet: (options) => endpoints.getWallet(api, options),
    listWalletTransactions: (params, options) => endpoints.listWalletTransactions(api, params, options),
    listPayouts: (params, options) => endpoints.listPayouts(api, params, options),
    getPayoutSummary: (params, options) => endpoints.getPayoutSummary(api, params, options),
    getAttention: (options) => endpoints.getAttention(api, options),
  };
}
