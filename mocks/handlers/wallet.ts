/**
 * `GET /wallet` and `GET /wallet/transactions`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { MockDb } from '../db';
import { apiPath, listPage, ok, read } from './shared';
import type { ScopeParams } from './shared';

/** Handlers for the wallet and its transactions. */
export function walletHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/wallet'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => ok(scope.wallet)),
    ),
    http.get<ScopeParams>(apiPath('/wallet/transactions'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => listPage(scope.walletTransactions, url)),
    ),
  ];
}
