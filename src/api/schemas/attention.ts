/** `GET /attention`'s contract: what the alerts and a host's menu badges read. Conventions: ./common.ts. */
import * as v from 'valibot';
import { intFrom, Money, Timestamp } from './common';

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
// Types
// -------------------------------------------------------------------------------------------------

/** `GET /attention`. */
export type Attention = v.InferOutput<typeof Attention>;
