/** The wallet's contract: its balance and its ledger. Conventions: ./common.ts. */
import * as v from 'valibot';
import { Money, page, Timestamp } from './common';

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

/** Filters of `GET /wallet/transactions`; `createdFrom` inclusive, `createdTo` exclusive. */
export const WalletTransactionFilters = /*#__PURE__*/ (() =>
  v.object({
    kind: v.optional(WalletTransactionKind),
    createdFrom: v.optional(Timestamp),
    createdTo: v.optional(Timestamp),
  }))();

/** `GET /wallet/transactions`: one page of the wallet ledger. */
export const WalletTransactionPage = /*#__PURE__*/ (() => page(WalletTransaction))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** The per-connection wallet of credits. */
export type Wallet = v.InferOutput<typeof Wallet>;
/** One line of the wallet ledger: a credit or a debit. */
export type WalletTransaction = v.InferOutput<typeof WalletTransaction>;
/** What moved money in or out of the wallet. */
export type WalletTransactionKind = v.InferOutput<typeof WalletTransactionKind>;
/** Filters of `GET /wallet/transactions`. */
export type WalletTransactionFilters = v.InferOutput<typeof WalletTransactionFilters>;
