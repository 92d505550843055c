/**
 * How the mock server serialises its stored rows: the fields api.md has the server
 * compute (a ticket's conversation fields, an add-on's `cancellable`, a transaction's
 * `balanceAfter`, an attachment's scan status and link) are derived here on every answer,
 * so rows a test or scenario writes into the db by hand are still served on contract.
 *
 * @internal Not part of the public mocks entry.
 */
import type {
  AddOn,
  Attachment,
  Attention,
  Message,
  Payout,
  Ticket,
  TicketDetail,
  WalletTransaction,
} from '../../src/api/schemas';
import { isCancellable, ticketActivity } from '../db';
import type { MockAttachment, MockDb, MockMessage, MockScope } from '../db';
import { DAY } from '../random';
import { isoNow } from './shared';

/** A ticket as lists and mutations answer it. */
export function ticketView(scope: MockScope, ticket: Ticket): Ticket {
  return { ...ticket, ...ticketActivity(scope, ticket) };
}

/** `GET /tickets/{id}`: the ticket with its own attachments (not a message's). */
export function ticketDetailView(db: MockDb, scope: MockScope, ticket: Ticket): TicketDetail {
  const attachments = scope.attachments
    .filter((attachment) => attachment.ticketId === ticket.id && attachment.messageId === null)
    .map((attachment) => attachmentView(db, attachment));
  return { ...ticketView(scope, ticket), attachments };
}

/** An attachment as it is now: `pending` until scanned, a link only once clean. */
export function attachmentView(db: MockDb, attachment: MockAttachment): Attachment {
  const scanStatus = db.delayClock() >= attachment.scannedAt ? attachment.verdict : 'pending';
  return {
    id: attachment.id,
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType,
    createdAt: attachment.createdAt,
    scanStatus,
    downloadUrl: scanStatus === 'clean' ? attachment.url : null,
  };
}

/** A message with its attachments resolved, in the order they were attached. */
export function messageView(db: MockDb, scope: MockScope, message: MockMessage): Message {
  const attachments = message.attachmentIds.flatMap((id) => {
    const attachment = scope.attachments.find((candidate) => candidate.id === id);
    return attachment === undefined ? [] : [attachmentView(db, attachment)];
  });
  return {
    id: message.id,
    ticketId: message.ticketId,
    author: { ...message.author },
    body: message.body,
    createdAt: message.createdAt,
    attachments,
  };
}

/** An add-on with the server's word on whether it may be cancelled now. */
export function addOnView(addOn: AddOn): AddOn {
  return { ...addOn, cancellable: isCancellable(addOn) };
}

/** A payout; rows written without a reason say none. */
export function payoutView(payout: Payout): Payout {
  return { ...payout, failureReason: payout.failureReason ?? null };
}

/**
 * The ledger in list order (newest first, ties by id) with every `balanceAfter` computed
 * from the transactions below it, so any page shows a running balance that adds up.
 */
export function ledgerView(scope: MockScope): WalletTransaction[] {
  const currency = scope.wallet.balance.currency;
  const ordered = [...scope.walletTransactions].sort((a, b) => {
    const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    if (byTime !== 0) return byTime;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  });
  let balance = 0;
  const ledger = ordered.reverse().map((transaction) => {
    balance += transaction.amount.amount;
    return { ...transaction, balanceAfter: { amount: balance, currency } };
  });
  return ledger.reverse();
}

/** Failed payouts count on `/attention` for this long. */
export const ATTENTION_FAILED_PAYOUT_DAYS = 90;

/**
 * `GET /attention`, from the same rows the lists serve: open Revampd-issued invoices in the
 * wallet's currency, those past `dueAt`, the wallet's shortfall against them, tickets
 * awaiting the customer, and failed payouts of the last 90 days.
 */
export function attentionOf(scope: MockScope, now: Date): Attention {
  const currency = scope.wallet.balance.currency;
  const nowMs = now.getTime();
  const open = scope.invoices.filter(
    (invoice) =>
      invoice.issuer === 'revampd' &&
      invoice.status === 'open' &&
      invoice.amountDue.currency.toUpperCase() === currency.toUpperCase(),
  );
  const overdue = open.filter((invoice) => invoice.dueAt !== null && Date.parse(invoice.dueAt) < nowMs);
  const due = (invoices: typeof open) => invoices.reduce((sum, invoice) => sum + invoice.amountDue.amount, 0);
  const shortfall = due(open) - scope.wallet.balance.amount;
  const since = nowMs - ATTENTION_FAILED_PAYOUT_DAYS * DAY;
  return {
    openInvoices: { count: open.length, amountDue: { amount: due(open), currency } },
    overdueInvoices: { count: overdue.length, amountDue: { amount: due(overdue), currency } },
    walletShortfall: shortfall > 0 ? { amount: shortfall, currency } : null,
    ticketsAwaitingCustomer: scope.tickets.filter((ticket) => ticketView(scope, ticket).awaitingCustomer)
      .length,
    failedPayouts: scope.payouts.filter(
      (payout) => payout.status === 'failed' && Date.parse(payout.createdAt) >= since,
    ).length,
    asOf: isoNow(now),
  };
}
