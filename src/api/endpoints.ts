/**
 * One function per endpoint of api.md. Each names only its own schema, so a bundler keeps
 * just the endpoints (and schemas) a host's widgets use: importing WalletCard does not
 * pull in the tickets contract.
 */
import type * as v from 'valibot';
import { parseContract } from './parse';
import {
  AddOn,
  AddOnPage,
  AddOnPurchase,
  ATTACHMENT_LIMITS,
  Attachment,
  Attention,
  AvailablePhoneNumberList,
  AvailablePhoneNumberQuery,
  InvoiceFilters,
  InvoicePage,
  InvoicePayment,
  Message,
  MessagePage,
  PayoutFilters,
  PayoutPage,
  PayoutSummary,
  Plan,
  ProductCatalog,
  Ticket,
  TicketDetail,
  TicketFilters,
  TicketPage,
  Wallet,
  WalletTransactionFilters,
  WalletTransactionPage,
} from './schemas';
import type {
  AddOn as AddOnT,
  AddOnPurchase as AddOnPurchaseT,
  Attachment as AttachmentT,
  AttachmentContentType,
  Attention as AttentionT,
  AvailablePhoneNumberList as AvailablePhoneNumberListT,
  Invoice as InvoiceT,
  InvoicePayment as InvoicePaymentT,
  InvoiceStatus,
  InvoiceType,
  Message as MessageT,
  NewMessage,
  NewTicket,
  Page,
  Payout,
  PayoutStatus,
  PayoutSummary as PayoutSummaryT,
  Plan as PlanT,
  ProductCatalog as ProductCatalogT,
  PurchaseAddOn,
  Ticket as TicketT,
  TicketDetail as TicketDetailT,
  TicketPriority,
  TicketStatus,
  Wallet as WalletT,
  WalletTransaction,
  WalletTransactionKind,
} from './schemas';
import type { MutationOptions, RequestOptions, Transport } from './transport';

// -------------------------------------------------------------------------------------------------
// Parameters
// -------------------------------------------------------------------------------------------------

/** Paging of a list endpoint. */
export interface ListParams {
  /** 1–100. @default 25 (server) */
  limit?: number | undefined;
  /** The previous page's `nextCursor`. It belongs to the filters it was made with. */
  cursor?: string | null | undefined;
}

/**
 * A date-range bound: a `Date` or an ISO 8601 instant with an offset. The client turns a
 * person's calendar day into an instant in the org's zone first; the server never guesses
 * a zone. `…From` is inclusive, `…To` exclusive.
 */
export type DateBound = Date | string | null | undefined;

/** Filters of `GET /tickets`. `null`, `undefined`, `""` and `false` send nothing. */
export interface TicketListParams extends ListParams {
  /** Only tickets in this state. */
  status?: TicketStatus | null | undefined;
  /** Only tickets of this priority. */
  priority?: TicketPriority | null | undefined;
  /** Only tickets whose latest message is the team's and that are not closed. */
  awaitingCustomer?: boolean | null | undefined;
  /** 1–100 characters matched against number, title and description; longer is refused unsent. */
  q?: string | null | undefined;
}

/** Filters of `GET /invoices`. */
export interface InvoiceListParams extends ListParams {
  status?: InvoiceStatus | null | undefined;
  type?: InvoiceType | null | undefined;
  issuedFrom?: DateBound;
  issuedTo?: DateBound;
  /** 1–100 characters matched against number and description; longer is refused unsent. */
  q?: string | null | undefined;
}

/** Filters of `GET /wallet/transactions`. */
export interface WalletTransactionListParams extends ListParams {
  kind?: WalletTransactionKind | null | undefined;
  createdFrom?: DateBound;
  createdTo?: DateBound;
}

/** Filters of `GET /affiliate/payouts`. */
export interface PayoutListParams extends ListParams {
  status?: PayoutStatus | null | undefined;
  createdFrom?: DateBound;
  createdTo?: DateBound;
}

/** Query of `GET /affiliate/summary`. */
export interface PayoutSummaryParams {
  /** IANA zone in which periods are bucketed. */
  timeZone: string;
  /** 1 = Monday … 7 = Sunday. */
  weekStartsOn: number;
}

/** Query of `GET /phone-numbers/available`. */
export interface AvailablePhoneNumbersParams {
  /** A phone-number product of the catalog. */
  productId: string;
  /** 1–5 digits; spaces, dashes, dots and brackets are dropped first. */
  areaCode?: string | null | undefined;
  /** 1–10 digits or letters (letters map to keypad digits); separators dropped first. */
  contains?: string | null | undefined;
}

/** Options of {@link uploadAttachment}. */
export interface UploadOptions extends MutationOptions {
  /**
   * Told how many bytes of the request went out so far. `fetch` cannot report upload
   * progress, so with this set the upload goes through `XMLHttpRequest` (where the runtime
   * has one) instead of the client's `fetch`; everything else (token, retries, errors,
   * Idempotency-Key) is the same.
   */
  onProgress?: ((loaded: number, total: number) => void) | undefined;
}

const id = encodeURIComponent;
const paging = (params: ListParams) => ({ limit: params.limit, cursor: params.cursor });

// -------------------------------------------------------------------------------------------------
// Filters
// -------------------------------------------------------------------------------------------------

type Query = Record<string, string | number | null | undefined>;

/** `undefined` for "no filter": null, empty text and `false` are not sent. */
function textFilter(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

/** A date bound as the ISO instant the API wants; an invalid `Date` stays invalid for the check. */
function dateFilter(value: DateBound): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  return Number.isFinite(value.getTime()) ? value.toISOString() : 'Invalid Date';
}

/**
 * Drops the unset filters, checks the rest against the contract and returns them as query
 * parameters (the transport encodes them with URLSearchParams, faults.md 39). A filter the
 * server would refuse with `400 invalid_filter` is refused here, before any request, naming
 * the filter.
 */
function filterQuery(
  api: Transport,
  schema: v.GenericSchema,
  filters: Record<string, string | true | undefined>,
): Query {
  const set: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) set[name] = value;
  const parsed = parseContract(schema, set);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = String(issue?.path[0] ?? 'filter');
    return api.fail({
      kind: 'refused',
      code: 'invalid_filter',
      field,
      message: `Filter "${field}" refused: ${issue?.message ?? 'invalid value'}.`,
    });
  }
  const query: Query = {};
  for (const [name, value] of Object.entries(set)) query[name] = value === true ? 'true' : value;
  return query;
}

// -------------------------------------------------------------------------------------------------
// Attachments: client-side checks and upload progress
// -------------------------------------------------------------------------------------------------

const TYPE_BY_EXTENSION: Readonly<Record<string, AttachmentContentType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
};

// Browsers give no type, a generic one, or Excel's for a CSV on Windows: then the
// extension decides (the server still checks the bytes).
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'application/vnd.ms-excel']);

function isAllowedType(type: string): type is AttachmentContentType {
  return (ATTACHMENT_LIMITS.contentTypes as readonly string[]).includes(type);
}

/**
 * The content type a file will be uploaded as, or `null` when api.md refuses its type.
 * The declared type wins when it is an allowed one; a missing or vague one falls back to the
 * file name's extension.
 */
export function attachmentContentType(file: { name?: string; type: string }): AttachmentContentType | null {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (isAllowedType(declared)) return declared;
  if (!VAGUE_TYPES.has(declared)) return null;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name ?? '')?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? null;
}

/** Why a file cannot be attached, with the limit to name to the person. */
export type AttachmentProblem =
  | { code: 'file_too_large'; maxBytes: number }
  | { code: 'unsupported_type'; contentTypes: readonly string[] };

/**
 * The checks of api.md a client can make before uploading (faults.md 28): size and type.
 * `null` when the file may be uploaded; the server still checks the bytes.
 */
export function checkAttachment(file: {
  name?: string;
  size: number;
  type: string;
}): AttachmentProblem | null {
  if (file.size > ATTACHMENT_LIMITS.maxBytes) {
    return { code: 'file_too_large', maxBytes: ATTACHMENT_LIMITS.maxBytes };
  }
  if (attachmentContentType(file) === null) {
    return { code: 'unsupported_type', contentTypes: ATTACHMENT_LIMITS.contentTypes };
  }
  return null;
}

/** The bytes of a `multipart/form-data` body, and its `Content-Type` with the boundary. */
export interface MultipartBody {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
}

/**
 * Encodes one file as a `multipart/form-data` body with one part named `file`, as a browser
 * would (the file name as UTF-8, with `"`, CR and LF percent-encoded). Encoded here rather
 * than left to `FormData` so the same bytes go out through any `fetch` and through
 * `XMLHttpRequest`, in every runtime (test DOMs mix one realm's FormData with another's
 * fetch and lose the file). A file is at most 10 MiB, so holding it in memory is fine.
 */
export async function multipartFileBody(file: Blob, name: string, type: string): Promise<MultipartBody> {
  const random = new Uint8Array(16);
  globalThis.crypto.getRandomValues(random);
  const boundary = `----revampd${[...random].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  const safeName = name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const content = new Uint8Array(await file.arrayBuffer());
  const bytes = new Uint8Array(head.length + content.length + tail.length);
  bytes.set(head, 0);
  bytes.set(content, head.length);
  bytes.set(tail, head.length + content.length);
  return { bytes, contentType: `multipart/form-data; boundary=${boundary}` };
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // A header the Fetch API refuses to hold (forbidden name): nothing reads it.
    }
  }
  return headers;
}

/**
 * A `fetch` over `XMLHttpRequest`, the only browser API that reports upload progress.
 * It behaves like fetch where the transport looks: a network failure rejects with a
 * TypeError, an abort with an AbortError, and any HTTP answer resolves.
 */
function progressFetch(onProgress: (loaded: number, total: number) => void): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const { signal } = init;
      const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const xhr = new XMLHttpRequest();
      let settled = false;
      // Settles once, whichever of load, error and abort comes first.
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        finish();
      };
      // Rejects at once rather than waiting for the XHR's own abort event, which some
      // runtimes (and interceptors) never fire for a request that has not been answered.
      const onAbort = () => {
        settle(() => reject(abortError()));
        xhr.abort();
      };
      const url = input instanceof Request ? input.url : String(input);
      xhr.open(init.method ?? 'GET', url);
      // The transport sends `credentials: 'omit'`; the XHR equivalent is no credentials.
      xhr.withCredentials = false;
      new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      };
      xhr.onload = () =>
        settle(() => {
          const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
          resolve(
            new Response(empty ? null : xhr.responseText, {
              status: xhr.status,
              statusText: xhr.statusText,
              headers: parseHeaders(xhr.getAllResponseHeaders()),
            }),
          );
        });
      xhr.onerror = () => settle(() => reject(new TypeError('The network request failed.')));
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => settle(() => reject(abortError()));
      signal?.addEventListener('abort', onAbort, { once: true });
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}

// -------------------------------------------------------------------------------------------------
// Plan
// -------------------------------------------------------------------------------------------------

/** `GET /plan`. */
export function getPlan(api: Transport, options: RequestOptions = {}): Promise<PlanT> {
  return api.send({ method: 'GET', path: '/plan', schema: Plan, signal: options.signal });
}

// -------------------------------------------------------------------------------------------------
// Add-ons
// -------------------------------------------------------------------------------------------------

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

/** `POST /add-ons/{id}/cancel`: `409 already_cancelled`, `422 not_cancellable`. */
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

/** `GET /add-ons/catalog`: what the Sub-Org can buy from Revampd directly (not paged). */
export function getAddOnCatalog(api: Transport, options: RequestOptions = {}): Promise<ProductCatalogT> {
  return api.send({
    method: 'GET',
    path: '/add-ons/catalog',
    schema: ProductCatalog,
    signal: options.signal,
  });
}

/** Separators a person types in a phone number; the API wants digits (and letters) only. */
const PHONE_SEPARATORS = /[\s().+-]/g;

/**
 * `GET /phone-numbers/available`: at most 20 numbers of a phone-number product. A query
 * the server would refuse (`areaCode` not 1–5 digits, `contains` not 1–10 digits or
 * letters) is refused before any request.
 */
export async function listAvailablePhoneNumbers(
  api: Transport,
  params: AvailablePhoneNumbersParams,
  options: RequestOptions = {},
): Promise<AvailablePhoneNumberListT> {
  const query = filterQuery(api, AvailablePhoneNumberQuery, {
    productId: params.productId,
    areaCode: textFilter(params.areaCode?.replace(PHONE_SEPARATORS, '')),
    contains: textFilter(params.contains?.replace(PHONE_SEPARATORS, '')),
  });
  return api.send({
    method: 'GET',
    path: '/phone-numbers/available',
    schema: AvailablePhoneNumberList,
    query,
    signal: options.signal,
  });
}

/**
 * `POST /add-ons`: buys a product. `409 price_changed`, `409 number_unavailable` and
 * `409 insufficient_funds` charge nothing. Only the contract's fields are sent.
 */
export function purchaseAddOn(
  api: Transport,
  purchase: PurchaseAddOn,
  options: MutationOptions,
): Promise<AddOnPurchaseT> {
  return api.send({
    method: 'POST',
    path: '/add-ons',
    schema: AddOnPurchase,
    body: {
      productId: purchase.productId,
      quantity: purchase.quantity,
      ...(purchase.phoneNumber === undefined ? {} : { phoneNumber: purchase.phoneNumber }),
      payWith: purchase.payWith,
      expectedTotal: { amount: purchase.expectedTotal.amount, currency: purchase.expectedTotal.currency },
    },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

// -------------------------------------------------------------------------------------------------
// Tickets and their conversations
// -------------------------------------------------------------------------------------------------

/** `GET /tickets?status=&priority=&awaitingCustomer=true&q=`. */
export async function listTickets(
  api: Transport,
  params: TicketListParams = {},
  options: RequestOptions = {},
): Promise<Page<TicketT>> {
  const filters = filterQuery(api, TicketFilters, {
    status: textFilter(params.status),
    priority: textFilter(params.priority),
    awaitingCustomer: params.awaitingCustomer === true ? true : undefined,
    q: textFilter(params.q),
  });
  return api.send({
    method: 'GET',
    path: '/tickets',
    schema: TicketPage,
    query: { ...paging(params), ...filters },
    signal: options.signal,
  });
}

/** `GET /tickets/{id}`: the ticket with its own attachments. */
export function getTicket(
  api: Transport,
  ticketId: string,
  options: RequestOptions = {},
): Promise<TicketDetailT> {
  return api.send({
    method: 'GET',
    path: `/tickets/${id(ticketId)}`,
    schema: TicketDetail,
    signal: options.signal,
  });
}

/** The `attachmentIds` of a body, left out when there are none (the body stays as before). */
const attachmentIds = (ids: readonly string[] | undefined) =>
  ids === undefined || ids.length === 0 ? {} : { attachmentIds: [...ids] };

/** `POST /tickets`. Only the contract's fields are sent, whatever the caller passes. */
export function createTicket(api: Transport, ticket: NewTicket, options: MutationOptions): Promise<TicketT> {
  return api.send({
    method: 'POST',
    path: '/tickets',
    schema: Ticket,
    body: {
      title: ticket.title,
      priority: ticket.priority,
      description: ticket.description,
      ...attachmentIds(ticket.attachmentIds),
    },
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

/** `GET /tickets/{id}/messages`: the conversation, oldest first, paged. */
export function listTicketMessages(
  api: Transport,
  ticketId: string,
  params: ListParams = {},
  options: RequestOptions = {},
): Promise<Page<MessageT>> {
  return api.send({
    method: 'GET',
    path: `/tickets/${id(ticketId)}/messages`,
    schema: MessagePage,
    query: paging(params),
    signal: options.signal,
  });
}

/**
 * `POST /tickets/{id}/messages`: a reply by the customer. It reopens a `resolved` ticket;
 * a `closed` one answers `409 ticket_closed`. Only the contract's fields are sent.
 */
export function replyToTicket(
  api: Transport,
  ticketId: string,
  message: NewMessage,
  options: MutationOptions,
): Promise<MessageT> {
  return api.send({
    method: 'POST',
    path: `/tickets/${id(ticketId)}/messages`,
    schema: Message,
    body: { body: message.body, ...attachmentIds(message.attachmentIds) },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

// -------------------------------------------------------------------------------------------------
// Attachments
// -------------------------------------------------------------------------------------------------

/**
 * `POST /attachments` as `multipart/form-data` with one part named `file`. A file over
 * 10 MiB or of a refused type is refused before any upload (`file_too_large`,
 * `unsupported_type`, faults.md 28); the server's 413 and 415 come back the same way.
 * A retry of the same upload must reuse its `idempotencyKey` (faults.md 30).
 */
export async function uploadAttachment(
  api: Transport,
  file: Blob & { name?: string },
  options: UploadOptions,
): Promise<AttachmentT> {
  const name = typeof file.name === 'string' && file.name !== '' ? file.name : 'file';
  const problem = checkAttachment({ name, size: file.size, type: file.type });
  if (problem !== null) {
    return api.fail({
      kind: 'refused',
      code: problem.code,
      field: 'file',
      message:
        problem.code === 'file_too_large'
          ? `Files can be at most ${problem.maxBytes} bytes.`
          : `Files must be one of ${problem.contentTypes.join(', ')}.`,
    });
  }
  // A CSV that Windows calls "vnd.ms-excel" goes out as text/csv; the server checks the bytes.
  const type = attachmentContentType({ name, type: file.type }) ?? file.type;
  const body = await multipartFileBody(file, name, type);
  const onProgress = options.onProgress;
  return api.send({
    method: 'POST',
    path: '/attachments',
    schema: Attachment,
    body: body.bytes,
    contentType: body.contentType,
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
    ...(onProgress !== undefined && typeof XMLHttpRequest !== 'undefined'
      ? { fetch: progressFetch(onProgress) }
      : {}),
  });
}

/** `GET /attachments/{id}`: the attachment as it is now (poll it while `pending`). */
export function getAttachment(
  api: Transport,
  attachmentId: string,
  options: RequestOptions = {},
): Promise<AttachmentT> {
  return api.send({
    method: 'GET',
    path: `/attachments/${id(attachmentId)}`,
    schema: Attachment,
    signal: options.signal,
  });
}

// -------------------------------------------------------------------------------------------------
// Invoices
// -------------------------------------------------------------------------------------------------

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

// -------------------------------------------------------------------------------------------------
// Wallet
// -------------------------------------------------------------------------------------------------

/** `GET /wallet`. */
export function getWallet(api: Transport, options: RequestOptions = {}): Promise<WalletT> {
  return api.send({ method: 'GET', path: '/wallet', schema: Wallet, signal: options.signal });
}

/** `GET /wallet/transactions?kind=&createdFrom=&createdTo=`. */
export async function listWalletTransactions(
  api: Transport,
  params: WalletTransactionListParams = {},
  options: RequestOptions = {},
): Promise<Page<WalletTransaction>> {
  const filters = filterQuery(api, WalletTransactionFilters, {
    kind: textFilter(params.kind),
    createdFrom: dateFilter(params.createdFrom),
    createdTo: dateFilter(params.createdTo),
  });
  return api.send({
    method: 'GET',
    path: '/wallet/transactions',
    schema: WalletTransactionPage,
    query: { ...paging(params), ...filters },
    signal: options.signal,
  });
}

// -------------------------------------------------------------------------------------------------
// Affiliate payouts
// -------------------------------------------------------------------------------------------------

/** `GET /affiliate/payouts?status=&createdFrom=&createdTo=`. */
export async function listPayouts(
  api: Transport,
  params: PayoutListParams = {},
  options: RequestOptions = {},
): Promise<Page<Payout>> {
  const filters = filterQuery(api, PayoutFilters, {
    status: textFilter(params.status),
    createdFrom: dateFilter(params.createdFrom),
    createdTo: dateFilter(params.createdTo),
  });
  return api.send({
    method: 'GET',
    path: '/affiliate/payouts',
    schema: PayoutPage,
    query: { ...paging(params), ...filters },
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

// -------------------------------------------------------------------------------------------------
// What needs attention
// -------------------------------------------------------------------------------------------------

/** `GET /attention`: counts and amounts for a banner and a host's menu badges. */
export function getAttention(api: Transport, options: RequestOptions = {}): Promise<AttentionT> {
  return api.send({ method: 'GET', path: '/attention', schema: Attention, signal: options.signal });
}
