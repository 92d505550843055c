/**
 * What every query factory (one module per resource in src/api/queries/) stands on. Each
 * factory holds the resource's keys (every key begins with the scope, so two scopes never
 * share a cache entry, faults.md 10–11) and a `queryOptions()` per read endpoint, so hooks, a
 * host's prefetching (`queryClient.prefetchInfiniteQuery(ticketQueries.list(client, {}))`)
 * and SSR share one definition. Cache writes go through an option's tagged `.queryKey`, so
 * the data written is type-checked against what the query reads; no key is built by hand
 * anywhere else.
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
import type { RevampdError } from '../errors';
import type { Page } from '../schemas/common';
import type { Transport } from '../transport';

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
  /** The filters, as the list's key holds them. */
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

export function listQuery<T, TFilters>(
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

export function resourceQuery<T>(
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
