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

export const AddOnKind = /*#__PURE__*/ (() => z.enum(['phone_number', 'call_credits', 'other']))();
export const AddOnStatus = /*#__PURE__*/ (() => z.enum(['active', 'pending', 'cancelled']))();

export const AddOn = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    kind: AddOnKind,
    name: z.string(),
    detail: z.nullable(z.string()),
    status: AddOnStatus,
    quantity: z.int().check(z.gte(1)),
    unitPrice: Money,
    interval: z.enum(['month', 'one_time']),
    createdAt: Timestamp,
    cancelledAt: z.nullable(Timestamp),
  }))();

// -------------------------------------------------------------------------------------------------
// Tickets
// -------------------------------------------------------------------------------------------------

export const TicketStatus = /*#__PURE__*/ (() => z.enum(['open', 'in_progress', 'resolved', 'closed']))();
export const TicketPriority = /*#__PURE__*/ (() => z.enum(['low', 'medium', 'high']))();

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
  }))();

/** Limits from api.md, counted after trimming; shared by the form, the client and the mock. */
export const TICKET_LIMITS = { title: 120, description: 5000 } as const;

export const NewTicket = /*#__PURE__*/ (() =>
  z.object({
    title: z.string(),
    priority: TicketPriority,
    description: z.string(),
  }))();

export const TicketStatusChange = /*#__PURE__*/ (() =>
  z.object({
    status: z.enum(['open', 'closed']),
  }))();

// -------------------------------------------------------------------------------------------------
// Invoices
// -------------------------------------------------------------------------------------------------

export const InvoiceStatus = /*#__PURE__*/ (() =>
  z.enum(['draft', 'open', 'paid', 'void', 'uncollectible']))();
export const InvoiceType = /*#__PURE__*/ (() =>
  z.enum(['phone_number', 'one_time_service', 'call_credits', 'other']))();

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

export const Wallet = /*#__PURE__*/ (() =>
  z.object({
    connectionId: z.string(),
    balance: Money,
    updatedAt: Timestamp,
  }))();

export const WalletTransactionKind = /*#__PURE__*/ (() =>
  z.enum(['payout_credit', 'invoice_payment', 'refund', 'adjustment']))();

export const WalletTransaction = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    createdAt: Timestamp,
    kind: WalletTransactionKind,
    amount: Money,
    description: z.string(),
    invoiceId: z.nullable(z.string()),
    payoutId: z.nullable(z.string()),
  }))();

export const InvoicePayment = /*#__PURE__*/ (() => z.object({ invoice: Invoice, wallet: Wallet }))();

// -------------------------------------------------------------------------------------------------
// Affiliate payouts
// -------------------------------------------------------------------------------------------------

export const PayoutStatus = /*#__PURE__*/ (() => z.enum(['pending', 'paid', 'failed']))();

export const Payout = /*#__PURE__*/ (() =>
  z.object({
    id: z.string(),
    createdAt: Timestamp,
    paidAt: z.nullable(Timestamp),
    status: PayoutStatus,
    amount: Money,
    walletTransactionId: z.nullable(z.string()),
  }))();

export const PayoutSummary = /*#__PURE__*/ (() =>
  z.object({
    ytd: Money,
    mtd: Money,
    currentWeek: Money,
    asOf: Timestamp,
    byMonth: z.array(z.object({ month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)), total: Money })),
  }))();

export const AddOnPage = /*#__PURE__*/ (() => page(AddOn))();
export const TicketPage = /*#__PURE__*/ (() => page(Ticket))();
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
export type PlanStatus = z.infer<typeof PlanStatus>;
/** A Revampd-issued add-on such as a phone number or call credits. */
export type AddOn = z.infer<typeof AddOn>;
export type AddOnKind = z.infer<typeof AddOnKind>;
export type AddOnStatus = z.infer<typeof AddOnStatus>;
/** A support ticket opened with Revampd. */
export type Ticket = z.infer<typeof Ticket>;
export type TicketStatus = z.infer<typeof TicketStatus>;
export type TicketPriority = z.infer<typeof TicketPriority>;
/** The body of `POST /tickets`. */
export type NewTicket = z.infer<typeof NewTicket>;
/** A Revampd-issued (or, defensively, Partner-issued) invoice. */
export type Invoice = z.infer<typeof Invoice>;
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;
export type InvoiceType = z.infer<typeof InvoiceType>;
/** The per-connection wallet of credits. */
export type Wallet = z.infer<typeof Wallet>;
export type WalletTransaction = z.infer<typeof WalletTransaction>;
export type WalletTransactionKind = z.infer<typeof WalletTransactionKind>;
/** The answer of `POST /invoices/{id}/pay-with-wallet`. */
export type InvoicePayment = z.infer<typeof InvoicePayment>;
/** An affiliate payout. */
export type Payout = z.infer<typeof Payout>;
export type PayoutStatus = z.infer<typeof PayoutStatus>;
/** `GET /affiliate/summary`. */
export type PayoutSummary = z.infer<typeof PayoutSummary>;
/** One page of a list endpoint. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
/** The body of a non-2xx answer. */
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
