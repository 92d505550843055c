/**
 * A list as a table hook gets it from the query cache, settled, for tests that feed
 * `useDataTable` / `DataTable` rows from memory rather than from the mock API.
 */
import type { ListQuery } from '../src/hooks/shared';

/** `items` loaded, nothing fetching, no next page; `overrides` for any other state. */
export function settledList<T>(items: T[], overrides: Partial<ListQuery<T>> = {}): ListQuery<T> {
  return {
    items,
    status: 'success',
    error: null,
    isFetching: false,
    isFetchingNextPage: false,
    hasNextPage: false,
    fetchNextPage: () => undefined,
    refetch: () => undefined,
    dataUpdatedAt: Date.UTC(2026, 0, 1),
    ...overrides,
  };
}
