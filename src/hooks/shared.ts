/**
 * The building blocks every resource hook is made of: a cursor-paged list query, a single
 * resource query (both returning one shape of state to hosts), and a mutation that sends
 * one Idempotency-Key per intent and writes its result to the scope that sent it.
 */
import {
  hashKey,
  skipToken,
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
  type QueryClient,
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { RevampdError } from '../api/errors';
import { scopeKeys, type ScopedClient } from '../api/queries';
import type { Page } from '../api/schemas';
import { featureDisabledError, type FeatureName } from '../model/features';
import type { IntentStore } from '../model/intents';
import { useRevampd } from '../provider/RevampdProvider';
import { useIsomorphicLayoutEffect } from '../provider/isomorphicLayoutEffect';

// -------------------------------------------------------------------------------------------------
// The first request, before the first paint
// -------------------------------------------------------------------------------------------------

/**
 * Sends a query's first request from a layout effect, before the browser paints the
 * loading state. `useQuery` sends it from a passive effect, which React runs after that
 * paint: on a first visit the paint (the stylesheet, fonts, the page's first layout) held
 * the request back 15–20 ms (scripts/first-paint.mjs). The observer, subscribing a moment
 * later, joins the request in flight (query-core keeps one fetch per key), so nothing is
 * asked twice. Only a query never answered and not in flight is started here: refetches,
 * retries after an error, `enabled` and staleness stay the observer's to decide.
 */
function useFirstRequestBeforePaint(
  queryClient: QueryClient,
  options: { queryKey: QueryKey; enabled?: unknown; queryFn?: unknown },
  prefetch: () => Promise<void>,
): void {
  // Stands for `options.queryKey` in the dependencies: its array is new on every render.
  const key = hashKey(options.queryKey);
  useIsomorphicLayoutEffect(() => {
    // As the observer resolves it: the query's own, else the client's defaults (a host's own
    // client may turn queries off). Only a plain `true` starts here: a function is the
    // observer's to call.
    const enabled =
      options.enabled ??
      queryClient.getQueryDefaults(options.queryKey).enabled ??
      queryClient.getDefaultOptions().queries?.enabled ??
      true;
    if (enabled !== true || options.queryFn === skipToken) return;
    const state = queryClient.getQueryState(options.queryKey);
    if (state !== undefined && (state.status !== 'pending' || state.fetchStatus !== 'idle')) return;
    void prefetch();
  }, [queryClient, key, options.enabled]);
}

// -------------------------------------------------------------------------------------------------
// Lists
// -------------------------------------------------------------------------------------------------

/** The state of a cursor-paged list, as widgets and hosts render it. */
export interface ListQuery<T> {
  /** Every row loaded so far, in the API's order (newest first). */
  items: T[];
  /** `pending` until the first page arrives or fails. */
  status: 'pending' | 'error' | 'success';
  /** The last error, also while older rows are still shown. */
  error: RevampdError | null;
  /** A request of this list is in flight (first page, refetch or next page). */
  isFetching: boolean;
  /** `fetchNextPage` is waiting for its answer (show the "Load more" control busy). */
  isFetchingNextPage: boolean;
  /** The API said there are more rows (`nextCursor` was not null). */
  hasNextPage: boolean;
  /** Loads the next page from `nextCursor`. */
  fetchNextPage: () => void;
  /** Sends the list's requests again (the Retry button). */
  refetch: () => void;
  /** When the shown rows were fetched (epoch ms), for "may be out of date" notes. */
  dataUpdatedAt: number;
}

type ListOptions<T> = UseInfiniteQueryOptions<
  Page<T>,
  RevampdError,
  InfiniteData<Page<T>, string | null>,
  QueryKey,
  string | null
>;

/** Runs a list query on the provider's QueryClient and flattens its pages. */
export function useListQuery<T>(options: ListOptions<T>): ListQuery<T> {
  const { queryClient } = useRevampd();
  useFirstRequestBeforePaint(queryClient, options, () => queryClient.prefetchInfiniteQuery(options));
  const query = useInfiniteQuery(options, queryClient);
  const { data, status, error, isFetching, isFetchingNextPage, hasNextPage, dataUpdatedAt } = query;
  const { fetchNextPage, refetch } = query;
  const items = useMemo(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
  return {
    items,
    status,
    error: toRevampdError(error),
    isFetching,
    isFetchingNextPage,
    hasNextPage,
    dataUpdatedAt,
    fetchNextPage: useCallback(() => {
      if (!isFetchingNextPage) void fetchNextPage();
    }, [fetchNextPage, isFetchingNextPage]),
    refetch: useCallback(() => void refetch(), [refetch]),
  };
}

// -------------------------------------------------------------------------------------------------
// Single resources
// -------------------------------------------------------------------------------------------------

/** The state of one resource (the plan, the wallet, a ticket), shaped like {@link ListQuery}. */
export interface ResourceQuery<T> {
  /** The resource, once loaded (kept while a refetch fails, so it can be shown as stale). */
  data: T | undefined;
  /** `pending` until the first answer arrives or fails (also while the query is off). */
  status: 'pending' | 'error' | 'success';
  /** The last error, also while older data is still shown. */
  error: RevampdError | null;
  /** A request is in flight. */
  isFetching: boolean;
  /** Sends the request again (the Retry button). */
  refetch: () => void;
  /** When the shown data was fetched (epoch ms), for "may be out of date" notes. */
  dataUpdatedAt: number;
}

/** Runs a single-resource query on the provider's QueryClient. */
export function useResourceQuery<T>(
  options: UseQueryOptions<T, RevampdError, T, readonly unknown[]>,
): ResourceQuery<T> {
  const { queryClient } = useRevampd();
  useFirstRequestBeforePaint(queryClient, options, () => queryClient.prefetchQuery(options));
  const query = useQuery(options, queryClient);
  const { refetch } = query;
  return {
    data: query.data,
    status: query.status,
    error: toRevampdError(query.error),
    isFetching: query.isFetching,
    refetch: useCallback(() => void refetch(), [refetch]),
    dataUpdatedAt: query.dataUpdatedAt,
  };
}

/** Errors from the client are RevampdErrors; anything else (a bug) is wrapped, not leaked. */
export function toRevampdError(error: unknown): RevampdError | null {
  if (error === null || error === undefined) return null;
  if (error instanceof RevampdError) return error;
  return new RevampdError({ kind: 'invalid_response', code: 'unexpected', message: 'Unexpected error.' });
}

// -------------------------------------------------------------------------------------------------
// Idempotent mutations
// -------------------------------------------------------------------------------------------------

/** The state of a mutation, as widgets and hosts render it. */
export interface IdempotentMutation<TVariables, TResult> {
  /**
   * Runs the mutation. Calling it again while the same intent is in flight returns the
   * same promise (no second request), also from a remounted widget; calling it after a
   * failure with the same variables reuses that attempt's Idempotency-Key, so the server
   * applies it once. Rejects with code `scope_changed` when the provider's org, connection
   * or user changed before the answer: the result went to the scope that sent it only.
   */
  mutate: (variables: TVariables, callbacks?: MutateCallbacks<TResult>) => Promise<TResult>;
  /** `idle` before any call (or after `reset`), `pending` while in flight, then `error` or `success`. */
  status: 'idle' | 'pending' | 'error' | 'success';
  /** `status === 'pending'`: show the action busy. */
  isPending: boolean;
  /** The last call's failure; `null` unless `status` is `error`. */
  error: RevampdError | null;
  /** The last call's result; `undefined` until one succeeds. */
  data: TResult | undefined;
  /** Variables of the last call. */
  variables: TVariables | undefined;
  /** Back to idle; forgets the error and the result. */
  reset: () => void;
}

/** Per-call callbacks of {@link IdempotentMutation.mutate}. */
export interface MutateCallbacks<TResult> {
  /**
   * Runs once the server applied the intent, even when the scope changed meanwhile (then
   * `mutate` still rejects with `scope_changed`): what belongs to the sending scope, such as
   * forgetting its draft, is done here, so a committed draft is never sent again.
   */
  onCommitted?: ((result: TResult) => void) | undefined;
}

/** The scope a mutation was sent from, with the cache its result belongs in. */
export interface MutationContext extends ScopedClient {
  /** The cache the mutation's result is written to (the provider's). */
  readonly queryClient: QueryClient;
}

/** A 4xx the server answered and stored for the Idempotency-Key (api.md): not 401 or 429. */
function isFinishedRefusal(error: unknown): boolean {
  return (
    error instanceof RevampdError &&
    error.kind === 'http' &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 401 &&
    error.status !== 429
  );
}

/** The error a mutation's caller gets when its answer arrived under another scope. */
export function scopeChangedError(): RevampdError {
  return new RevampdError({
    kind: 'refused',
    code: 'scope_changed',
    message: 'The organization, connection or user changed before the answer arrived.',
  });
}

/** Whether an error only says the scope changed mid-request (nothing for a person to read). */
export function isScopeChanged(error: unknown): boolean {
  return error instanceof RevampdError && error.code === 'scope_changed';
}

/** Options of {@link useIdempotentMutation}. */
export interface IdempotentMutationOptions<TVariables, TResult> {
  /** Sends the request with the attempt's key, through the sending scope's transport. */
  send: (variables: TVariables, idempotencyKey: string, context: MutationContext) => Promise<TResult>;
  /**
   * What makes two calls the same intent: same intent, same key. Typically the
   * resource id plus the body. The scope is added by the hook.
   */
  intentOf: (variables: TVariables) => string;
  /**
   * Updates caches after success. `context` is the scope that SENT the request, not the
   * one on screen now: a payment made in org A writes org A's cache, even if the host has
   * switched to org B meanwhile (faults.md 32).
   */
  onSuccess?: (result: TResult, variables: TVariables, context: MutationContext) => void | Promise<void>;
  /**
   * Where the intent's key lives. @default the provider's store (survives remounts); the
   * ticket form passes one kept with its draft, so a reload reuses the key too.
   */
  intents?: IntentStore | undefined;
  /**
   * The feature switch this action belongs to: when the host switched it off, `mutate`
   * rejects with `feature_disabled` and sends nothing.
   */
  feature?: FeatureName | undefined;
}

interface Sent<TVariables> {
  variables: TVariables;
  key: string;
  context: MutationContext;
}

/**
 * A mutation with one Idempotency-Key per intent (faults.md 19, 22, 27, 37). The key lives
 * in the provider's intent store (or the caller's), so a remounted widget reuses it; it is
 * dropped after success, or after a refusal the server stored, so the next intent gets its
 * own. The result is written to the cache of the scope that sent it, and its state is only
 * shown while that scope is still the provider's (faults.md 32).
 */
export function useIdempotentMutation<TVariables, TResult>(
  options: IdempotentMutationOptions<TVariables, TResult>,
): IdempotentMutation<TVariables, TResult> {
  const context = useRevampd();
  const { queryClient, scope, api, intents: providerIntents, features } = context;
  const scopeKey = JSON.stringify(scopeKeys.all(scope));
  const optionsRef = useRef(options);
  optionsRef.current = options;
  // The scope now, read when an answer arrives (after the render that changed it).
  const currentScope = useRef(scopeKey);
  currentScope.current = scopeKey;

  const mutation = useMutation<TResult, RevampdError, Sent<TVariables>>(
    {
      mutationFn: ({ variables, key, context: sender }) => optionsRef.current.send(variables, key, sender),
      retry: false,
      throwOnError: false,
      networkMode: 'always',
      gcTime: 0,
    },
    queryClient,
  );
  const { mutateAsync, reset } = mutation;

  const mutate = useCallback(
    (variables: TVariables, callbacks?: MutateCallbacks<TResult>): Promise<TResult> => {
      const feature = optionsRef.current.feature;
      if (feature !== undefined && !features[feature]) return Promise.reject(featureDisabledError(feature));
      const intents = optionsRef.current.intents ?? providerIntents;
      // The scope is part of the intent: the same draft in another org is another request.
      const intent = `${scopeKey}|${optionsRef.current.intentOf(variables)}`;
      const running = intents.running(intent) as Promise<TResult> | undefined;
      if (running) return running;
      const sender: MutationContext = { api, scope, queryClient };
      const key = intents.keyFor(intent);
      const promise = mutateAsync({ variables, key, context: sender }).then(
        async (result) => {
          intents.settle(intent);
          callbacks?.onCommitted?.(result);
          await optionsRef.current.onSuccess?.(result, variables, sender);
          if (currentScope.current !== scopeKey) throw scopeChangedError();
          return result;
        },
        (error: unknown) => {
          // The server stores a finished 4xx (not 401/429) under the key (api.md), so
          // reusing the key would only replay that refusal, e.g. `insufficient_funds` after
          // the wallet was topped up. Only transient failures keep the key for a retry.
          if (isFinishedRefusal(error)) intents.settle(intent);
          if (currentScope.current !== scopeKey) throw scopeChangedError();
          throw error;
        },
      );
      return intents.track(intent, promise);
    },
    [mutateAsync, scopeKey, api, scope, queryClient, providerIntents, features],
  );

  // Another scope's pending, failed or finished attempt is not this scope's state: the
  // attempt carries the scope that sent it.
  const sentFrom = mutation.variables?.context.scope;
  const visible = sentFrom === undefined || JSON.stringify(scopeKeys.all(sentFrom)) === scopeKey;
  return {
    mutate,
    status: visible ? mutation.status : 'idle',
    isPending: visible && mutation.isPending,
    error: visible ? toRevampdError(mutation.error) : null,
    data: visible ? mutation.data : undefined,
    variables: visible ? mutation.variables?.variables : undefined,
    reset,
  };
}
