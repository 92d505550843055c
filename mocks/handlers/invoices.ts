/**
 * `GET /invoices` and `POST /invoices/{id}/pay-with-wallet`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { Invoice, WalletTransaction } from '../../src/api/schemas';
import { mintId } from '../db';
import type { MockDb } from '../db';
import { apiError, apiPath, isoNow, listPage, mutate, ok, read } from './shared';
import type { ScopeParams } from './shared';

/** Handlers for the invoices resource. */
export function invoiceHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/invoices'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => listPage(scope.invoices, url)),
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
        const at = isoNow(now);
        const transaction: WalletTransaction = {
          id: mintId(scope, 'wtx'),
          createdAt: at,
          kind: 'invoice_payment',
          amount: { amount: -due, currency: wallet.balance.currency },
          description: `Payment of invoice ${invoice.number}`,
          invoiceId: invoice.id,
          payoutId: null,
        };
        scope.walletTransactions.unshift(transaction);
        scope.wallet = {
          ...wallet,
          balance: { amount: wallet.balance.amount - due, currency: wallet.balance.currency },
          updatedAt: at,
        };
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
