/**
 * `GET /invoices` and `POST /invoices/{id}/pay-with-wallet`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { Invoice, InvoiceStatus, InvoiceType, WalletTransaction } from '../../src/api/schemas';
import { mintId, syncWalletBalance } from '../db';
import type { MockDb } from '../db';
import { inRange, matchesText, readFilters } from './filters';
import { apiError, apiPath, isoNow, listPage, mutate, ok, read } from './shared';
import type { ScopeParams } from './shared';

const STATUSES: readonly InvoiceStatus[] = ['draft', 'open', 'paid', 'void', 'uncollectible'];
const TYPES: readonly InvoiceType[] = ['phone_number', 'one_time_service', 'call_credits', 'other'];

const INVOICE_FILTERS = {
  status: { kind: 'enum', values: STATUSES },
  type: { kind: 'enum', values: TYPES },
  issuedFrom: { kind: 'instant' },
  issuedTo: { kind: 'instant' },
  q: { kind: 'text' },
} as const;

/** Handlers for the invoices resource. */
export function invoiceHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/invoices'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => {
        const parsed = readFilters(url, INVOICE_FILTERS, [['issuedFrom', 'issuedTo']]);
        if (!parsed.ok) return parsed.error;
        const { status, type, issuedFrom, issuedTo, q } = parsed.filters;
        const rows = scope.invoices.filter(
          (invoice) =>
            (status === undefined || invoice.status === status) &&
            (type === undefined || invoice.type === type) &&
            inRange(invoice.issuedAt, issuedFrom, issuedTo) &&
            matchesText(q, invoice.number, invoice.description),
        );
        return listPage(rows, url, parsed.key);
      }),
    ),

    http.post<ScopeParams>(apiPath('/invoices/:invoiceId/pay-with-wallet'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, now }) => {
        const invoiceId = params['invoiceId'];
        const index = scope.invoices.findIndex((invoice) => invoice.id === invoiceId);
        const invoice = scope.invoices[index];
        if (invoice === undefined) {
          // Another connection of the same org: it exists, but this wallet may not pay it.
          // Another org's id stays a 404 so ids cannot be probed across orgs.
          const elsewhere = db
            .scopes()
            .some(
              (other) =>
                other !== scope &&
                other.orgId === scope.orgId &&
                other.invoices.some((candidate) => candidate.id === invoiceId),
            );
          return elsewhere
            ? apiError(422, 'invoice_not_payable', 'This invoice belongs to another connection.')
            : apiError(404, 'not_found', 'No such invoice.');
        }
        if (invoice.issuer !== 'revampd') {
          return apiError(422, 'invoice_not_payable', 'Wallet credits pay Revampd-issued invoices only.');
        }
        if (invoice.status !== 'open' || invoice.amountDue.amount <= 0) {
          return apiError(422, 'invoice_not_payable', 'Only open invoices with an amount due can be paid.');
        }
        const { wallet } = scope;
        if (invoice.amountDue.currency !== wallet.balance.currency) {
          return apiError(422, 'invoice_not_payable', 'The invoice is not in the wallet currency.');
        }
        const due = invoice.amountDue.amount;
        if (wallet.balance.amount < due) {
          return apiError(409, 'insufficient_funds', 'The wallet balance does not cover the amount due.');
        }
        const transaction: WalletTransaction = {
          id: mintId(scope, 'wtx'),
          createdAt: isoNow(now),
          kind: 'invoice_payment',
          amount: { amount: -due, currency: wallet.balance.currency },
          balanceAfter: { amount: wallet.balance.amount - due, currency: wallet.balance.currency },
          description: `Payment of invoice ${invoice.number}`,
          invoiceId: invoice.id,
          payoutId: null,
        };
        scope.walletTransactions.unshift(transaction);
        // One bookkeeping path for every change: balance, balanceAfter and updatedAt follow.
        syncWalletBalance(scope);
        const paid: Invoice = {
          ...invoice,
          status: 'paid',
          amountDue: { amount: 0, currency: invoice.amountDue.currency },
        };
        scope.invoices[index] = paid;
        return ok({ invoice: paid, wallet: scope.wallet });
      }),
    ),
  ];
}
