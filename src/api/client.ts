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
  /** The org and connection every request of this client goes to. */
  readonly scope: ConnectionScope;
  /** `GET /plan`: the connection's plan, direct or managed by a Partner. */
  getPlan(options?: RequestOptions): Promise<Plan>;
  /** `GET /add-ons`: one page of the connection's add-ons. */
  listAddOns(params?: ListParams, options?: RequestOptions): Promise<Page<AddOn>>;
  /** `POST /add-ons/{id}/cancel`; rejects with `409 already_cancelled` or `422 not_cancellable`. */
  cancelAddOn(addOnId: string, options: MutationOptions): Promise<AddOn>;
  /** `GET /add-ons/catalog`: what the Sub-Org can buy from Revampd directly (not paged). */
  getAddOnCatalog(options?: RequestOptions): Promise<ProductCatalog>;
  /**
   * `GET /phone-numbers/available`: at most 20 numbers; a search the server would refuse is refused
   * unsent.
   */
  listAvailablePhoneNumbers(
    params: AvailablePhoneNumbersParams,
    options?: RequestOptions,
  ): Promise<AvailablePhoneNumberList>;
  /**
   * `POST /add-ons`: buys a product. `409 price_changed`, `number_unavailable` and
   * `insufficient_funds` charge nothing.
   */
  purchaseAddOn(purchase: PurchaseAddOn, options: MutationOptions): Promise<AddOnPurchase>;
  /** `GET /tickets`: one page of tickets, filtered. */
  listTickets(params?: TicketListParams, options?: RequestOptions): Promise<Page<Ticket>>;
  /** `GET /tickets/{id}`: the ticket with its own attachments. */
  getTicket(ticketId: string, options?: RequestOptions): Promise<TicketDetail>;
  /** `POST /tickets`: opens a ticket; only the contract's fields are sent. */
  createTicket(ticket: NewTicket, options: MutationOptions): Promise<Ticket>;
  /** `PATCH /tickets/{id}`: closes or reopens a ticket. */
  updateTicketStatus(ticketId: string, status: 'open' | 'closed', options: MutationOptions): Promise<Ticket>;
  /** `GET /tickets/{id}/messages`: one page of the conversation, oldest first. */
  listTicketMessages(ticketId: string, params?: ListParams, options?: RequestOptions): Promise<Page<Message>>;
  /**
   * `POST /tickets/{id}/messages`: reopens a `resolved` ticket; a `closed` one answers
   * `409 ticket_closed`.
   */
  replyToTicket(ticketId: string, message: NewMessage, options: MutationOptions): Promise<Message>;
  /** Refused before any request for a file over 10 MiB or of a type api.md does not accept. */
  uploadAttachment(file: Blob & { name?: string }, options: UploadOptions): Promise<Attachment>;
  /** `GET /attachments/{id}`: the attachment as it is now (poll it while its scan is `pending`). */
  getAttachment(attachmentId: string, options?: RequestOptions): Promise<Attachment>;
  /** `GET /invoices`: one page of invoices, filtered. */
  listInvoices(params?: InvoiceListParams, options?: RequestOptions): Promise<Page<Invoice>>;
  /** Refused before any request for anything but an open, Revampd-issued invoice. */
  payInvoiceWithWallet(invoice: Invoice, options: MutationOptions): Promise<InvoicePayment>;
  /** `GET /wallet`: the balance and when it last changed. */
  getWallet(options?: RequestOptions): Promise<Wallet>;
  /** `GET /wallet/transactions`: one page of the ledger, filtered. */
  listWalletTransactions(
    params?: WalletTransactionListParams,
    options?: RequestOptions,
  ): Promise<Page<WalletTransaction>>;
  /** `GET /affiliate/payouts`: one page of affiliate payouts, filtered. */
  listPayouts(params?: PayoutListParams, options?: RequestOptions): Promise<Page<Payout>>;
  /**
   * `GET /affiliate/summary`: year-, month- and week-to-date totals and totals by month, bucketed
   * in `params.timeZone`.
   */
  getPayoutSummary(params: PayoutSummaryParams, options?: RequestOptions): Promise<PayoutSummary>;
  /** `GET /attention`: counts and amounts for a banner and a host's menu badges. */
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
