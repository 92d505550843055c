/**
 * Query-key factories. Every key begins with the scope (API origin, org, connection and,
 * when the host names it, the token's owner), so two scopes can never share a cache entry
 * and changing scope can never show the previous one's rows (faults.md 10–11).
 */
import type { PayoutSummaryParams, TicketListParams } from './endpoints';

/** Everything that decides whose data a response is. */
export interface QueryScope {
  readonly baseUrl: string;
  readonly orgId: string;
  readonly connectionId: string;
  /** The token's owner, when the host tells us; a different owner is a different cache. */
  readonly userId: string | null;
}

const ROOT = 'revampd-connection';

/** All keys of one scope. */
export const scopeKeys = {
  /** Every query of every scope: for clearing the library's whole cache. */
  root: [ROOT] as const,
  all: (scope: QueryScope) => [ROOT, scope.baseUrl, scope.orgId, scope.connectionId, scope.userId] as const,
};

/** `GET /plan`. */
export const planKeys = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'plan'] as const,
};

/** `GET /add-ons`. */
export const addOnKeys = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'add-ons'] as const,
  list: (scope: QueryScope) => [...addOnKeys.all(scope), 'list'] as const,
};

/** `GET /tickets`, `GET /tickets/{id}`. */
export const ticketKeys = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'tickets'] as const,
  lists: (scope: QueryScope) => [...ticketKeys.all(scope), 'list'] as const,
  list: (scope: QueryScope, filters: Pick<TicketListParams, 'status'>) =>
    [...ticketKeys.lists(scope), { status: filters.status ?? null }] as const,
  detail: (scope: QueryScope, ticketId: string) => [...ticketKeys.all(scope), 'detail', ticketId] as const,
};

/** `GET /invoices`. */
export const invoiceKeys = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'invoices'] as const,
  list: (scope: QueryScope) => [...invoiceKeys.all(scope), 'list'] as const,
};

/** `GET /wallet`, `GET /wallet/transactions`. */
export const walletKeys = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'wallet'] as const,
  detail: (scope: QueryScope) => [...walletKeys.all(scope), 'detail'] as const,
  transactions: (scope: QueryScope) => [...walletKeys.all(scope), 'transactions'] as const,
};

/** `GET /affiliate/payouts`, `GET /affiliate/summary`. */
export const payoutKeys = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'payouts'] as const,
  list: (scope: QueryScope) => [...payoutKeys.all(scope), 'list'] as const,
  summary: (scope: QueryScope, params: PayoutSummaryParams) =>
    [...payoutKeys.all(scope), 'summary', params.timeZone, params.weekStartsOn] as const,
};
