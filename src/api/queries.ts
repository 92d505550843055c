/**
 * One `queryOptions()` definition per read endpoint, so the hooks, a host's prefetching
 * (`queryClient.prefetchQuery(ticketsQuery(api, {}))`) and SSR all share it.
 *
 * Retries are off here on purpose: the client already retries transient failures with
 * backoff and `Retry-After`, and a second retry layer would multiply them (faults.md 4, 6).
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  getPayoutSummary,
  getPlan,
  getTicket,
  getWallet,
  listAddOns,
  listInvoices,
  listPayouts,
  listTickets,
  listWalletTransactions,
  type PayoutSummaryParams,
  type TicketListParams,
} from './endpoints';
import type { Transport } from './transport';
import type { RevampdError } from './errors';
import {
  addOnKeys,
  invoiceKeys,
  payoutKeys,
  planKeys,
  ticketKeys,
  walletKeys,
  type QueryScope,
} from './keys';
import type { Page } from './schemas';

/** A transport with the scope its cache keys are built from. */
export interface ScopedClient {
  readonly api: Transport;
  readonly scope: QueryScope;
}

/** Rows per page requested from list endpoints. */
export const PAGE_SIZE = 25;

function listQuery<T>(
  queryKey: readonly unknown[],
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
) {
  return infiniteQueryOptions<
    Page<T>,
    RevampdError,
    { pages: Page<T>[]; pageParams: (string | null)[] },
    readonly unknown[],
    string | null
  >({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    retry: false,
  });
}

function resourceQuery<T>(queryKey: readonly unknown[], fetchOne: (signal: AbortSignal) => Promise<T>) {
  return queryOptions<T, RevampdError, T, readonly unknown[]>({
    queryKey,
    queryFn: ({ signal }) => fetchOne(signal),
    retry: false,
  });
}

/** `GET /plan`. */
export const planQuery = ({ api, scope }: ScopedClient) =>
  resourceQuery(planKeys.all(scope), (signal) => getPlan(api, { signal }));

/** `GET /add-ons`, paged by cursor. */
export const addOnsQuery = ({ api, scope }: ScopedClient) =>
  listQuery(addOnKeys.list(scope), (cursor, signal) =>
    listAddOns(api, { cursor, limit: PAGE_SIZE }, { signal }),
  );

/** `GET /tickets?status=`, paged by cursor. */
export const ticketsQuery = ({ api, scope }: ScopedClient, filters: Pick<TicketListParams, 'status'> = {}) =>
  listQuery(ticketKeys.list(scope, filters), (cursor, signal) =>
    listTickets(api, { status: filters.status ?? null, cursor, limit: PAGE_SIZE }, { signal }),
  );

/** `GET /tickets/{id}`. */
export const ticketQuery = ({ api, scope }: ScopedClient, ticketId: string) =>
  resourceQuery(ticketKeys.detail(scope, ticketId), (signal) => getTicket(api, ticketId, { signal }));

/** `GET /invoices`, paged by cursor. */
export const invoicesQuery = ({ api, scope }: ScopedClient) =>
  listQuery(invoiceKeys.list(scope), (cursor, signal) =>
    listInvoices(api, { cursor, limit: PAGE_SIZE }, { signal }),
  );

/** `GET /wallet`. */
export const walletQuery = ({ api, scope }: ScopedClient) =>
  resourceQuery(walletKeys.detail(scope), (signal) => getWallet(api, { signal }));

/** `GET /wallet/transactions`, paged by cursor. */
export const walletTransactionsQuery = ({ api, scope }: ScopedClient) =>
  listQuery(walletKeys.transactions(scope), (cursor, signal) =>
    listWalletTransactions(api, { cursor, limit: PAGE_SIZE }, { signal }),
  );

/** `GET /affiliate/payouts`, paged by cursor (100 a page: histories are long). */
export const payoutsQuery = ({ api, scope }: ScopedClient) =>
  listQuery(payoutKeys.list(scope), (cursor, signal) => listPayouts(api, { cursor, limit: 100 }, { signal }));

/** `GET /affiliate/summary` in the given zone and week start. */
export const payoutSummaryQuery = ({ api, scope }: ScopedClient, params: PayoutSummaryParams) =>
  resourceQuery(payoutKeys.summary(scope, params), (signal) => getPayoutSummary(api, params, { signal }));
