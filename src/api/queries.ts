/**
 * One query factory per resource. Each holds the resource's keys (every key begins with the
 * scope, so two scopes never share a cache entry, faults.md 10–11) and a `queryOptions()`
 * per read endpoint, so hooks, a host's prefetching
 * (`queryClient.prefetchInfiniteQuery(ticketQueries.list(client, {}))`) and SSR share one
 * definition. Cache writes go through an option's tagged `.queryKey`, so the data written is
 * type-checked against what the query reads; no key is built by hand anywhere else.
 *
 * Every option that changes behaviour is set here, not left to the QueryClient's defaults:
 * a host may pass its own client with `throwOnError: true`, `placeholderData:
 * keepPreviousData`, `staleTime: Infinity` or `retry: 5` (faults.md 35), and none of that
 * may leak into the widgets. Retries are off on purpose: the transport already retries
 * transient failures with backoff and `Retry-After`, and a second layer would multiply them.
 */
import { infiniteQueryOptions, queryOptions, skipToken } from '@tanstack/react-query';
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
import type { RevampdError } from './errors';
import type { Page } from './schemas';
import type { Transport } from './transport';

// -------------------------------------------------------------------------------------------------
// Scope
// -------------------------------------------------------------------------------------------------

/** Everything that decides whose data a response is. */
export interface QueryScope {
  readonly baseUrl: string;
  readonly orgId: string;
  readonly connectionId: string;
  /** The token's owner, when the host tells us; a different owner is a different cache. */
  readonly userId: string | null;
}

/** A transport with the scope its cache keys are built from (what `useRevampd()` returns). */
export interface ScopedClient {
  readonly api: Transport;
  readonly scope: QueryScope;
}

const ROOT = 'revampd-connection';

/** The keys every resource's keys start from. */
export const scopeKeys = {
  /** Every query of every scope: for clearing the library's whole cache. */
  root: [ROOT] as const,
  /** Every query of one scope. */
  all: (scope: QueryScope) => [ROOT, scope.baseUrl, scope.orgId, scope.connectionId, scope.userId] as const,
};

/** Rows per page requested from list endpoints. */
export const PAGE_SIZE = 25;

// -------------------------------------------------------------------------------------------------
// Options every query of the library carries
// -------------------------------------------------------------------------------------------------

/**
 * What a host's QueryClient defaults must not change (faults.md 35). `staleTime` is 30 s:
 * long enough that switching sections does not refetch everything, short enough that a
 * person coming back sees fresh numbers.
 */
const OWN_BEHAVIOUR = {
  retry: false,
  throwOnError: false,
  staleTime: 30_000,
  gcTime: 5 * 60_000,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  refetchOnMount: true,
  refetchInterval: false,
  networkMode: 'online',
  structuralSharing: true,
  experimental_prefetchInRender: false,
} as const;

/** Never a placeholder: another key's data is another scope's or filter's data. */
const noPlaceholder = (): undefined => undefined;

/** The filters a list was asked for, kept on the query so cache writes can read them by name. */
export interface ListQueryMeta<TFilters> extends Record<string, unknown> {
  readonly filters: TFilters;
}

function listQuery<T, TFilters>(
  queryKey: readonly unknown[],
  filters: TFilters,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
) {
  return infiniteQueryOptions<
    Page<T>,
    RevampdError,
    { pages: Page<T>[]; pageParams: (string | null)[] },
    readonly unknown[],
    string | null
  >({
    ...OWN_BEHAVIOUR,
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    // A host's `keepPreviousData` would show the old filter's (or org's) rows (faults.md 35, 40).
    placeholderData: noPlaceholder,
    meta: { filters } satisfies ListQueryMeta<TFilters>,
  });
}

function resourceQuery<T>(
  queryKey: readonly unknown[],
  fetchOne: ((signal: AbortSignal) => Promise<T>) | null,
) {
  return queryOptions<T, RevampdError, T, readonly unknown[]>({
    ...OWN_BEHAVIOUR,
    queryKey,
    // skipToken: a query without its id (no ticket open) is off, and typed as such.
    queryFn: fetchOne ? ({ signal }) => fetchOne(signal) : skipToken,
    placeholderData: noPlaceholder,
  });
}

// -------------------------------------------------------------------------------------------------
// Resources
// -------------------------------------------------------------------------------------------------

/** `GET /plan`. */
export const planQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'plan'] as const,
  detail: ({ api, scope }: ScopedClient) =>
    resourceQuery(planQueries.all(scope), (signal) => getPlan(api, { signal })),
};

/** `GET /add-ons`, paged by cursor. */
export const addOnQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'add-ons'] as const,
  lists: (scope: QueryScope) => [...addOnQueries.all(scope), 'list'] as const,
  list: ({ api, scope }: ScopedClient) =>
    listQuery([...addOnQueries.lists(scope), {}], {}, (cursor, signal) =>
      listAddOns(api, { cursor, limit: PAGE_SIZE }, { signal }),
    ),
};

/** The filters of a tickets list, as sent to the API. */
export type TicketListFilters = Pick<TicketListParams, 'status'>;

/** `GET /tickets`, `GET /tickets/{id}`. */
export const ticketQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'tickets'] as const,
  lists: (scope: QueryScope) => [...ticketQueries.all(scope), 'list'] as const,
  /** `GET /tickets?status=`, paged by cursor. */
  list: ({ api, scope }: ScopedClient, filters: TicketListFilters = {}) => {
    const normalized: Required<TicketListFilters> = { status: filters.status ?? null };
    return listQuery([...ticketQueries.lists(scope), normalized], normalized, (cursor, signal) =>
      listTickets(api, { ...normalized, cursor, limit: PAGE_SIZE }, { signal }),
    );
  },
  /** `GET /tickets/{id}`; off (skipToken) while `ticketId` is null. */
  detail: ({ api, scope }: ScopedClient, ticketId: string | null) =>
    resourceQuery(
      [...ticketQueries.all(scope), 'detail', ticketId],
      ticketId === null ? null : (signal) => getTicket(api, ticketId, { signal }),
    ),
};

/** `GET /invoices`, paged by cursor. */
export const invoiceQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'invoices'] as const,
  lists: (scope: QueryScope) => [...invoiceQueries.all(scope), 'list'] as const,
  list: ({ api, scope }: ScopedClient) =>
    listQuery([...invoiceQueries.lists(scope), {}], {}, (cursor, signal) =>
      listInvoices(api, { cursor, limit: PAGE_SIZE }, { signal }),
    ),
};

/** `GET /wallet`, `GET /wallet/transactions`. */
export const walletQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'wallet'] as const,
  detail: ({ api, scope }: ScopedClient) =>
    resourceQuery([...walletQueries.all(scope), 'detail'], (signal) => getWallet(api, { signal })),
  transactionLists: (scope: QueryScope) => [...walletQueries.all(scope), 'transactions'] as const,
  transactions: ({ api, scope }: ScopedClient) =>
    listQuery([...walletQueries.transactionLists(scope), {}], {}, (cursor, signal) =>
      listWalletTransactions(api, { cursor, limit: PAGE_SIZE }, { signal }),
    ),
};

/** `GET /affiliate/payouts`, `GET /affiliate/summary`. */
export const payoutQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'payouts'] as const,
  lists: (scope: QueryScope) => [...payoutQueries.all(scope), 'list'] as const,
  /** Paged by cursor, 100 a page: histories are long. */
  list: ({ api, scope }: ScopedClient) =>
    listQuery([...payoutQueries.lists(scope), {}], {}, (cursor, signal) =>
      listPayouts(api, { cursor, limit: 100 }, { signal }),
    ),
  /** The summary in the given zone and week start. */
  summary: ({ api, scope }: ScopedClient, params: PayoutSummaryParams) =>
    resourceQuery([...payoutQueries.all(scope), 'summary', params.timeZone, params.weekStartsOn], (signal) =>
      getPayoutSummary(api, params, { signal }),
    ),
};
