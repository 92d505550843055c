/** Cache updates shared by the mutations: one place that knows the paged-list shape. */
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ListQueryMeta } from '../api/queries';
import type { Page } from '../api/schemas';

/** Replaces the item with the same `id` in every cached list under `listsKey`. */
export function replaceInPages<T extends { id: string }>(
  queryClient: QueryClient,
  listsKey: QueryKey,
  item: T,
): void {
  queryClient.setQueriesData<InfiniteData<Page<T>, string | null>>({ queryKey: listsKey }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            data: page.data.map((row) => (row.id === item.id ? item : row)),
          })),
        }
      : data,
  );
}

/**
 * Puts a new item first in every cached list under `listsKey` whose filters (read by name
 * from the query's meta, as the query factory recorded them) it belongs to.
 */
export function prependToPages<T extends { id: string }, TFilters>(
  queryClient: QueryClient,
  listsKey: QueryKey,
  item: T,
  belongs: (filters: TFilters) => boolean = () => true,
): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: listsKey })) {
    const data = query.state.data as InfiniteData<Page<T>, string | null> | undefined;
    const meta = query.meta as ListQueryMeta<TFilters> | undefined;
    if (!data || !meta || !belongs(meta.filters)) continue;
    const [first, ...rest] = data.pages;
    if (!first || first.data.some((row) => row.id === item.id)) continue;
    queryClient.setQueryData(query.queryKey, {
      ...data,
      pages: [{ ...first, data: [item, ...first.data] }, ...rest],
    });
  }
}
