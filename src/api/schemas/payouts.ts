/** The affiliate payouts' contract: the history and the summary. Conventions: ./common.ts. */
import * as v from 'valibot';
import { Money, page, Timestamp } from './common';

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

/** Filters of `GET /affiliate/payouts`; `createdFrom` inclusive, `createdTo` exclusive. */
export const PayoutFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(PayoutStatus),
    createdFrom: v.optional(Timestamp),
    createdTo: v.optional(Timestamp),
  }))();

/** `GET /affiliate/payouts`: one page of payouts. */
export const PayoutPage = /*#__PURE__*/ (() => page(Payout))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** An affiliate payout. */
export type Payout = v.InferOutput<typeof Payout>;
/** A payout's state: `pending`, `paid` (landed in the wallet) or `failed`. */
export type PayoutStatus = v.InferOutput<typeof PayoutStatus>;
/** `GET /affiliate/summary`. */
export type PayoutSummary = v.InferOutput<typeof PayoutSummary>;
/** Filters of `GET /affiliate/payouts`. */
export type PayoutFilters = v.InferOutput<typeof PayoutFilters>;
