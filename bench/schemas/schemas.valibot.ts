/**
 * src/api/schemas.ts ported to valibot 1.x, one schema for one schema, for the measurement in
 * bench/schemas/compare.mjs only (docs/performance/schema-library.md). Nothing in src/
 * imports it; src/api/schemas.ts has since become this port (with its docs), and this copy
 * stays as the measurement's input. Same semantics as the zod/mini original: plain objects strip unknown keys
 * (`v.object`, as `z.object`), integers are safe integers (`z.int()`), a timestamp is the
 * exact regex zod's `z.iso.datetime({ offset: true })` uses plus the `Date.parse` check,
 * and every custom message is kept. The limits are copied, so the port can stand in for
 * schemas.ts in a whole-widget bundle without loading zod.
 *
 * Like the original, every top-level schema is a `/*#__PURE__*\/` IIFE: esbuild ignores
 * valibot's own `@__NO_SIDE_EFFECTS__` marks across modules (evanw/esbuild#4369), so
 * without them a bundle keeps every schema of the file.
 */
import * as v from 'valibot';

// -------------------------------------------------------------------------------------------------
// Limits (copied from schemas.ts: the port does not import the zod module at all)
// -------------------------------------------------------------------------------------------------

export const PURCHASE_LIMITS = { areaCode: 5, contains: 10, results: 20, quantity: 100 } as const;
export const TICKET_LIMITS = { title: 120, description: 5000 } as const;
export const MESSAGE_LIMITS = { body: 5000 } as const;
export const SEARCH_LIMITS = { q: 100 } as const;
export const ATTACHMENT_LIMITS = {
  maxBytes: 10_485_760,
  contentTypes: [
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
    'application/pdf',
    'text/plain',
    'text/csv',
  ],
  maxPerMessage: 5,
  maxNameLength: 255,
} as const;

// -------------------------------------------------------------------------------------------------
// Primitives
// -------------------------------------------------------------------------------------------------

/**
 * The regex of zod 4's `z.iso.datetime({ offset: true })`, copied so both libraries accept
 * the same strings: valibot's own `isoTimestamp()` also takes a space for `T`, `+0100` and
 * `+01`, and no leap-year check.
 */
export const TIMESTAMP_REGEX =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** `z.iso.datetime({ offset: true })` plus the refinement that the instant parses. */
export const Timestamp = /*#__PURE__*/ (() =>
  v.pipe(
    v.string(),
    v.regex(TIMESTAMP_REGEX),
    v.check((value) => Number.isFinite(Date.parse(value)), 'must be a real date and time'),
  ))();

/** `z.int()`: a number that is a safe integer. */
const int = () => v.pipe(v.number(), v.safeInteger());

/** Money in integer minor units and a three-letter currency code in any case. */
export const Money = /*#__PURE__*/ (() =>
  v.object({
    amount: int(),
    currency: v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code')),
  }))();

/** The `{ data, nextCursor }` envelope of every list endpoint. */
export function page<T extends v.GenericSchema>(item: T) {
  return v.object({ data: v.array(item), nextCursor: v.nullable(v.string()) });
}

/** The body of every non-2xx answer. `fields` only comes with 422. */
export const ApiErrorBody = /*#__PURE__*/ (() =>
  v.object({
    error: v.object({
      code: v.string(),
      message: v.string(),
      fields: v.optional(v.record(v.string(), v.string())),
    }),
  }))();

// -------------------------------------------------------------------------------------------------
// Plan
// -------------------------------------------------------------------------------------------------

export const PlanStatus = /*#__PURE__*/ (() => v.picklist(['active', 'trialing', 'past_due', 'canceled']))();

export const Plan = /*#__PURE__*/ (() =>
  v.variant('managedBy', [
    v.object({
      managedBy: v.literal('partner'),
      partner: v.object({ id: v.string(), name: v.string(), contactEmail: v.nullable(v.string()) }),
    }),
    v.object({
      managedBy: v.literal('revampd'),
      plan: v.object({
        name: v.string(),
        status: PlanStatus,
        price: Money,
        interval: v.picklist(['month', 'year']),
        renewsAt: v.nullable(Timestamp),
      }),
    }),
  ]))();

// -------------------------------------------------------------------------------------------------
// Add-ons
// -------------------------------------------------------------------------------------------------

export const AddOnKind = /*#__PURE__*/ (() => v.picklist(['phone_number', 'call_credits', 'other']))();
export const AddOnStatus = /*#__PURE__*/ (() => v.picklist(['active', 'pending', 'cancelled']))();
export const AddOnInterval = /*#__PURE__*/ (() => v.picklist(['month', 'one_time']))();

export const AddOn = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    kind: AddOnKind,
    name: v.string(),
    detail: v.nullable(v.string()),
    status: AddOnStatus,
    quantity: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    unitPrice: Money,
    interval: AddOnInterval,
    createdAt: Timestamp,
    cancelledAt: v.nullable(Timestamp),
    cancellable: v.boolean(),
  }))();

// -------------------------------------------------------------------------------------------------
// Buying add-ons
// -------------------------------------------------------------------------------------------------

const E164 = /^\+[1-9]\d{1,14}$/;

export const PhoneNumberE164 = /*#__PURE__*/ (() =>
  v.pipe(v.string(), v.regex(E164, 'must be an E.164 phone number such as +14155550100')))();

export const ProductKind = /*#__PURE__*/ (() => v.picklist(['phone_number', 'call_credits']))();
export const PhoneNumberType = /*#__PURE__*/ (() => v.picklist(['local', 'toll_free']))();

export const Product = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    kind: ProductKind,
    name: v.string(),
    description: v.string(),
    unitPrice: Money,
    interval: AddOnInterval,
    country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
    numberType: v.nullable(PhoneNumberType),
    minutes: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
  }))();

export const ProductCatalog = /*#__PURE__*/ (() => v.object({ data: v.array(Product) }))();

export const AvailablePhoneNumber = /*#__PURE__*/ (() =>
  v.object({
    number: PhoneNumberE164,
    display: v.string(),
    locality: v.nullable(v.string()),
    region: v.nullable(v.string()),
  }))();

export const AvailablePhoneNumberList = /*#__PURE__*/ (() =>
  v.object({
    data: v.pipe(v.array(AvailablePhoneNumber), v.maxLength(PURCHASE_LIMITS.results)),
  }))();

export const PaymentMethod = /*#__PURE__*/ (() => v.picklist(['wallet', 'invoice']))();

export const PurchaseAddOn = /*#__PURE__*/ (() =>
  v.object({
    productId: v.string(),
    quantity: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(PURCHASE_LIMITS.quantity)),
    phoneNumber: v.optional(PhoneNumberE164),
    payWith: PaymentMethod,
    expectedTotal: Money,
  }))();

// -------------------------------------------------------------------------------------------------
// Tickets
// -------------------------------------------------------------------------------------------------

export const TicketStatus = /*#__PURE__*/ (() => v.picklist(['open', 'in_progress', 'resolved', 'closed']))();
export const TicketPriority = /*#__PURE__*/ (() => v.picklist(['low', 'medium', 'high']))();
export const MessageAuthorKind = /*#__PURE__*/ (() => v.picklist(['customer', 'team']))();

export const Ticket = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    number: int(),
    title: v.string(),
    description: v.string(),
    status: TicketStatus,
    priority: TicketPriority,
    assignee: v.nullable(v.object({ id: v.string(), name: v.string() })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    messageCount: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    lastMessageAt: v.nullable(Timestamp),
    lastMessageBy: v.nullable(MessageAuthorKind),
    awaitingCustomer: v.boolean(),
  }))();

export const ScanStatus = /*#__PURE__*/ (() => v.picklist(['pending', 'clean', 'infected']))();

export const Attachment = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    name: v.string(),
    size: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    contentType: v.string(),
    createdAt: Timestamp,
    scanStatus: ScanStatus,
    downloadUrl: v.nullable(v.string()),
  }))();

/** `z.extend(Ticket, …)`: valibot spreads the entries into a new object schema. */
export const TicketDetail = /*#__PURE__*/ (() =>
  v.object({ ...Ticket.entries, attachments: v.array(Attachment) }))();

export const Message = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    ticketId: v.string(),
    author: v.object({ kind: MessageAuthorKind, name: v.string() }),
    body: v.string(),
    createdAt: Timestamp,
    attachments: v.array(Attachment),
  }))();

const AttachmentIds = /*#__PURE__*/ (() =>
  v.optional(v.pipe(v.array(v.string()), v.maxLength(ATTACHMENT_LIMITS.maxPerMessage))))();

export const NewTicket = /*#__PURE__*/ (() =>
  v.object({
    title: v.string(),
    priority: TicketPriority,
    description: v.string(),
    attachmentIds: AttachmentIds,
  }))();

export const NewMessage = /*#__PURE__*/ (() =>
  v.object({ body: v.string(), attachmentIds: AttachmentIds }))();

export const TicketStatusChange = /*#__PURE__*/ (() =>
  v.object({ status: v.picklist(['open', 'closed']) }))();

// -------------------------------------------------------------------------------------------------
// Invoices
// -------------------------------------------------------------------------------------------------

export const InvoiceStatus = /*#__PURE__*/ (() =>
  v.picklist(['draft', 'open', 'paid', 'void', 'uncollectible']))();
export const InvoiceType = /*#__PURE__*/ (() =>
  v.picklist(['phone_number', 'one_time_service', 'call_credits', 'other']))();

export const Invoice = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    number: v.string(),
    issuedAt: Timestamp,
    dueAt: v.nullable(Timestamp),
    status: InvoiceStatus,
    type: InvoiceType,
    description: v.string(),
    total: Money,
    amountDue: Money,
    issuer: v.picklist(['revampd', 'partner']),
    pdfUrl: v.nullable(v.string()),
  }))();

// -------------------------------------------------------------------------------------------------
// Wallet
// -------------------------------------------------------------------------------------------------

export const Wallet = /*#__PURE__*/ (() =>
  v.object({ connectionId: v.string(), balance: Money, updatedAt: Timestamp }))();

export const WalletTransactionKind = /*#__PURE__*/ (() =>
  v.picklist(['payout_credit', 'invoice_payment', 'refund', 'adjustment']))();

export const WalletTransaction = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    createdAt: Timestamp,
    kind: WalletTransactionKind,
    amount: Money,
    balanceAfter: Money,
    description: v.string(),
    invoiceId: v.nullable(v.string()),
    payoutId: v.nullable(v.string()),
  }))();

export const InvoicePayment = /*#__PURE__*/ (() => v.object({ invoice: Invoice, wallet: Wallet }))();

export const AddOnPurchase = /*#__PURE__*/ (() =>
  v.object({ addOn: AddOn, invoice: Invoice, wallet: Wallet }))();

// -------------------------------------------------------------------------------------------------
// Affiliate payouts
// -------------------------------------------------------------------------------------------------

export const PayoutStatus = /*#__PURE__*/ (() => v.picklist(['pending', 'paid', 'failed']))();

export const Payout = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    createdAt: Timestamp,
    paidAt: v.nullable(Timestamp),
    status: PayoutStatus,
    amount: Money,
    walletTransactionId: v.nullable(v.string()),
    failureReason: v.nullable(v.string()),
  }))();

export const PayoutSummary = /*#__PURE__*/ (() =>
  v.object({
    ytd: Money,
    mtd: Money,
    currentWeek: Money,
    asOf: Timestamp,
    byMonth: v.array(
      v.object({ month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)), total: Money }),
    ),
  }))();

// -------------------------------------------------------------------------------------------------
// What needs attention
// -------------------------------------------------------------------------------------------------

const count = () => v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const CountAndAmount = /*#__PURE__*/ (() => v.object({ count: count(), amountDue: Money }))();

export const Attention = /*#__PURE__*/ (() =>
  v.object({
    openInvoices: CountAndAmount,
    overdueInvoices: CountAndAmount,
    walletShortfall: v.nullable(Money),
    ticketsAwaitingCustomer: count(),
    failedPayouts: count(),
    asOf: Timestamp,
  }))();

// -------------------------------------------------------------------------------------------------
// List filters (query parameters)
// -------------------------------------------------------------------------------------------------

export const SearchText = /*#__PURE__*/ (() =>
  v.pipe(
    v.string(),
    v.check(
      (value) => [...value].length >= 1 && [...value].length <= SEARCH_LIMITS.q,
      `must be 1 to ${SEARCH_LIMITS.q} characters`,
    ),
  ))();

export const TicketFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(TicketStatus),
    priority: v.optional(TicketPriority),
    awaitingCustomer: v.optional(v.literal(true)),
    q: v.optional(SearchText),
  }))();

export const InvoiceFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(InvoiceStatus),
    type: v.optional(InvoiceType),
    issuedFrom: v.optional(Timestamp),
    issuedTo: v.optional(Timestamp),
    q: v.optional(SearchText),
  }))();

export const WalletTransactionFilters = /*#__PURE__*/ (() =>
  v.object({
    kind: v.optional(WalletTransactionKind),
    createdFrom: v.optional(Timestamp),
    createdTo: v.optional(Timestamp),
  }))();

export const PayoutFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(PayoutStatus),
    createdFrom: v.optional(Timestamp),
    createdTo: v.optional(Timestamp),
  }))();

export const AvailablePhoneNumberQuery = /*#__PURE__*/ (() =>
  v.object({
    productId: v.pipe(v.string(), v.minLength(1)),
    areaCode: v.optional(
      v.pipe(v.string(), v.regex(/^\d{1,5}$/, `must be 1 to ${PURCHASE_LIMITS.areaCode} digits`)),
    ),
    contains: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[0-9A-Za-z]{1,10}$/, `must be 1 to ${PURCHASE_LIMITS.contains} digits or letters`),
      ),
    ),
  }))();

// -------------------------------------------------------------------------------------------------
// Pages
// -------------------------------------------------------------------------------------------------

export const AddOnPage = /*#__PURE__*/ (() => page(AddOn))();
export const TicketPage = /*#__PURE__*/ (() => page(Ticket))();
export const MessagePage = /*#__PURE__*/ (() => page(Message))();
export const InvoicePage = /*#__PURE__*/ (() => page(Invoice))();
export const WalletTransactionPage = /*#__PURE__*/ (() => page(WalletTransaction))();
export const PayoutPage = /*#__PURE__*/ (() => page(Payout))();

// -------------------------------------------------------------------------------------------------
// The transport's one call, in zod's result shape
// -------------------------------------------------------------------------------------------------

/**
 * What the transport, the filter check and the draft restore would call instead of
 * `schema.safeParse(x)`: valibot has no methods on schemas, and its issue paths are objects
 * rather than keys. Counted in every valibot figure, as the zod side counts `safeParse`.
 *
 * `message` is zod/mini's: valibot's default messages quote the value received ("…but
 * received \"Jane Doe\""), and the transport puts the message in the error a host's
 * `onError` logs, so a server's data would reach the host's logs. Our own messages win.
 */
export function safeParse<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
):
  | { success: true; data: v.InferOutput<S> }
  | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } {
  const result = v.safeParse(schema, input, { message: 'Invalid input' });
  return result.success
    ? { success: true, data: result.output }
    : {
        success: false,
        error: {
          issues: result.issues.map((issue) => ({
            path: issue.path?.map((item) => item.key as PropertyKey) ?? [],
            message: issue.message,
          })),
        },
      };
}
