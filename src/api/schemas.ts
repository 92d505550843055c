/**
 * The Revampd connection API v1 as code: the single source of truth from which the
 * TypeScript types, the client's runtime validation, the mocks' types and the emitted
 * OpenAPI document (`npm run openapi`) all derive. `shared/spec/api.md` is the prose.
 *
 * valibot rather than zod/mini: every function is its own export, so a widget carries only
 * the checks its schemas use; it saves 5.6–6.2 kB min + gzip per widget and validates no
 * slower (docs/performance/schema-library.md). Parse through `parseContract` (parse.ts),
 * never `v.safeParse` directly: it keeps received values out of error messages.
 *
 * Every top-level schema is a `/*#__PURE__*\/` IIFE so a bundler can drop the ones a host
 * does not import: esbuild ignores valibot's own `@__NO_SIDE_EFFECTS__` marks across
 * modules (evanw/esbuild#4369), and without the IIFEs every widget kept all the schemas.
 *
 * `v.object` strips unknown keys from its output, as `z.object` did: a field the server adds
 * never reaches a widget until the contract names it.
 */
import * as v from 'valibot';

// -------------------------------------------------------------------------------------------------
// Primitives
// -------------------------------------------------------------------------------------------------

/**
 * ISO 8601 with a `T`, seconds and a `Z` or `±hh:mm` offset: the regex of zod 4's
 * `z.iso.datetime({ offset: true })`, which the contract was written against. valibot's
 * own `isoTimestamp()` is looser (a space for `T`, `+0100`, no leap-year check), so it is
 * not used. openapi.ts recognises this exact regex to write `format: "date-time"`.
 */
export const TIMESTAMP_REGEX =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/**
 * ISO 8601 with an offset. The regex already refuses `2026-02-31T…`; the instant must also
 * parse in this runtime: a date that does not parse is a contract break, never "Invalid
 * Date" on screen.
 */
export const Timestamp = /*#__PURE__*/ (() =>
  v.pipe(
    v.string(),
    v.regex(TIMESTAMP_REGEX),
    v.check((value) => Number.isFinite(Date.parse(value)), 'must be a real date and time'),
  ))();

/** What the contract calls an integer (zod's `z.int()`): a number that is a safe integer. */
const int = () => v.pipe(v.number(), v.safeInteger());

/** An integer of at least `min`: a count (0), a quantity (1). */
const intFrom = (min: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(min));

/**
 * Money in integer minor units (ISO 4217 digits). A float or a string is rejected here.
 * The currency is accepted in any letter case and normalised by `formatMoney`
 * (faults.md 15); anything but three letters is a contract break.
 */
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

/** The schema (valibot) of a direct plan's state: `active`, `trialing`, `past_due` or `canceled`; parses and checks the API's JSON. */
export const PlanStatus = /*#__PURE__*/ (() => v.picklist(['active', 'trialing', 'past_due', 'canceled']))();

/** `GET /plan`: either managed by a Partner (the usual Sub-Org) or a direct Revampd plan. */
export const Plan = /*#__PURE__*/ (() =>
  v.variant('managedBy', [
    v.object({
      managedBy: v.literal('partner'),
      partner: v.object({
        id: v.string(),
        name: v.string(),
        contactEmail: v.nullable(v.string()),
      }),
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

/** The schema (valibot) of what an add-on is: `phone_number`, `call_credits` or `other`; parses and checks the API's JSON. */
export const AddOnKind = /*#__PURE__*/ (() => v.picklist(['phone_number', 'call_credits', 'other']))();
/** The schema (valibot) of an add-on's state: `active`, `pending` (bought, not yet provisioned) or `cancelled`; parses and checks the API's JSON. */
export const AddOnStatus = /*#__PURE__*/ (() => v.picklist(['active', 'pending', 'cancelled']))();
/** How often an add-on is billed: every month, or once when bought. */
export const AddOnInterval = /*#__PURE__*/ (() => v.picklist(['month', 'one_time']))();

/** The schema (valibot) of a Revampd-issued add-on such as a phone number or call credits; parses and checks the API's JSON. */
export const AddOn = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    kind: AddOnKind,
    name: v.string(),
    detail: v.nullable(v.string()),
    status: AddOnStatus,
    quantity: intFrom(1),
    unitPrice: Money,
    interval: AddOnInterval,
    createdAt: Timestamp,
    cancelledAt: v.nullable(Timestamp),
    // The server's word on whether a cancel would be accepted now: the UI never guesses it
    // from `interval` and `status`, so a rule change on the server needs no release here.
    cancellable: v.boolean(),
  }))();

// -------------------------------------------------------------------------------------------------
// Buying add-ons
// -------------------------------------------------------------------------------------------------

/** Limits of `GET /phone-numbers/available` and `POST /add-ons` (api.md, "Buying add-ons"). */
export const PURCHASE_LIMITS = {
  /** `areaCode`: 1–5 digits. */
  areaCode: 5,
  /** `contains`: 1–10 digits or letters (letters map to keypad digits). */
  contains: 10,
  /** Numbers one search returns at most. */
  results: 20,
  /** `quantity` of one purchase: 1–100. */
  quantity: 100,
} as const;

/** E.164: `+`, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;

/** A phone number in E.164 form, e.g. `+14155550100`. */
export const PhoneNumberE164 = /*#__PURE__*/ (() =>
  v.pipe(v.string(), v.regex(E164, 'must be an E.164 phone number such as +14155550100')))();

/** What the catalog sells: a phone number per country and type, or a call-credit pack. */
export const ProductKind = /*#__PURE__*/ (() => v.picklist(['phone_number', 'call_credits']))();
/** A phone number's type. */
export const PhoneNumberType = /*#__PURE__*/ (() => v.picklist(['local', 'toll_free']))();

/** One item of `GET /add-ons/catalog`. */
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
    minutes: v.nullable(intFrom(1)),
  }))();

/** `GET /add-ons/catalog`: everything on sale, not paged. */
export const ProductCatalog = /*#__PURE__*/ (() => v.object({ data: v.array(Product) }))();

/** One number `GET /phone-numbers/available` offers. */
export const AvailablePhoneNumber = /*#__PURE__*/ (() =>
  v.object({
    number: PhoneNumberE164,
    display: v.string(),
    locality: v.nullable(v.string()),
    region: v.nullable(v.string()),
  }))();

/** `GET /phone-numbers/available`: at most {@link PURCHASE_LIMITS}.results numbers, not paged. */
export const AvailablePhoneNumberList = /*#__PURE__*/ (() =>
  v.object({
    data: v.pipe(v.array(AvailablePhoneNumber), v.maxLength(PURCHASE_LIMITS.results)),
  }))();

/** Where a purchase is paid from. */
export const PaymentMethod = /*#__PURE__*/ (() => v.picklist(['wallet', 'invoice']))();

/**
 * The body of `POST /add-ons`. `expectedTotal` is the first period's total the person
 * confirmed (unit price × quantity): the server refuses with `409 price_changed` rather than
 * charge anything else.
 */
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

/** The schema (valibot) of a ticket's state: `open`, `in_progress`, `resolved` or `closed`; parses and checks the API's JSON. */
export const TicketStatus = /*#__PURE__*/ (() => v.picklist(['open', 'in_progress', 'resolved', 'closed']))();
/** The schema (valibot) of a ticket's priority: `low`, `medium` or `high`; parses and checks the API's JSON. */
export const TicketPriority = /*#__PURE__*/ (() => v.picklist(['low', 'medium', 'high']))();

/** Who wrote a message: the Sub-Org's people, or the Revampd team. */
export const MessageAuthorKind = /*#__PURE__*/ (() => v.picklist(['customer', 'team']))();

/** The schema (valibot) of a support ticket opened with Revampd; parses and checks the API's JSON. */
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
    /** Replies after the description. */
    messageCount: intFrom(0),
    lastMessageAt: v.nullable(Timestamp),
    lastMessageBy: v.nullable(MessageAuthorKind),
    /** The team wrote last and the ticket is not closed. */
    awaitingCustomer: v.boolean(),
  }))();

/** Limits from api.md, counted after trimming; shared by the form, the client and the mock. */
export const TICKET_LIMITS = { title: 120, description: 5000 } as const;

/** A reply's body: 1–5000 characters after trimming (api.md), like a ticket's description. */
export const MESSAGE_LIMITS = { body: 5000 } as const;

/** Free-text search (`q`) of every list that has one: 1–100 characters. */
export const SEARCH_LIMITS = { q: 100 } as const;

/**
 * What `POST /attachments` accepts (api.md). The server checks the bytes, not only the
 * declared type; the client checks size and type first so a person hears about a refused
 * file before any upload (faults.md 28).
 */
export const ATTACHMENT_LIMITS = {
  /** 10 MiB. */
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
  /** Attachments on one new ticket or one reply. */
  maxPerMessage: 5,
  /** The server cuts a file name to this many characters. */
  maxNameLength: 255,
} as const;

/** One of {@link ATTACHMENT_LIMITS}.contentTypes. */
export type AttachmentContentType = (typeof ATTACHMENT_LIMITS.contentTypes)[number];

/** Where an attachment's virus scan stands; only a `clean` file has a `downloadUrl`. */
export const ScanStatus = /*#__PURE__*/ (() => v.picklist(['pending', 'clean', 'infected']))();

/**
 * A file on a ticket or a reply. `name` is untrusted text even after the server's clean-up;
 * `downloadUrl` is a link only when it is `https:` (anything else is not a link).
 */
export const Attachment = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    name: v.string(),
    size: intFrom(0),
    contentType: v.string(),
    createdAt: Timestamp,
    scanStatus: ScanStatus,
    downloadUrl: v.nullable(v.string()),
  }))();

/**
 * `GET /tickets/{id}`: a ticket with its own attachments (lists leave them out). valibot has
 * no `extend`: the ticket's entries are spread into a new object schema.
 */
export const TicketDetail = /*#__PURE__*/ (() =>
  v.object({ ...Ticket.entries, attachments: v.array(Attachment) }))();

/** One message of a ticket's conversation; `body` is plain text with line breaks, never HTML. */
export const Message = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    ticketId: v.string(),
    author: v.object({ kind: MessageAuthorKind, name: v.string() }),
    body: v.string(),
    createdAt: Timestamp,
    attachments: v.array(Attachment),
  }))();

/** Ids from `POST /attachments` of this scope, not used yet: at most five. */
const AttachmentIds = /*#__PURE__*/ (() =>
  v.optional(v.pipe(v.array(v.string()), v.maxLength(ATTACHMENT_LIMITS.maxPerMessage))))();

/** The schema (valibot) of the body of `POST /tickets`; parses and checks the API's JSON. */
export const NewTicket = /*#__PURE__*/ (() =>
  v.object({
    title: v.string(),
    priority: TicketPriority,
    description: v.string(),
    attachmentIds: AttachmentIds,
  }))();

/** The body of `POST /tickets/{id}/messages`. */
export const NewMessage = /*#__PURE__*/ (() =>
  v.object({
    body: v.string(),
    attachmentIds: AttachmentIds,
  }))();

/** The body of `PATCH /tickets/{id}`: close a ticket or reopen it. */
export const TicketStatusChange = /*#__PURE__*/ (() =>
  v.object({
    status: v.picklist(['open', 'closed']),
  }))();

// -------------------------------------------------------------------------------------------------
// Invoices
// -------------------------------------------------------------------------------------------------

/** The schema (valibot) of an invoice's state: `draft`, `open`, `paid`, `void` or `uncollectible`; parses and checks the API's JSON. */
export const InvoiceStatus = /*#__PURE__*/ (() =>
  v.picklist(['draft', 'open', 'paid', 'void', 'uncollectible']))();
/** The schema (valibot) of what an invoice bills: phone numbers, call credits, a one-time service or other; parses and checks the API's JSON. */
export const InvoiceType = /*#__PURE__*/ (() =>
  v.picklist(['phone_number', 'one_time_service', 'call_credits', 'other']))();

/** The schema (valibot) of a Revampd-issued (or, defensively, Partner-issued) invoice; parses and checks the API's JSON. */
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

/** The schema (valibot) of the per-connection wallet of credits; parses and checks the API's JSON. */
export const Wallet = /*#__PURE__*/ (() =>
  v.object({
    connectionId: v.string(),
    balance: Money,
    updatedAt: Timestamp,
  }))();

/** The schema (valibot) of what moved money in or out of the wallet; parses and checks the API's JSON. */
export const WalletTransactionKind = /*#__PURE__*/ (() =>
  v.picklist(['payout_credit', 'invoice_payment', 'refund', 'adjustment']))();

/** The schema (valibot) of one line of the wallet ledger: a credit or a debit; parses and checks the API's JSON. */
export const WalletTransaction = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    createdAt: Timestamp,
    kind: WalletTransactionKind,
    amount: Money,
    /** The balance right after this transaction: a running balance on any page, no sums. */
    balanceAfter: Money,
    description: v.string(),
    invoiceId: v.nullable(v.string()),
    payoutId: v.nullable(v.string()),
  }))();

/** The schema (valibot) of the answer of `POST /invoices/{id}/pay-with-wallet`: the paid invoice and the wallet after it; parses and checks the API's JSON. */
export const InvoicePayment = /*#__PURE__*/ (() => v.object({ invoice: Invoice, wallet: Wallet }))();

/**
 * `201` of `POST /add-ons`: the add-on (`pending` while a number is provisioned), the
 * Revampd invoice billing its first period (already `paid` when paid from the wallet), and
 * the wallet as it is now.
 */
export const AddOnPurchase = /*#__PURE__*/ (() =>
  v.object({ addOn: AddOn, invoice: Invoice, wallet: Wallet }))();

// -------------------------------------------------------------------------------------------------
// Affiliate payouts
// -------------------------------------------------------------------------------------------------

/** The schema (valibot) of a payout's state: `pending`, `paid` (landed in the wallet) or `failed`; parses and checks the API's JSON. */
export const PayoutStatus = /*#__PURE__*/ (() => v.picklist(['pending', 'paid', 'failed']))();

/** The schema (valibot) of an affiliate payout; parses and checks the API's JSON. */
export const Payout = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    createdAt: Timestamp,
    paidAt: v.nullable(Timestamp),
    status: PayoutStatus,
    amount: Money,
    walletTransactionId: v.nullable(v.string()),
    /** Why a `failed` payout failed: text for people, untrusted. */
    failureReason: v.nullable(v.string()),
  }))();

/** `GET /affiliate/summary`: totals for the year, month and week, and one total per month. */
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

const CountAndAmount = /*#__PURE__*/ (() => v.object({ count: intFrom(0), amountDue: Money }))();

/** `GET /attention`: one small summary for a banner and for badges in a host's menu. */
export const Attention = /*#__PURE__*/ (() =>
  v.object({
    openInvoices: CountAndAmount,
    overdueInvoices: CountAndAmount,
    /** How much the wallet falls short of the open invoices' amount due; null when it covers them. */
    walletShortfall: v.nullable(Money),
    ticketsAwaitingCustomer: intFrom(0),
    /** Failed payouts of the last 90 days. */
    failedPayouts: intFrom(0),
    asOf: Timestamp,
  }))();

// -------------------------------------------------------------------------------------------------
// List filters (query parameters)
// -------------------------------------------------------------------------------------------------

/** `q` of a list: 1–{@link SEARCH_LIMITS}.q characters, matched case-insensitively. */
export const SearchText = /*#__PURE__*/ (() =>
  v.pipe(
    v.string(),
    v.check(
      (value) => [...value].length >= 1 && [...value].length <= SEARCH_LIMITS.q,
      `must be 1 to ${SEARCH_LIMITS.q} characters`,
    ),
  ))();

/** Filters of `GET /tickets`. `awaitingCustomer` is only ever `true` on the wire. */
export const TicketFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(TicketStatus),
    priority: v.optional(TicketPriority),
    awaitingCustomer: v.optional(v.literal(true)),
    q: v.optional(SearchText),
  }))();

/** Filters of `GET /invoices`; `issuedFrom` inclusive, `issuedTo` exclusive. */
export const InvoiceFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(InvoiceStatus),
    type: v.optional(InvoiceType),
    issuedFrom: v.optional(Timestamp),
    issuedTo: v.optional(Timestamp),
    q: v.optional(SearchText),
  }))();

/** Filters of `GET /wallet/transactions`; `createdFrom` inclusive, `createdTo` exclusive. */
export const WalletTransactionFilters = /*#__PURE__*/ (() =>
  v.object({
    kind: v.optional(WalletTransactionKind),
    createdFrom: v.optional(Timestamp),
    createdTo: v.optional(Timestamp),
  }))();

/** Filters of `GET /affiliate/payouts`; `createdFrom` inclusive, `createdTo` exclusive. */
export const PayoutFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(PayoutStatus),
    createdFrom: v.optional(Timestamp),
    createdTo: v.optional(Timestamp),
  }))();

/** Query of `GET /phone-numbers/available`. */
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

/** `GET /add-ons`: one page of add-ons. */
export const AddOnPage = /*#__PURE__*/ (() => page(AddOn))();
/** `GET /tickets`: one page of tickets (without attachments). */
export const TicketPage = /*#__PURE__*/ (() => page(Ticket))();
/** `GET /tickets/{id}/messages`: one page of a conversation, oldest first. */
export const MessagePage = /*#__PURE__*/ (() => page(Message))();
/** `GET /invoices`: one page of invoices. */
export const InvoicePage = /*#__PURE__*/ (() => page(Invoice))();
/** `GET /wallet/transactions`: one page of the wallet ledger. */
export const WalletTransactionPage = /*#__PURE__*/ (() => page(WalletTransaction))();
/** `GET /affiliate/payouts`: one page of payouts. */
export const PayoutPage = /*#__PURE__*/ (() => page(Payout))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** Integer minor units and an ISO 4217 code. */
export type Money = v.InferOutput<typeof Money>;
/** `GET /plan`. */
export type Plan = v.InferOutput<typeof Plan>;
/** The Partner that manages a Sub-Org's plan. */
export type PartnerRef = Extract<Plan, { managedBy: 'partner' }>['partner'];
/** A direct Revampd plan. */
export type DirectPlan = Extract<Plan, { managedBy: 'revampd' }>['plan'];
/** A direct plan's state: `active`, `trialing`, `past_due` or `canceled`. */
export type PlanStatus = v.InferOutput<typeof PlanStatus>;
/** A Revampd-issued add-on such as a phone number or call credits. */
export type AddOn = v.InferOutput<typeof AddOn>;
/** What an add-on is: `phone_number`, `call_credits` or `other`. */
export type AddOnKind = v.InferOutput<typeof AddOnKind>;
/** An add-on's state: `active`, `pending` (bought, not yet provisioned) or `cancelled`. */
export type AddOnStatus = v.InferOutput<typeof AddOnStatus>;
/** `month` or `one_time`. */
export type AddOnInterval = v.InferOutput<typeof AddOnInterval>;
/** Something the Sub-Org can buy: a phone number or a call-credit pack. */
export type Product = v.InferOutput<typeof Product>;
/** What the catalog sells: a phone number or a call-credit pack. */
export type ProductKind = v.InferOutput<typeof ProductKind>;
/** `local` or `toll_free`. */
export type PhoneNumberType = v.InferOutput<typeof PhoneNumberType>;
/** `GET /add-ons/catalog`. */
export type ProductCatalog = v.InferOutput<typeof ProductCatalog>;
/** A number on offer from `GET /phone-numbers/available`. */
export type AvailablePhoneNumber = v.InferOutput<typeof AvailablePhoneNumber>;
/** `GET /phone-numbers/available`. */
export type AvailablePhoneNumberList = v.InferOutput<typeof AvailablePhoneNumberList>;
/** Query of `GET /phone-numbers/available`. */
export type AvailablePhoneNumberQuery = v.InferOutput<typeof AvailablePhoneNumberQuery>;
/** `wallet` or `invoice`. */
export type PaymentMethod = v.InferOutput<typeof PaymentMethod>;
/** The body of `POST /add-ons`. */
export type PurchaseAddOn = v.InferOutput<typeof PurchaseAddOn>;
/** The answer of `POST /add-ons`. */
export type AddOnPurchase = v.InferOutput<typeof AddOnPurchase>;
/** A support ticket opened with Revampd. */
export type Ticket = v.InferOutput<typeof Ticket>;
/** A ticket's state: `open`, `in_progress`, `resolved` or `closed`. */
export type TicketStatus = v.InferOutput<typeof TicketStatus>;
/** A ticket's priority: `low`, `medium` or `high`. */
export type TicketPriority = v.InferOutput<typeof TicketPriority>;
/** `GET /tickets/{id}`: a ticket with its own attachments. */
export type TicketDetail = v.InferOutput<typeof TicketDetail>;
/** The body of `POST /tickets`. */
export type NewTicket = v.InferOutput<typeof NewTicket>;
/** `customer` or `team`. */
export type MessageAuthorKind = v.InferOutput<typeof MessageAuthorKind>;
/** One message of a ticket's conversation. */
export type Message = v.InferOutput<typeof Message>;
/** The body of `POST /tickets/{id}/messages`. */
export type NewMessage = v.InferOutput<typeof NewMessage>;
/** A file on a ticket or a reply. */
export type Attachment = v.InferOutput<typeof Attachment>;
/** `pending`, `clean` or `infected`. */
export type ScanStatus = v.InferOutput<typeof ScanStatus>;
/** Filters of `GET /tickets`. */
export type TicketFilters = v.InferOutput<typeof TicketFilters>;
/** Filters of `GET /invoices`. */
export type InvoiceFilters = v.InferOutput<typeof InvoiceFilters>;
/** Filters of `GET /wallet/transactions`. */
export type WalletTransactionFilters = v.InferOutput<typeof WalletTransactionFilters>;
/** Filters of `GET /affiliate/payouts`. */
export type PayoutFilters = v.InferOutput<typeof PayoutFilters>;
/** `GET /attention`. */
export type Attention = v.InferOutput<typeof Attention>;
/** A Revampd-issued (or, defensively, Partner-issued) invoice. */
export type Invoice = v.InferOutput<typeof Invoice>;
/** An invoice's state: `draft`, `open`, `paid`, `void` or `uncollectible`. */
export type InvoiceStatus = v.InferOutput<typeof InvoiceStatus>;
/** What an invoice bills: phone numbers, call credits, a one-time service or other. */
export type InvoiceType = v.InferOutput<typeof InvoiceType>;
/** The per-connection wallet of credits. */
export type Wallet = v.InferOutput<typeof Wallet>;
/** One line of the wallet ledger: a credit or a debit. */
export type WalletTransaction = v.InferOutput<typeof WalletTransaction>;
/** What moved money in or out of the wallet. */
export type WalletTransactionKind = v.InferOutput<typeof WalletTransactionKind>;
/** The answer of `POST /invoices/{id}/pay-with-wallet`. */
export type InvoicePayment = v.InferOutput<typeof InvoicePayment>;
/** An affiliate payout. */
export type Payout = v.InferOutput<typeof Payout>;
/** A payout's state: `pending`, `paid` (landed in the wallet) or `failed`. */
export type PayoutStatus = v.InferOutput<typeof PayoutStatus>;
/** `GET /affiliate/summary`. */
export type PayoutSummary = v.InferOutput<typeof PayoutSummary>;
/** One page of a list endpoint. */
export interface Page<T> {
  /** This page's items, in the endpoint's order (newest first unless it says otherwise). */
  data: T[];
  /** Pass as `cursor` to get the next page; `null` on the last. Valid only with the same filters. */
  nextCursor: string | null;
}
/** The body of a non-2xx answer. */
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBody>;
