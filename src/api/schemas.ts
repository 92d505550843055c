/**
 * The Revampd connection API v1 as code: the single source of truth from which the
 * TypeScript types, the client's runtime validation, the mocks' types and the emitted
 * OpenAPI document (`npm run openapi`) all derive. `shared/spec/api.md` is the prose.
 *
 * `zod/mini` rather than classic zod: it is ~6 KB gzip against ~90 KB and tree-shakes per
 * schema. Every top-level schema is marked `/*#__PURE__*\/` so a bundler can drop the ones
 * a host does not import.
 */
import * as z from 'zod/mini';

// -------------------------------------------------------------------------------------------------
// Primitives
// -------------------------------------------------------------------------------------------------

/**
 * ISO 8601 with an offset. The regex alone accepts `2026-02-31T…`, so the instant must also
 * parse: a date that does not parse is a contract break, never "Invalid Date" on screen.
 */
export const Timestamp = /*#__PURE__*/ (() =>
  z.iso
    .datetime({ offset: true })
    .check(z.refine((value) => Number.isFinite(Date.parse(value)), 'must be a real date and time')))();

/**
 * Money in integer minor units (ISO 4217 digits). A float or a string is rejected here.
 * The currency is accepted in any letter case and normalised by `formatMoney`
 * (faults.md 15); anything but three letters is a contract break.
 */
export const Money = /*#__PURE__*/ (() =>
  z.object({
    amount: z.int(),
    currency: z.string().check(z.regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code')),
  }))();

/** The `{ data, nextCursor }` envelope of every list endpoint. */
export function page<T extends z.core.$ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
}

/** The body of every non-2xx answer. `fields` only comes with 422. */
export const ApiErrorBody = /*#__PURE__*/ (() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.optional(z.record(z.string(), z.string())),
    }),
  }))();

// -------------------------------------------------------------------------------------------------
// Plan
// -------------------------------------------------------------------------------------------------

/** The schema (zod/mini) of a direct plan's state: `active`, `trialing`, `past_due` or `canceled`; parses and checks the API's JSON. */
export const PlanStatus = /*#__PURE__*/ (() => z.enum(['active', 'trialing', 'past_due', 'canceled']))();

/** `GET /plan`: either managed by a Partner (the usual Sub-Org) or a direct Revampd plan. */
export const Plan = /*#__PURE__*/ (() =>
  z.discriminatedUnion('managedBy', [
    z.object({
      managedBy: z.literal('partner'),
      partner: z.object({
        id: z.string(),
        name: z.string(),
        contactEmail: z.nullable(z.string()),
      }),
    }),
    z.object({
      managedBy: z.literal('revampd'),
      plan: z.object({
        name: z.string(),
        status: PlanStatus,
        price: Money,
        interval: z.enum(['month', 'year']),
        renewsAt: z.nullable(Timestamp),
      }),
    }),
  ]))();

// -------------------------------------------------------------------------------------------------
// Add-ons
// -------------------------------------------------------------------------------------------------

/** The schema (zod/mini) of what an add-on is: `phone_number`, `call_credits` or `other`; parses and checks the API's JSON. */
export const AddOnKind = /*#__PURE__*/ (() => z.enum(['phone_number', 'call_credits', 'other']))();
/** The schema (zod/mini) of an add-on's state: `active`, `pending` (bought, not yet provisioned) or `cancelled`; parses and checks the API's JSON. */
export const AddOnStatus = /*#__PURE__*/ (() => z.enum(['active', 'pending', 'cancelled']))();
/** How often an add-on is billed: every month, or once when bought. */
export const AddOnInterval = /*#__PURE__*/ (() => z.enum(['month', 'one_time']))();

/** The schema (zod/mini) of a Revampd-issued add-on such as a phone number or call credits; parses and checks the API's JSON. */
export const AddOn = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    kind: AddOnKind,
    name: z.string(),
    detail: z.nullable(z.string()),
    status: AddOnStatus,
    quantity: z.int().check(z.gte(1)),
    unitPrice: Money,
    interval: AddOnInterval,
    createdAt: Timestamp,
    cancelledAt: z.nullable(Timestamp),
    // The server's word on whether a cancel would be accepted now: the UI never guesses it
    // from `interval` and `status`, so a rule change on the server needs no release here.
    cancellable: z.boolean(),
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
  z.string().check(z.regex(E164, 'must be an E.164 phone number such as +14155550100')))();

/** What the catalog sells: a phone number per country and type, or a call-credit pack. */
export const ProductKind = /*#__PURE__*/ (() => z.enum(['phone_number', 'call_credits']))();
/** A phone number's type. */
export const PhoneNumberType = /*#__PURE__*/ (() => z.enum(['local', 'toll_free']))();

/** One item of `GET /add-ons/catalog`. */
export const Product = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    kind: ProductKind,
    name: z.string(),
    description: z.string(),
    unitPrice: Money,
    interval: AddOnInterval,
    country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
    numberType: z.nullable(PhoneNumberType),
    minutes: z.nullable(z.int().check(z.gte(1))),
  }))();

/** `GET /add-ons/catalog`: everything on sale, not paged. */
export const ProductCatalog = /*#__PURE__*/ (() => z.object({ data: z.array(Product) }))();

/** One number `GET /phone-numbers/available` offers. */
export const AvailablePhoneNumber = /*#__PURE__*/ (() =>
  z.object({
    number: PhoneNumberE164,
    display: z.string(),
    locality: z.nullable(z.string()),
    region: z.nullable(z.string()),
  }))();

/** `GET /phone-numbers/available`: at most {@link PURCHASE_LIMITS}.results numbers, not paged. */
export const AvailablePhoneNumberList = /*#__PURE__*/ (() =>
  z.object({
    data: z.array(AvailablePhoneNumber).check(z.maxLength(PURCHASE_LIMITS.results)),
  }))();

/** Where a purchase is paid from. */
export const PaymentMethod = /*#__PURE__*/ (() => z.enum(['wallet', 'invoice']))();

/**
 * The body of `POST /add-ons`. `expectedTotal` is the first period's total the person
 * confirmed (unit price × quantity): the server refuses with `409 price_changed` rather than
 * charge anything else.
 */
export const PurchaseAddOn = /*#__PURE__*/ (() =>
  z.object({
    productId: z.string(),
    quantity: z.int().check(z.gte(1), z.lte(PURCHASE_LIMITS.quantity)),
    phoneNumber: z.optional(PhoneNumberE164),
    payWith: PaymentMethod,
    expectedTotal: Money,
  }))();

// -------------------------------------------------------------------------------------------------
// Tickets
// -------------------------------------------------------------------------------------------------

/** The schema (zod/mini) of a ticket's state: `open`, `in_progress`, `resolved` or `closed`; parses and checks the API's JSON. */
export const TicketStatus = /*#__PURE__*/ (() => z.enum(['open', 'in_progress', 'resolved', 'closed']))();
/** The schema (zod/mini) of a ticket's priority: `low`, `medium` or `high`; parses and checks the API's JSON. */
export const TicketPriority = /*#__PURE__*/ (() => z.enum(['low', 'medium', 'high']))();

/** Who wrote a message: the Sub-Org's people, or the Revampd team. */
export const MessageAuthorKind = /*#__PURE__*/ (() => z.enum(['customer', 'team']))();

/** The schema (zod/mini) of a support ticket opened with Revampd; parses and checks the API's JSON. */
export const Ticket = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    number: z.int(),
    title: z.string(),
    description: z.string(),
    status: TicketStatus,
    priority: TicketPriority,
    assignee: z.nullable(z.object({ id: z.string(), name: z.string() })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** Replies after the description. */
    messageCount: z.int().check(z.gte(0)),
    lastMessageAt: z.nullable(Timestamp),
    lastMessageBy: z.nullable(MessageAuthorKind),
    /** The team wrote last and the ticket is not closed. */
    awaitingCustomer: z.boolean(),
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
export const ScanStatus = /*#__PURE__*/ (() => z.enum(['pending', 'clean', 'infected']))();

/**
 * A file on a ticket or a reply. `name` is untrusted text even after the server's clean-up;
 * `downloadUrl` is a link only when it is `https:` (anything else is not a link).
 */
export const Attachment = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    name: z.string(),
    size: z.int().check(z.gte(0)),
    contentType: z.string(),
    createdAt: Timestamp,
    scanStatus: ScanStatus,
    downloadUrl: z.nullable(z.string()),
  }))();

/** `GET /tickets/{id}`: a ticket with its own attachments (lists leave them out). */
export const TicketDetail = /*#__PURE__*/ (() => z.extend(Ticket, { attachments: z.array(Attachment) }))();

/** One message of a ticket's conversation; `body` is plain text with line breaks, never HTML. */
export const Message = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    ticketId: z.string(),
    author: z.object({ kind: MessageAuthorKind, name: z.string() }),
    body: z.string(),
    createdAt: Timestamp,
    attachments: z.array(Attachment),
  }))();

/** Ids from `POST /attachments` of this scope, not used yet: at most five. */
const AttachmentIds = /*#__PURE__*/ (() =>
  z.optional(z.array(z.string()).check(z.maxLength(ATTACHMENT_LIMITS.maxPerMessage))))();

/** The schema (zod/mini) of the body of `POST /tickets`; parses and checks the API's JSON. */
export const NewTicket = /*#__PURE__*/ (() =>
  z.object({
    title: z.string(),
    priority: TicketPriority,
    description: z.string(),
    attachmentIds: AttachmentIds,
  }))();

/** The body of `POST /tickets/{id}/messages`. */
export const NewMessage = /*#__PURE__*/ (() =>
  z.object({
    body: z.string(),
    attachmentIds: AttachmentIds,
  }))();

export const TicketStatusChange = /*#__PURE__*/ (() =>
  z.object({
    status: z.enum(['open', 'closed']),
  }))();

// -------------------------------------------------------------------------------------------------
// Invoices
// -------------------------------------------------------------------------------------------------

/** The schema (zod/mini) of an invoice's state: `draft`, `open`, `paid`, `void` or `uncollectible`; parses and checks the API's JSON. */
export const InvoiceStatus = /*#__PURE__*/ (() =>
  z.enum(['draft', 'open', 'paid', 'void', 'uncollectible']))();
/** The schema (zod/mini) of what an invoice bills: phone numbers, call credits, a one-time service or other; parses and checks the API's JSON. */
export const InvoiceType = /*#__PURE__*/ (() =>
  z.enum(['phone_number', 'one_time_service', 'call_credits', 'other']))();

/** The schema (zod/mini) of a Revampd-issued (or, defensively, Partner-issued) invoice; parses and checks the API's JSON. */
export const Invoice = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    number: z.string(),
    issuedAt: Timestamp,
    dueAt: z.nullable(Timestamp),
    status: InvoiceStatus,
    type: InvoiceType,
    description: z.string(),
    total: Money,
    amountDue: Money,
    issuer: z.enum(['revampd', 'partner']),
    pdfUrl: z.nullable(z.string()),
  }))();

// -------------------------------------------------------------------------------------------------
// Wallet
// -------------------------------------------------------------------------------------------------

/** The schema (zod/mini) of the per-connection wallet of credits; parses and checks the API's JSON. */
export const Wallet = /*#__PURE__*/ (() =>
  z.object({
    connectionId: z.string(),
    balance: Money,
    updatedAt: Timestamp,
  }))();

/** The schema (zod/mini) of what moved money in or out of the wallet; parses and checks the API's JSON. */
export const WalletTransactionKind = /*#__PURE__*/ (() =>
  z.enum(['payout_credit', 'invoice_payment', 'refund', 'adjustment']))();

/** The schema (zod/mini) of one line of the wallet ledger: a credit or a debit; parses and checks the API's JSON. */
export const WalletTransaction = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    createdAt: Timestamp,
    kind: WalletTransactionKind,
    amount: Money,
    /** The balance right after this transaction: a running balance on any page, no sums. */
    balanceAfter: Money,
    description: z.string(),
    invoiceId: z.nullable(z.string()),
    payoutId: z.nullable(z.string()),
  }))();

/** The schema (zod/mini) of the answer of `POST /invoices/{id}/pay-with-wallet`: the paid invoice and the wallet after it; parses and checks the API's JSON. */
export const InvoicePayment = /*#__PURE__*/ (() => z.object({ invoice: Invoice, wallet: Wallet }))();

/**
 * `201` of `POST /add-ons`: the add-on (`pending` while a number is provisioned), the
 * Revampd invoice billing its first period (already `paid` when paid from the wallet), and
 * the wallet as it is now.
 */
export const AddOnPurchase = /*#__PURE__*/ (() =>
  z.object({ addOn: AddOn, invoice: Invoice, wallet: Wallet }))();

// -------------------------------------------------------------------------------------------------
// Affiliate payouts
// -------------------------------------------------------------------------------------------------

/** The schema (zod/mini) of a payout's state: `pending`, `paid` (landed in the wallet) or `failed`; parses and checks the API's JSON. */
export const PayoutStatus = /*#__PURE__*/ (() => z.enum(['pending', 'paid', 'failed']))();

/** The schema (zod/mini) of an affiliate payout; parses and checks the API's JSON. */
export const Payout = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    createdAt: Timestamp,
    paidAt: z.nullable(Timestamp),
    status: PayoutStatus,
    amount: Money,
    walletTransactionId: z.nullable(z.string()),
    /** Why a `failed` payout failed: text for people, untrusted. */
    failureReason: z.nullable(z.string()),
  }))();

export const PayoutSummary = /*#__PURE__*/ (() =>
  z.object({
    ytd: Money,
    mtd: Money,
    currentWeek: Money,
    asOf: Timestamp,
    byMonth: z.array(z.object({ month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)), total: Money })),
  }))();

// -------------------------------------------------------------------------------------------------
// What needs attention
// -------------------------------------------------------------------------------------------------

const CountAndAmount = /*#__PURE__*/ (() => z.object({ count: z.int().check(z.gte(0)), amountDue: Money }))();

/** `GET /attention`: one small summary for a banner and for badges in a host's menu. */
export const Attention = /*#__PURE__*/ (() =>
  z.object({
    openInvoices: CountAndAmount,
    overdueInvoices: CountAndAmount,
    /** How much the wallet falls short of the open invoices' amount due; null when it covers them. */
    walletShortfall: z.nullable(Money),
    ticketsAwaitingCustomer: z.int().check(z.gte(0)),
    /** Failed payouts of the last 90 days. */
    failedPayouts: z.int().check(z.gte(0)),
    asOf: Timestamp,
  }))();

// -------------------------------------------------------------------------------------------------
// List filters (query parameters)
// -------------------------------------------------------------------------------------------------

/** `q` of a list: 1–{@link SEARCH_LIMITS}.q characters, matched case-insensitively. */
export const SearchText = /*#__PURE__*/ (() =>
  z.string().check(
    z.refine((value) => [...value].length >= 1 && [...value].length <= SEARCH_LIMITS.q, {
      message: `must be 1 to ${SEARCH_LIMITS.q} characters`,
    }),
  ))();

/** Filters of `GET /tickets`. `awaitingCustomer` is only ever `true` on the wire. */
export const TicketFilters = /*#__PURE__*/ (() =>
  z.object({
    status: z.optional(TicketStatus),
    priority: z.optional(TicketPriority),
    awaitingCustomer: z.optional(z.literal(true)),
    q: z.optional(SearchText),
  }))();

/** Filters of `GET /invoices`; `issuedFrom` inclusive, `issuedTo` exclusive. */
export const InvoiceFilters = /*#__PURE__*/ (() =>
  z.object({
    status: z.optional(InvoiceStatus),
    type: z.optional(InvoiceType),
    issuedFrom: z.optional(Timestamp),
    issuedTo: z.optional(Timestamp),
    q: z.optional(SearchText),
  }))();

/** Filters of `GET /wallet/transactions`; `createdFrom` inclusive, `createdTo` exclusive. */
export const WalletTransactionFilters = /*#__PURE__*/ (() =>
  z.object({
    kind: z.optional(WalletTransactionKind),
    createdFrom: z.optional(Timestamp),
    createdTo: z.optional(Timestamp),
  }))();

/** Filters of `GET /affiliate/payouts`; `createdFrom` inclusive, `createdTo` exclusive. */
export const PayoutFilters = /*#__PURE__*/ (() =>
  z.object({
    status: z.optional(PayoutStatus),
    createdFrom: z.optional(Timestamp),
    createdTo: z.optional(Timestamp),
  }))();

/** Query of `GET /phone-numbers/available`. */
export const AvailablePhoneNumberQuery = /*#__PURE__*/ (() =>
  z.object({
    productId: z.string().check(z.minLength(1)),
    areaCode: z.optional(
      z.string().check(z.regex(/^\d{1,5}$/, `must be 1 to ${PURCHASE_LIMITS.areaCode} digits`)),
    ),
    contains: z.optional(
      z
        .string()
        .check(z.regex(/^[0-9A-Za-z]{1,10}$/, `must be 1 to ${PURCHASE_LIMITS.contains} digits or letters`)),
    ),
  }))();

// -------------------------------------------------------------------------------------------------
// Pages
// -------------------------------------------------------------------------------------------------

export const AddOnPage = /*#__PURE__*/ (() => page(AddOn))();
export const TicketPage = /*#__PURE__*/ (() => page(Ticket))();
/** `GET /tickets/{id}/messages`: one page of a conversation, oldest first. */
export const MessagePage = /*#__PURE__*/ (() => page(Message))();
export const InvoicePage = /*#__PURE__*/ (() => page(Invoice))();
export const WalletTransactionPage = /*#__PURE__*/ (() => page(WalletTransaction))();
export const PayoutPage = /*#__PURE__*/ (() => page(Payout))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** Integer minor units and an ISO 4217 code. */
export type Money = z.infer<typeof Money>;
/** `GET /plan`. */
export type Plan = z.infer<typeof Plan>;
/** The Partner that manages a Sub-Org's plan. */
export type PartnerRef = Extract<Plan, { managedBy: 'partner' }>['partner'];
/** A direct Revampd plan. */
export type DirectPlan = Extract<Plan, { managedBy: 'revampd' }>['plan'];
/** A direct plan's state: `active`, `trialing`, `past_due` or `canceled`. */
export type PlanStatus = z.infer<typeof PlanStatus>;
/** A Revampd-issued add-on such as a phone number or call credits. */
export type AddOn = z.infer<typeof AddOn>;
/** What an add-on is: `phone_number`, `call_credits` or `other`. */
export type AddOnKind = z.infer<typeof AddOnKind>;
/** An add-on's state: `active`, `pending` (bought, not yet provisioned) or `cancelled`. */
export type AddOnStatus = z.infer<typeof AddOnStatus>;
/** `month` or `one_time`. */
export type AddOnInterval = z.infer<typeof AddOnInterval>;
/** Something the Sub-Org can buy: a phone number or a call-credit pack. */
export type Product = z.infer<typeof Product>;
/** What the catalog sells: a phone number or a call-credit pack. */
export type ProductKind = z.infer<typeof ProductKind>;
/** `local` or `toll_free`. */
export type PhoneNumberType = z.infer<typeof PhoneNumberType>;
/** `GET /add-ons/catalog`. */
export type ProductCatalog = z.infer<typeof ProductCatalog>;
/** A number on offer from `GET /phone-numbers/available`. */
export type AvailablePhoneNumber = z.infer<typeof AvailablePhoneNumber>;
/** `GET /phone-numbers/available`. */
export type AvailablePhoneNumberList = z.infer<typeof AvailablePhoneNumberList>;
/** Query of `GET /phone-numbers/available`. */
export type AvailablePhoneNumberQuery = z.infer<typeof AvailablePhoneNumberQuery>;
/** `wallet` or `invoice`. */
export type PaymentMethod = z.infer<typeof PaymentMethod>;
/** The body of `POST /add-ons`. */
export type PurchaseAddOn = z.infer<typeof PurchaseAddOn>;
/** The answer of `POST /add-ons`. */
export type AddOnPurchase = z.infer<typeof AddOnPurchase>;
/** A support ticket opened with Revampd. */
export type Ticket = z.infer<typeof Ticket>;
/** A ticket's state: `open`, `in_progress`, `resolved` or `closed`. */
export type TicketStatus = z.infer<typeof TicketStatus>;
/** A ticket's priority: `low`, `medium` or `high`. */
export type TicketPriority = z.infer<typeof TicketPriority>;
/** `GET /tickets/{id}`: a ticket with its own attachments. */
export type TicketDetail = z.infer<typeof TicketDetail>;
/** The body of `POST /tickets`. */
export type NewTicket = z.infer<typeof NewTicket>;
/** `customer` or `team`. */
export type MessageAuthorKind = z.infer<typeof MessageAuthorKind>;
/** One message of a ticket's conversation. */
export type Message = z.infer<typeof Message>;
/** The body of `POST /tickets/{id}/messages`. */
export type NewMessage = z.infer<typeof NewMessage>;
/** A file on a ticket or a reply. */
export type Attachment = z.infer<typeof Attachment>;
/** `pending`, `clean` or `infected`. */
export type ScanStatus = z.infer<typeof ScanStatus>;
/** Filters of `GET /tickets`. */
export type TicketFilters = z.infer<typeof TicketFilters>;
/** Filters of `GET /invoices`. */
export type InvoiceFilters = z.infer<typeof InvoiceFilters>;
/** Filters of `GET /wallet/transactions`. */
export type WalletTransactionFilters = z.infer<typeof WalletTransactionFilters>;
/** Filters of `GET /affiliate/payouts`. */
export type PayoutFilters = z.infer<typeof PayoutFilters>;
/** `GET /attention`. */
export type Attention = z.infer<typeof Attention>;
/** A Revampd-issued (or, defensively, Partner-issued) invoice. */
export type Invoice = z.infer<typeof Invoice>;
/** An invoice's state: `draft`, `open`, `paid`, `void` or `uncollectible`. */
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;
/** What an invoice bills: phone numbers, call credits, a one-time service or other. */
export type InvoiceType = z.infer<typeof InvoiceType>;
/** The per-connection wallet of credits. */
export type Wallet = z.infer<typeof Wallet>;
/** One line of the wallet ledger: a credit or a debit. */
export type WalletTransaction = z.infer<typeof WalletTransaction>;
/** What moved money in or out of the wallet. */
export type WalletTransactionKind = z.infer<typeof WalletTransactionKind>;
/** The answer of `POST /invoices/{id}/pay-with-wallet`. */
export type InvoicePayment = z.infer<typeof InvoicePayment>;
/** An affiliate payout. */
export type Payout = z.infer<typeof Payout>;
/** A payout's state: `pending`, `paid` (landed in the wallet) or `failed`. */
export type PayoutStatus = z.infer<typeof PayoutStatus>;
/** `GET /affiliate/summary`. */
export type PayoutSummary = z.infer<typeof PayoutSummary>;
/** One page of a list endpoint. */
export interface Page<T> {
  /** This page's items, in the endpoint's order (newest first unless it says otherwise). */
  data: T[];
  /** Pass as `cursor` to get the next page; `null` on the last. Valid only with the same filters. */
  nextCursor: string | null;
}
/** The body of a non-2xx answer. */
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
