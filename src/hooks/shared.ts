/**
 * The two building blocks every resource hook is made of: a cursor-paged list query and a
 * mutation that sends one Idempotency-Key per intent.
 */
import {
  useInfiniteQuery,
  useMutation,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
} from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { createIdempotencyKey } from '../api/transport';
import { RevampdError } from '../api/errors';
import type { Page } from '../api/schemas';
import { scopeKeys } from '../api/keys';
import { useRevampd } from '../provider/RevampdProvider';

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
export function useListQuery<T>(options: ListOptions<T>, enabled = true): ListQuery<T> {
  const { queryClient } = useRevampd();
  const query = useInfiniteQuery({ ...options, enabled }, queryClient);
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
   * same promise (no second request); calling it after a failure with the same
   * variables reuses that attempt's Idempotency-Key, so the server applies it once.
   */
  mutate: (variables: TVariables) => Promise<TResult>;
  status: 'idle' | 'pending' | 'error' | 'success';
  isPending: boolean;
  error: RevampdError | null;
  data: TResult | undefined;
  /** Variables of the last call. */
  variables: TVariables | undefined;
  /** Back to idle; forgets the error and the result. */
  reset: () => void;
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

/** Options of {@link useIdempotentMutation}. */
export interface IdempotentMutationOptions<TVariables, TResult> {
  /** Sends the request with the attempt's key. */
  send: (variables: TVariables, idempotencyKey: string) => Promise<TResult>;
  /**
   * What makes two calls the same intent: same intent, same key. Typically the
   * resource id plus the body.
   */
  intentOf: (variables: TVariables) => string;
  /** Updates caches after success. */
  onSuccess?: (result: TResult, variables: TVariables) => void | Promise<void>;
}

/**
 * A mutation with one Idempotency-Key per intent (faults.md 19, 22). The key lives only in
 * memory for this component; it is dropped after success so the next intent gets its own.
 */
export function useIdempotentMutation<TVariables, TResult>(
  options: IdempotentMutationOptions<TVariables, TResult>,
): IdempotentMutation<TVariables, TResult> {
  const { queryClient, scope } = useRevampd();
  const scopeKey = JSON.stringify(scopeKeys.all(scope));
  const keys = useRef(new Map<string, string>());
  const inFlight = useRef(new Map<string, Promise<TResult>>());
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const mutation = useMutation<TResult, RevampdError, { variables: TVariables; key: string }>(
    {
      mutationFn: ({ variables, key }) => optionsRef.current.send(variables, key),
      retry: false,
    },
    queryClient,
  );
  const { mutateAsync, reset } = mutation;

  const mutate = useCallback(
    (variables: TVariables): Promise<TResult> => {
      // The scope is part of the intent: the same draft in another org is another request.
      const intent = `${scopeKey}|${optionsRef.current.intentOf(variables)}`;
      const running = inFlight.current.get(intent);
      if (running) return running;
      let key = keys.current.get(intent);
      if (!key) {
        key = createIdempotencyKey();
        keys.current.set(intent, key);
      }
      const promise = mutateAsync({ variables, key })
        .then(
          async (result) => {
            keys.current.delete(intent);
            await optionsRef.current.onSuccess?.(result, variables);
            return result;
          },
          (error: unknown) => {
            // The server stores a finished 4xx (not 401/429) under the key (api.md), so
            // reusing the key would only replay that refusal, e.g. `insufficient_funds` after
            // the wallet was topped up. Only transient failures keep the key for a retry.
            if (isFinishedRefusal(error)) keys.current.delete(intent);
            throw error;
          },
        )
        .finally(() => inFlight.current.delete(intent));
      inFlight.current.set(intent, promise);
      return promise;
    },
    [mutateAsync, scopeKey],
  );

  return {
    mutate,
    status: mutation.status,
    isPending: mutation.isPending,
    error: toRevampdError(mutation.error),
    data: mutation.data,
    variables: mutation.variables?.variables,
    reset,
  };
}
