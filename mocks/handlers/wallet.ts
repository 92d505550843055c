/**
 * `GET /wallet` and `GET /wallet/transactions`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { WalletTransactionKind } from '../../src/api/schemas';
import type { MockDb } from '../db';
import { inRange, readFilters } from './filters';
import { apiPath, listPage, ok, read } from './shared';
import type { ScopeParams } from './shared';
import { ledgerView } from './views';

const KINDS: readonly WalletTransactionKind[] = ['payout_credit', 'invoice_payment', 'refund', 'adjustment'];

const TRANSACTION_FILTERS = {
  kind: { kind: 'enum', values: KINDS },
  createdFrom: { kind: 'instant' },
  createdTo: { kind: 'instant' },
} as const;

/** Handlers for the wallet and its transactions. */
export function walletHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/wallet'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => ok(scope.wallet)),
    ),
    http.get<ScopeParams>(apiPath('/wallet/transactions'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => {
        const parsed = readFilters(url, TRANSACTION_FILTERS, [['createdFrom', 'createdTo']]);
        if (!parsed.ok) return parsed.error;
        const { kind, createdFrom, createdTo } = parsed.filters;
        // Balances come from the whole ledger first, so a filtered page still shows the
        // wallet's real balance after each of its rows.
        const rows = ledgerView(scope).filter(
          (transaction) =>
            (kind === undefined || transaction.kind === kind) &&
            inRange(transaction.createdAt, createdFrom, createdTo),
        );
        return listPage(rows, url, parsed.key);
      }),
    ),
  ];
}
