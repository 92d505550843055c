/**
 * The invoices' contract, paying one with wallet credits included (that endpoint is the
 * invoice's). Conventions: ./common.ts.
 */
import * as v from 'valibot';
import { Money, page, SearchText, Timestamp } from './common';
import { Wallet } from './wallet';

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

/** The schema (valibot) of the answer of `POST /invoices/{id}/pay-with-wallet`: the paid invoice and the wallet after it; parses and checks the API's JSON. */
export const InvoicePayment = /*#__PURE__*/ (() => v.object({ invoice: Invoice, wallet: Wallet }))();

/** Filters of `GET /invoices`; `issuedFrom` inclusive, `issuedTo` exclusive. */
export const InvoiceFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(InvoiceStatus),
    type: v.optional(InvoiceType),
    issuedFrom: v.optional(Timestamp),
    issuedTo: v.optional(Timestamp),
    q: v.optional(SearchText),
  }))();

/** `GET /invoices`: one page of invoices. */
export const InvoicePage = /*#__PURE__*/ (() => page(Invoice))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** A Revampd-issued (or, defensively, Partner-issued) invoice. */
export type Invoice = v.InferOutput<typeof Invoice>;
/** An invoice's state: `draft`, `open`, `paid`, `void` or `uncollectible`. */
export type InvoiceStatus = v.InferOutput<typeof InvoiceStatus>;
/** What an invoice bills: phone numbers, call credits, a one-time service or other. */
export type InvoiceType = v.InferOutput<typeof InvoiceType>;
/** The answer of `POST /invoices/{id}/pay-with-wallet`. */
export type InvoicePayment = v.InferOutput<typeof InvoicePayment>;
/** Filters of `GET /invoices`. */
export type InvoiceFilters = v.InferOutput<typeof InvoiceFilters>;
