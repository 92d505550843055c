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
import {
  infiniteQueryOptions,
  queryOptions,
  skipToken,
  type DataTag,
  type InfiniteData,
  type UseInfiniteQueryOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import {
  getAddOnCatalog,
  getAttachment,
  getPayoutSummary,
  getPlan,
  getTicket,
  getWallet,
  listAddOns,
  listAvailablePhoneNumbers,
  listInvoices,
  listPayouts,
  listTicketMessages,
  listTickets,
  listWalletTransactions,
  getAttention,
  type WalletTransactionListParams,
  type AvailablePhoneNumbersParams,
  type InvoiceListParams,
  type PayoutListParams,
  type PayoutSummaryParams,
  type TicketListParams,
} from './endpoints';
import type { RevampdError } from './errors';
import type { Attention, Page } from './schemas';
import type { Transport } from './transport';

// -------------------------------------------------------------------------------------------------
// Scope
// -------------------------------------------------------------------------------------------------

/** Everything that decides whose data a response is. */
export interface QueryScope {
  /** The API origin the requests go to; another API is another cache. */
  readonly baseUrl: string;
  /** The Sub-Org whose data it is. */
  readonly orgId: string;
  /** The connection whose data it is (`revampd` for the Sub-Org's direct one). */
  readonly connectionId: string;
  /** The token's owner, when the host tells us; a different owner is a different cache. */
  readonly userId: string | null;
}

/** A transport with the scope its cache keys are built from (what `useRevampd()` returns). */
export interface ScopedClient {
  /** The transport requests go through (token, retries, validation). */
  readonly api: Transport;
  /** Whose data `api` reads; every cache key starts with it. */
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

/**
 * The options of one cursor-paged list, with its key tagged by its data. Named with
 * TanStack Query's public types on purpose: an inferred type would name the library's
 * internal declaration files, which the published `.d.ts` cannot reach.
 */
export type ListQueryOptions<T> = UseInfiniteQueryOptions<
  Page<T>,
  RevampdError,
  InfiniteData<Page<T>, string | null>,
  readonly unknown[],
  string | null
> & { queryKey: DataTag<readonly unknown[], InfiniteData<Page<T>, string | null>, RevampdError> };

/** The options of one single-resource query, with its key tagged by its data. */
export type ResourceQueryOptions<T> = UseQueryOptions<T, RevampdError, T, readonly unknown[]> & {
  queryKey: DataTag<readonly unknown[], T, RevampdError>;
};

function listQuery<T, TFilters>(
  queryKey: readonly unknown[],
  filters: TFilters,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
): ListQueryOptions<T> {
  // The explicit type only renames what infiniteQueryOptions returns (see ListQueryOptions).
  return infiniteQueryOptions<
    Page<T>,
    RevampdError,
    InfiniteData<Page<T>, string | null>,
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
  }) as ListQueryOptions<T>;
}

function resourceQuery<T>(
  queryKey: readonly unknown[],
  fetchOne: ((signal: AbortSignal) => Promise<T>) | null,
): ResourceQueryOptions<T> {
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

/** `GET /add-ons` (paged by cursor), and what can be bought: the catalog and the numbers on offer. */
export const addOnQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'add-ons'] as const,
  lists: (scope: QueryScope) => [...addOnQueries.all(scope), 'list'] as const,
  list: ({ api, scope }: ScopedClient) =>
    listQuery([...addOnQueries.lists(scope), {}], {}, (cursor, signal) =>
      listAddOns(api, { cursor, limit: PAGE_SIZE }, { signal }),
    ),
  /** `GET /add-ons/catalog`: everything on sale (not paged). */
  catalog: ({ api, scope }: ScopedClient) =>
    resourceQuery([...addOnQueries.all(scope), 'catalog'], (signal) => getAddOnCatalog(api, { signal })),
  /** Every search of numbers on offer, of every product: for refreshing them all at once. */
  availableNumberSearches: (scope: QueryScope) => [...addOnQueries.all(scope), 'available-numbers'] as const,
  /**
   * `GET /phone-numbers/available` for one search; off (skipToken) while `params` is null.
   * A new search's key differs, so the previous search's request is aborted (its signal is
   * the transport's) rather than left to answer late.
   */
  availableNumbers: ({ api, scope }: ScopedClient, params: AvailablePhoneNumbersParams | null) =>
    resourceQuery(
      [
        ...addOnQueries.availableNumberSearches(scope),
        params === null
          ? null
          : {
              productId: params.productId,
              areaCode: params.areaCode ?? null,
              contains: params.contains ?? null,
            },
      ],
      params === null ? null : (signal) => listAvailablePhoneNumbers(api, params, { signal }),
    ),
};

/** The filters of a tickets list, as sent to the API. */
export type TicketListFilters = Pick<TicketListParams, 'status' | 'priority' | 'awaitingCustomer' | 'q'>;

/**
 * A tickets list's filters in one canonical shape (every filter present, `null` or `false`
 * when unset, `q` trimmed), so two spellings of the same filters share one cache entry and
 * a cursor is never sent with filters it was not made for.
 */
export interface NormalizedTicketListFilters {
  /** Only tickets in this state; `null` for all. */
  readonly status: NonNullable<TicketListParams['status']> | null;
  /** Only tickets of this priority; `null` for all. */
  readonly priority: NonNullable<TicketListParams['priority']> | null;
  /** Only tickets waiting on the customer's reply; `false` for all. */
  readonly awaitingCustomer: boolean;
  /** The search text, trimmed; `null` when empty. */
  readonly q: string | null;
}

/** See {@link NormalizedTicketListFilters}. */
export function normalizeTicketListFilters(filters: TicketListFilters = {}): NormalizedTicketListFilters {
  const q = filters.q?.trim() ?? '';
  return {
    status: filters.status ?? null,
    priority: filters.priority ?? null,
    awaitingCustomer: filters.awaitingCustomer === true,
    q: q === '' ? null : q,
  };
}

/** Messages per page of a conversation: most threads fit in one. */
export const MESSAGE_PAGE_SIZE = 50;

/** `GET /tickets`, `GET /tickets/{id}`, `GET /tickets/{id}/messages`. */
export const ticketQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'tickets'] as const,
  lists: (scope: QueryScope) => [...ticketQueries.all(scope), 'list'] as const,
  /** `GET /tickets?status=&priority=&awaitingCustomer=true&q=`, paged by cursor. */
  list: ({ api, scope }: ScopedClient, filters: TicketListFilters = {}) => {
    const normalized = normalizeTicketListFilters(filters);
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
  /** Every cached conversation of the scope. */
  conversations: (scope: QueryScope) => [...ticketQueries.all(scope), 'messages'] as const,
  /** `GET /tickets/{id}/messages`: one ticket's conversation, oldest first, paged by cursor. */
  messages: ({ api, scope }: ScopedClient, ticketId: string) =>
    listQuery([...ticketQueries.conversations(scope), ticketId], { ticketId }, (cursor, signal) =>
      listTicketMessages(api, ticketId, { cursor, limit: MESSAGE_PAGE_SIZE }, { signal }),
    ),
};

/** `GET /attachments/{id}`: an upload as it is now (its virus scan may still be pending). */
export const attachmentQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'attachments'] as const,
  /** One attachment; off (skipToken) while `attachmentId` is null. */
  detail: ({ api, scope }: ScopedClient, attachmentId: string | null) =>
    resourceQuery(
      [...attachmentQueries.all(scope), attachmentId],
      attachmentId === null ? null : (signal) => getAttachment(api, attachmentId, { signal }),
    ),
};

/** The filters of an invoices list, as sent to the API (date bounds as ISO instants). */
export type InvoiceListFilters = Pick<InvoiceListParams, 'status' | 'type' | 'q'> & {
  issuedFrom?: string | null | undefined;
  issuedTo?: string | null | undefined;
};

/** `GET /invoices`, paged by cursor. */
export const invoiceQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'invoices'] as const,
  lists: (scope: QueryScope) => [...invoiceQueries.all(scope), 'list'] as const,
  /**
   * `GET /invoices?status=&type=&issuedFrom=&issuedTo=&q=`, paged by cursor. Every filter is
   * part of the key (unset ones as null), so two filters never share a cache entry and the
   * old filter's rows never show under the new one (faults.md 40).
   */
  list: ({ api, scope }: ScopedClient, filters: InvoiceListFilters = {}) => {
    const normalized: Required<InvoiceListFilters> = {
      status: filters.status ?? null,
      type: filters.type ?? null,
      issuedFrom: filters.issuedFrom ?? null,
      issuedTo: filters.issuedTo ?? null,
      q: filters.q ?? null,
    };
    return listQuery([...invoiceQueries.lists(scope), normalized], normalized, (cursor, signal) =>
      listInvoices(api, { ...normalized, cursor, limit: PAGE_SIZE }, { signal }),
    );
  },
};

/** `GET /wallet`, `GET /wallet/transactions`. */
export const walletQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'wallet'] as const,
  detail: ({ api, scope }: ScopedClient) =>
    resourceQuery([...walletQueries.all(scope), 'detail'], (signal) => getWallet(api, { signal })),
  transactionLists: (scope: QueryScope) => [...walletQueries.all(scope), 'transactions'] as const,
  /**
   * `GET /wallet/transactions?kind=&createdFrom=&createdTo=`, paged by cursor; every filter
   * in the key (unset ones as null), like the invoices list.
   */
  transactions: ({ api, scope }: ScopedClient, filters: WalletTransactionListFilters = {}) => {
    const normalized: Required<WalletTransactionListFilters> = {
      kind: filters.kind ?? null,
      createdFrom: filters.createdFrom ?? null,
      createdTo: filters.createdTo ?? null,
    };
    return listQuery([...walletQueries.transactionLists(scope), normalized], normalized, (cursor, signal) =>
      listWalletTransactions(api, { ...normalized, cursor, limit: PAGE_SIZE }, { signal }),
    );
  },
};

/** The filters of a wallet transactions list, as sent to the API (date bounds as ISO instants). */
export type WalletTransactionListFilters = Pick<WalletTransactionListParams, 'kind'> & {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
};

/** The filters of a payouts list, as sent to the API (date bounds as ISO instants). */
export type PayoutListFilters = Pick<PayoutListParams, 'status'> & {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
};

/** `GET /affiliate/payouts`, `GET /affiliate/summary`. */
export const payoutQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'payouts'] as const,
  lists: (scope: QueryScope) => [...payoutQueries.all(scope), 'list'] as const,
  /**
   * `GET /affiliate/payouts?status=&createdFrom=&createdTo=`, paged by cursor, 100 a page:
   * histories are long. Every filter in the key (unset ones as null).
   */
  list: ({ api, scope }: ScopedClient, filters: PayoutListFilters = {}) => {
    const normalized: Required<PayoutListFilters> = {
      status: filters.status ?? null,
      createdFrom: filters.createdFrom ?? null,
      createdTo: filters.createdTo ?? null,
    };
    return listQuery([...payoutQueries.lists(scope), normalized], normalized, (cursor, signal) =>
      listPayouts(api, { ...normalized, cursor, limit: 100 }, { signal }),
    );
  },
  /** The summary in the given zone and week start. */
  summary: ({ api, scope }: ScopedClient, params: PayoutSummaryParams) =>
    resourceQuery([...payoutQueries.all(scope), 'summary', params.timeZone, params.weekStartsOn], (signal) =>
      getPayoutSummary(api, params, { signal }),
    ),
};

/** `GET /attention`: what needs the Sub-Org's attention, for a banner and menu badges. */
export const attentionQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'attention'] as const,
  /**
   * The summary. Unlike the other queries it refetches when the window regains focus
   * (counts a person acts on elsewhere, e.g. a reply by email), and it is stale at once so a
   * widget mounting after a payment, reply or cancel reads the new counts.
   */
  detail: ({ api, scope }: ScopedClient): ResourceQueryOptions<Attention> => ({
    ...resourceQuery(attentionQueries.all(scope), (signal) => getAttention(api, { signal })),
    staleTime: 0,
    refetchOnWindowFocus: 'always',
  }),
};
